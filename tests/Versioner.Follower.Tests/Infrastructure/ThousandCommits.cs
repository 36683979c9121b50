using Microsoft.EntityFrameworkCore;

namespace Versioner.Tests.Following.Infrastructure;

/// <summary>
/// A history of 1,001 commits of mixed changes (edits, additions, removals, sets, large texts) in a SQLite file built
/// once per test run, for tests on every engine to pull: 1,000 finalizes take half a minute, a pull a few seconds. The
/// tag <c>start</c> names its first commit; <c>main</c> its last.
/// </summary>
public static class ThousandCommits
{
    private static readonly Lazy<Task<string>> Source = new(BuildAsync);

    /// <summary>A repository over the shared history (read it only), on a context added to <paramref name="owned"/>.</summary>
    public static async Task<Repository> OpenAsync(List<DbContext> owned)
    {
        var path = await Source.Value;
        var context = new CatalogContext(new DbContextOptionsBuilder<CatalogContext>().UseSqlite($"Data Source={path}").UseVersioning().Options);
        owned.Add(context);
        // Read only, and shared by tests running at once: nothing is installed or recorded on open.
        return await Repository.OpenAsync(context, new RepositoryOptions { InstallDatabaseGuards = false });
    }

    private static async Task<string> BuildAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"versioner-follower-history-{Guid.NewGuid():N}.db");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(path + suffix);
            }
        };
        var clock = TestClock.Create();
        await using var db = new CatalogContext(new DbContextOptionsBuilder<CatalogContext>().UseSqlite($"Data Source={path}").UseVersioning().Options);
        await db.Database.EnsureCreatedAsync();
        var repo = await Repository.OpenAsync(db, new RepositoryOptions { TimeProvider = clock });
        var random = new Random(15);
        var books = Enumerable.Range(0, 40).Select(i => new Book { Title = $"Book {i}", Price = i, Blurb = i % 5 == 0 ? $"Blurb {i}" : null }).ToList();
        var rates = Enumerable.Range(0, 10).Select(i => new Rate { Code = $"R{i}", PerDay = i }).ToList();
        var ws = await repo.CheckoutAsync("main");
        await ws.SaveAllAsync(books);
        await ws.SaveAllAsync(rates);
        var start = await ws.FinalizeAsync("tester", "Start");
        await repo.CreateTagAsync("start", start);
        for (var i = 0; i < 1000; i++)
        {
            switch (random.Next(5))
            {
                case 0:
                    var added = new Book { Title = $"New {i}", Price = i, Tags = EternalIdSet.Of(books[random.Next(books.Count)].EternalId) };
                    books.Add(added);
                    await ws.SaveAsync(added);
                    break;
                case 1 when books.Count > 20:
                    var gone = books[random.Next(books.Count)];
                    books.Remove(gone);
                    await ws.RemoveAsync(gone);
                    break;
                case 2:
                    var rate = rates[random.Next(rates.Count)];
                    rate.PerDay += 1;
                    await ws.SaveAsync(rate);
                    break;
                default:
                    var book = books[random.Next(books.Count)];
                    book.Price += 1;
                    book.Blurb = $"Blurb at {i}";
                    await ws.SaveAsync(book);
                    break;
            }

            clock.Advance(TimeSpan.FromSeconds(1));
            await ws.FinalizeAsync("tester", $"Change {i}");
        }

        return path;
    }
}
