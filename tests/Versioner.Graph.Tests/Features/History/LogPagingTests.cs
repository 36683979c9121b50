using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// First-parent log pages on a path of many ranges: an unfiltered page is found by depth arithmetic over the ranges, a
/// filtered one by reading the ranges newest first in batches. Every page must be exactly the slice of the whole log.
/// </summary>
public abstract class LogPagingTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    /// <summary>
    /// main with 40 forks (a branch keep-k left at main's tip before each step, so main forks every time: more ranges
    /// than are written inline) of 1 to 3 commits each, by two authors.
    /// </summary>
    private async Task<List<Commit>> ForkedMainAsync()
    {
        var commits = new List<Commit> { await CommitAsync("root", new Author { Name = "root" }) };
        for (var k = 0; k < 40; k++)
        {
            await Repo.CreateBranchAsync($"keep-{k}", "main");
            for (var j = 0; j <= k % 3; j++)
            {
                var ws = await Repo.CheckoutAsync("main");
                await ws.SaveAsync(new Author { Name = $"a{k}.{j}" });
                Clock.Advance(TimeSpan.FromMinutes(1));
                commits.Add(await ws.FinalizeAsync(j == 0 ? "ada" : "bob", $"c{k}.{j}"));
            }
        }

        commits.Reverse();
        return commits;
    }

    [GraphFact]
    public async Task Every_page_of_a_log_over_many_ranges_is_its_slice_of_the_whole()
    {
        var newestFirst = await ForkedMainAsync();
        (await Repo.SnapshotAsync("main")).PathRangeCount.Should().Be(41);

        foreach (var (skip, take) in new[] { (0, 1), (0, 10), (1, 2), (2, 3), (5, 7), (40, 30), (79, 5), (80, 5), (81, 5), (200, 5), (0, 500) })
        {
            var page = await Repo.LogAsync("main", new LogOptions { Skip = skip, Take = take });
            page.Select(c => c.Message).Should().Equal(newestFirst.Skip(skip).Take(take).Select(c => c.Message), $"skip {skip}, take {take}");
            page.HasMore.Should().Be(skip + take < newestFirst.Count);
        }

        var bobs = newestFirst.Where(c => c.Author == "bob").ToList();
        foreach (var (skip, take) in new[] { (0, 1), (0, 5), (3, 4), (10, 20), (38, 5), (0, 500) })
        {
            var page = await Repo.LogAsync("main", new LogOptions { Skip = skip, Take = take, Author = "bob" });
            page.Select(c => c.Message).Should().Equal(bobs.Skip(skip).Take(take).Select(c => c.Message), $"bob, skip {skip}, take {take}");
            page.HasMore.Should().Be(skip + take < bobs.Count);
        }

        (await Repo.LogAsync("main~7", new LogOptions { Take = 3 })).Select(c => c.Message).Should().Equal(newestFirst.Skip(7).Take(3).Select(c => c.Message));
        (await Repo.LogAsync("keep-20..main", new LogOptions { Take = 500 })).Select(c => c.Message)
            .Should().Equal(newestFirst.TakeWhile(c => c.Message != "c19.1").Select(c => c.Message));
        (await Repo.LogAsync("keep-20..main", new LogOptions { Skip = 3, Take = 4, Author = "ada" })).Select(c => c.Message)
            .Should().Equal(newestFirst.TakeWhile(c => c.Message != "c19.1").Where(c => c.Author == "ada").Skip(3).Take(4).Select(c => c.Message));
    }
}

public sealed class LogPagingTests_Sqlite : LogPagingTests<SqliteProvider>;

public sealed class LogPagingTests_Postgres : LogPagingTests<PostgresProvider>;
