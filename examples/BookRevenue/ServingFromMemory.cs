using Bookshop.Display;
using Bookshop.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Versioner;

namespace Bookshop;

/// <summary>
/// The read side of a service: the book catalog served from memory by a <see cref="Follower"/> of <c>main</c>, while
/// commits land. Readers never touch the database and always see one commit's catalog whole; each new commit is
/// applied as a diff and swapped in at once. (In an app: <c>services.AddVersionerFollower&lt;BookRevenueContext&gt;(o =>
/// o.Include&lt;Book&gt;())</c> and inject <see cref="Follower"/>.)
/// </summary>
internal static class ServingFromMemory
{
    public static async Task RunAsync(IServiceProvider services, SimulatedClock clock)
    {
        Report.Section("Serving the catalog from memory while commits land");
        var options = new FollowerOptions { Revision = "main", PollInterval = TimeSpan.FromMilliseconds(50), MaxRetryDelay = TimeSpan.FromSeconds(1) }
            .Include<Book, string>(b => b.Title)
            .Include<Author>();
        // The follower opens a context of its own for each check (on the same database as the app's).
        string connectionString;
        await using (var scope = services.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<BookRevenueContext>().Database.GetConnectionString()!;
        }

        var contextOptions = new DbContextOptionsBuilder<BookRevenueContext>().UseSqlite(connectionString).UseVersioning().Options;
        await using var follower = new Follower(() => new BookRevenueContext(contextOptions), options);
        using var stop = new CancellationTokenSource();
        var following = follower.RunAsync(stop.Token);
        await WaitAsync(() => follower.State.Status == FollowerStatus.Fresh, "the first load");
        var served = follower.Current;
        Report.Note($"The follower loaded {served.Count<Book>()} books and {served.Count<Author>()} authors at {served.Commit}.");

        // A reader, as a request handler would be: take Current once, read it whole. Every catalog it sees is one
        // commit's, so the list prices it adds up are always a total some commit had.
        var totals = new HashSet<decimal>();
        var reads = 0;
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var catalog = follower.Current;
                lock (totals)
                {
                    totals.Add(catalog.All<Book>().Sum(b => b.ListPrice));
                }

                reads++;
            }
        });

        await using (var scope = services.CreateAsyncScope())
        {
            var repository = scope.ServiceProvider.GetRequiredService<Repository>();
            var committed = new HashSet<decimal> { served.All<Book>().Sum(b => b.ListPrice) };
            for (var round = 1; round <= 3; round++)
            {
                // A price update lands as its own commit, as another service would write it.
                var ws = await repository.CheckoutAsync("main");
                var books = await (await repository.SnapshotAsync("main")).Query<Book>().ToListAsync();
                foreach (var book in books)
                {
                    book.ListPrice += 1m;
                    await ws.SaveAsync(book);
                }

                clock.Advance(TimeSpan.FromMinutes(2));
                var commit = await ws.FinalizeAsync("pricing", $"Raise every list price by 1 (round {round})");
                committed.Add(books.Sum(b => b.ListPrice));
                await WaitAsync(() => follower.Current.Commit?.Id == commit.Id, $"the follower reaching {commit.ShortForm}");
                var exhalation = follower.Current.FindByKey<Book, string>("Exhalation");
                Report.Note($"{commit}: the follower applied {books.Count} changes; \"Exhalation\" now lists at {exhalation?.ListPrice:0.00}.");
            }

            await stop.CancelAsync();
            await Task.WhenAll(following, reader);
            lock (totals)
            {
                if (!totals.IsSubsetOf(committed))
                {
                    throw new InvalidOperationException($"A reader saw a catalog no commit had: totals {string.Join(", ", totals.Except(committed))}.");
                }

                Report.Note($"A reader on another thread read the catalog {reads:N0} times meanwhile and only ever saw whole commits ({totals.Count} distinct totals, each a commit's).");
            }
        }

        Report.Note($"Follower state: {follower.State.Status}.");
    }

    private static async Task WaitAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(20);
        }
    }
}
