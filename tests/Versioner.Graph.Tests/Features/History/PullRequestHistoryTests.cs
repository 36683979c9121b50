using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// A pull-request workflow: every change is made on a short-lived branch and merged into main with a merge commit.
/// Placed as finalize places it, main's first-parent line stays in one segment of the as-of index; with a branch left
/// at main's tip at each merge (or in a database placed before that rule), each merge puts main's head in a new
/// segment, so main's path crosses a fork per pull request. Either way reads, diffs, logs, histories and merges must
/// keep working (and stay right) however many there are.
/// </summary>
public abstract class PullRequestHistoryTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    /// <summary>
    /// Past the ~500 forks at which SQLite refused the as-of condition of snapshots, merges and diffs ("Expression tree
    /// is too large"), and far past the paths still written inline.
    /// </summary>
    private const int PullRequests = 520;

    /// <summary>
    /// main holds one shared book; pull request k adds book k and sets the shared book's price to k, on branch pr-k
    /// made from main, merged back with a merge commit. With <paramref name="leaveBaseBranches"/>, a branch base-k is
    /// also made at main's tip and left there, so both the pull request's commit and the merge fork from it.
    /// </summary>
    private async Task<(Book Shared, List<Book> Added, List<Commit> Merges, List<Commit> Changes)> PullRequestsAsync(bool leaveBaseBranches)
    {
        var shared = new Book { Title = "shared", Price = 0m };
        await CommitAsync("start", shared);
        var added = new List<Book>();
        var merges = new List<Commit>();
        var changes = new List<Commit>();
        for (var k = 1; k <= PullRequests; k++)
        {
            var branch = $"pr-{k}";
            await Repo.CreateBranchAsync(branch, "main");
            if (leaveBaseBranches)
            {
                await Repo.CreateBranchAsync($"base-{k}", "main");
            }

            var ws = await Repo.CheckoutAsync(branch);
            var book = new Book { Title = $"book {k}", Price = k };
            await ws.SaveAsync(book);
            var sharedNow = (await (await ws.SnapshotAsync()).FindAsync<Book>(shared.EternalId))!;
            sharedNow.Price = k;
            await ws.SaveAsync(sharedNow);
            Clock.Advance(TimeSpan.FromMinutes(1));
            changes.Add(await ws.FinalizeAsync("dev", $"change {k}"));
            added.Add(book);

            Clock.Advance(TimeSpan.FromMinutes(1));
            var merge = await (await Repo.CheckoutAsync("main")).MergeAsync(
                branch, new MergeOptions { FastForward = FastForwardMode.Never, Author = "lead", Message = $"merge {branch}" });
            merge.Status.Should().Be(MergeStatus.Merged);
            merges.Add(merge.Commit!);
        }

        return (shared, added, merges, changes);
    }

    [GraphFact]
    public async Task Main_stays_one_range_and_every_read_is_right_after_hundreds_of_merged_pull_requests()
    {
        var history = await PullRequestsAsync(leaveBaseBranches: false);

        (await Repo.SnapshotAsync("main")).PathRangeCount.Should().Be(1);
        (await Repo.SnapshotAsync("pr-10")).PathRangeCount.Should().Be(2, "a pull request's commit forks from main's line");
        await EveryReadIsRightAsync(history);
    }

    [GraphFact]
    public async Task Every_read_works_and_is_right_on_a_path_of_hundreds_of_forks()
    {
        var history = await PullRequestsAsync(leaveBaseBranches: true);

        (await Repo.SnapshotAsync("main")).PathRangeCount.Should().Be(PullRequests + 1, "every merge forked from a tip base-k still pointed at");
        await EveryReadIsRightAsync(history);
    }

    private async Task EveryReadIsRightAsync((Book Shared, List<Book> Added, List<Commit> Merges, List<Commit> Changes) pullRequests)
    {
        var (shared, added, merges, changes) = pullRequests;
        var main = await Repo.SnapshotAsync("main");

        (await main.Query<Book>().CountAsync()).Should().Be(PullRequests + 1);
        (await main.Query<Book>().Where(b => b.Price > PullRequests - 2).Select(b => b.Title).OrderBy(t => t).ToListAsync())
            .Should().Equal($"book {PullRequests - 1}", $"book {PullRequests}", "shared");
        (await main.FindAsync<Book>(shared.EternalId))!.Price.Should().Be(PullRequests);
        (await main.FindAsync<Book>(added[0].EternalId))!.Title.Should().Be("book 1");
        (await main.FindContentAsync(shared.EternalId))!["Price"].Should().Be(FieldValue.From((decimal)PullRequests));

        // An old pull request's branch still sees main as it was when it was made.
        var early = await Repo.SnapshotAsync("pr-10");
        (await early.FindAsync<Book>(shared.EternalId))!.Price.Should().Be(10);
        (await early.FindAsync<Book>(added[10].EternalId)).Should().BeNull();
        (await early.Query<Book>().CountAsync()).Should().Be(11);
        (await (await Repo.SnapshotAsync("main~3")).FindAsync<Book>(shared.EternalId))!.Price.Should().Be(PullRequests - 3);

        var diff = await Repo.DiffAsync("main~5", "main");
        diff.Added.Select(c => c.EternalId).Should().BeEquivalentTo(added.TakeLast(5).Select(b => b.EternalId));
        diff.Modified.Should().ContainSingle().Which.EternalId.Should().Be(shared.EternalId);
        var sincePr10 = await Repo.DiffAsync("pr-10", "main");
        sincePr10.Added.Should().HaveCount(PullRequests - 10);
        sincePr10.Modified.Should().ContainSingle().Which.EternalId.Should().Be(shared.EternalId);

        var log = await Repo.LogAsync("main", new LogOptions { Take = 3, Skip = 1 });
        log.Select(c => c.Id).Should().Equal(merges[^2].Id, merges[^3].Id, merges[^4].Id);
        log.HasMore.Should().BeTrue();
        (await Repo.LogAsync("main", new LogOptions { Take = 5_000 })).Should().HaveCount((2 * PullRequests) + 1 - PullRequests);
        (await Repo.LogAsync("pr-10..main", new LogOptions { Take = 5_000 })).Should().HaveCount(PullRequests - 9);

        var history = await Repo.HistoryAsync(shared.EternalId, "main", new LogOptions { Take = 5_000 });
        history.Select(h => h.Commit.Id).Should().Equal([.. Enumerable.Reverse(merges).Select(m => m.Id), (await Repo.FindCommitAsync("main~" + PullRequests)).Id]);
        history[^1].Kind.Should().Be(ChangeKind.Added);
        (await Repo.HistoryAsync(added[^1].EternalId, "main")).Should().ContainSingle().Which.Commit.Id.Should().Be(merges[^1].Id);

        var blame = (await Repo.BlameAsync(shared.EternalId, "main")).ToDictionary(b => b.Field);
        blame["Price"].Commit.Id.Should().Be(changes[^1].Id);
        blame["Title"].Commit.Id.Should().Be((await Repo.FindCommitAsync("main~" + PullRequests)).Id);

        // A merge of main into an old branch: the two paths differ by hundreds of forks.
        await Repo.CreateBranchAsync("old", "pr-10");
        await CommitOnAsync("old", "an old branch moves on", new Author { Name = "late author" });
        var intoOld = await (await Repo.CheckoutAsync("old")).MergeAsync("main", new MergeOptions { FastForward = FastForwardMode.Never });
        intoOld.Status.Should().Be(MergeStatus.Merged);
        var oldNow = await Repo.SnapshotAsync("old");
        (await oldNow.Query<Book>().CountAsync()).Should().Be(PullRequests + 1);
        (await oldNow.Query<Author>().CountAsync()).Should().Be(1);

        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }
}

public sealed class PullRequestHistoryTests_Sqlite : PullRequestHistoryTests<SqliteProvider>;
