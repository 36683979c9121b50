using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Where commits go in the as-of index (CommitWriter.PlaceAsync): a branch's first-parent line stays in one segment
/// unless another branch points at the commit it moves on from. Placement decides only how many ranges a path has:
/// what reads return and every checksum are the same however a history is placed.
/// </summary>
public abstract class PlacementTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private const int PullRequests = 50;

    /// <summary>Pull request k: branch pr-k from main, book k added on it, merged with a merge commit; base-k left at main's tip when asked.</summary>
    private async Task<List<Book>> PullRequestsAsync(bool leaveBaseBranches)
    {
        var books = new List<Book>();
        await CommitAsync("start", new Author { Name = "ada" });
        for (var k = 1; k <= PullRequests; k++)
        {
            await Repo.CreateBranchAsync($"pr-{k}", "main");
            if (leaveBaseBranches)
            {
                await Repo.CreateBranchAsync($"base-{k}", "main");
            }

            var book = new Book { Title = $"book {k}", Price = k };
            books.Add(book);
            await CommitOnAsync($"pr-{k}", $"change {k}", book);
            Clock.Advance(TimeSpan.FromMinutes(1));
            var merge = await (await Repo.CheckoutAsync("main")).MergeAsync(
                $"pr-{k}", new MergeOptions { FastForward = FastForwardMode.Never, Author = "lead", Message = $"merge pr-{k}" });
            merge.Status.Should().Be(MergeStatus.Merged);
        }

        return books;
    }

    [GraphFact]
    public async Task Merged_pull_requests_keep_mains_path_one_range_and_its_reads_right()
    {
        var books = await PullRequestsAsync(leaveBaseBranches: false);

        var main = await Repo.SnapshotAsync("main");
        main.PathRangeCount.Should().Be(1);
        (await main.Query<Book>().OrderBy(b => b.Price).Select(b => b.Title).ToListAsync()).Should().Equal(books.Select(b => b.Title));
        (await main.FindAsync<Book>(books[0].EternalId))!.Title.Should().Be("book 1");
        var before = await Repo.SnapshotAsync("main~10");
        before.PathRangeCount.Should().Be(1);
        (await before.Query<Book>().CountAsync()).Should().Be(PullRequests - 10);
        (await Repo.DiffAsync("main~10", "main")).Added.Select(c => c.EternalId).Should().BeEquivalentTo(books.TakeLast(10).Select(b => b.EternalId));
        (await Repo.LogAsync("main", new LogOptions { Take = 3 })).Select(c => c.Message).Should().Equal("merge pr-50", "merge pr-49", "merge pr-48");
        (await Repo.HistoryAsync(books[^1].EternalId, "main")).Select(h => h.Commit.Message).Should().Equal("merge pr-50");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_workspaces_edits_are_written_in_the_slot_after_its_parent_and_finalize_moves_none()
    {
        // The first edit takes the slot finalize will put the commit in, so its change rows are written in their final
        // place; the branch's readers see none of them until the finalize, the workspace's own reads see them at once.
        var ada = new Author { Name = "ada" };
        var start = await CommitAsync("start", ada);
        var startRow = await Repo.Store.GetCommitRowAsync(start.Id, default);
        var ws = await Repo.CheckoutAsync();
        ada.Name = "ada lovelace";
        await ws.SaveAsync(ada);
        await ws.SaveAsync(new Author { Name = "bob" });

        var working = await Repo.Store.GetCommitRowAsync(ws.Id, default);
        (working.Segment, working.Depth).Should().Be((startRow.Segment, startRow.Depth + 1));
        (await Repo.CountChangeRowsAsync($"segment = {startRow.Segment} AND depth = {startRow.Depth + 1}")).Should().Be(2);
        (await (await Repo.SnapshotAsync("main")).Query<Author>().Select(a => a.Name).ToListAsync()).Should().Equal("ada");
        (await (await ws.SnapshotAsync()).Query<Author>().Select(a => a.Name).OrderBy(n => n).ToListAsync()).Should().Equal("ada lovelace", "bob");
        (await (await ws.SnapshotAsync()).FindAsync<Author>(ada.EternalId))!.Name.Should().Be("ada lovelace");
        var byId = await Repo.SnapshotAsync(ws.Id);
        (await byId.Query<Author>().Select(a => a.Name).OrderBy(n => n).ToListAsync()).Should().Equal("ada lovelace", "bob");

        var second = await ws.FinalizeAsync("ada", "second");

        var secondRow = await Repo.Store.GetCommitRowAsync(second.Id, default);
        (secondRow.Segment, secondRow.Depth).Should().Be((startRow.Segment, startRow.Depth + 1));
        var main = await Repo.SnapshotAsync("main");
        main.PathRangeCount.Should().Be(1);
        (await main.Query<Author>().Select(a => a.Name).OrderBy(n => n).ToListAsync()).Should().Equal("ada lovelace", "bob");
        (await (await Repo.SnapshotAsync(start.Id)).Query<Author>().Select(a => a.Name).ToListAsync()).Should().Equal("ada");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_second_workspace_on_the_same_tip_writes_in_a_private_segment_and_whichever_finalizes_first_wins()
    {
        var start = await CommitAsync("start", new Author { Name = "ada" });
        var first = await Repo.CheckoutAsync();
        await first.SaveAsync(new Author { Name = "first" });
        var second = await Repo.CheckoutAsync();
        await second.SaveAsync(new Author { Name = "second" });
        var held = await Repo.Store.GetCommitRowAsync(first.Id, default);
        var other = await Repo.Store.GetCommitRowAsync(second.Id, default);
        other.Segment.Should().NotBe(held.Segment, "the slot after the tip is held by the first workspace's working commit");

        var made = await second.FinalizeAsync("bob", "second wins");
        var late = () => first.FinalizeAsync("ada", "too late");

        await late.Should().ThrowAsync<BranchMovedException>();
        await first.DiscardAsync();
        (await (await Repo.SnapshotAsync("main")).Query<Author>().Select(a => a.Name).OrderBy(n => n).ToListAsync()).Should().Equal("ada", "second");
        (await Repo.LogAsync("main")).Select(c => c.Id).Should().Equal(made.Id, start.Id);
        var next = await Repo.CheckoutAsync();
        await next.SaveAsync(new Author { Name = "third" });
        await next.FinalizeAsync("cy", "third");
        (await (await Repo.SnapshotAsync("main")).Query<Author>().CountAsync()).Should().Be(3);
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_branch_left_at_mains_tip_costs_main_one_range_and_keeps_its_own_line()
    {
        await CommitAsync("start", new Author { Name = "ada" });
        await Repo.CreateBranchAsync("release", "main");

        await CommitAsync("main moves on", new Author { Name = "bob" });
        await CommitAsync("and on", new Author { Name = "cy" });
        await CommitOnAsync("release", "a fix on release", new Author { Name = "fix" });

        var main = await Repo.SnapshotAsync("main");
        main.PathRangeCount.Should().Be(2, "main forked once, where release pointed");
        (await main.Query<Author>().Select(a => a.Name).OrderBy(n => n).ToListAsync()).Should().Equal("ada", "bob", "cy");
        var release = await Repo.SnapshotAsync("release");
        release.PathRangeCount.Should().Be(1, "main had moved on: release continues the segment");
        (await release.Query<Author>().Select(a => a.Name).OrderBy(n => n).ToListAsync()).Should().Equal("ada", "fix");
    }

    [GraphFact]
    public async Task A_pushed_history_is_placed_anew_with_the_same_checksums_and_the_same_reads()
    {
        var books = await PullRequestsAsync(leaveBaseBranches: true);
        (await Repo.SnapshotAsync("main")).PathRangeCount.Should().Be(PullRequests + 1);
        var (_, other) = await OpenOtherDatabaseAsync<TProvider>();

        await Repo.PushAsync(other, "main");

        var pushed = await other.SnapshotAsync("main");
        pushed.PathRangeCount.Should().Be(1, "a transfer places the branch's own line in one segment, as finalize does");
        var comparison = await Repo.CompareAsync(other);
        comparison.Mismatches.Should().BeEmpty();
        comparison.OnlyHere.Should().BeEmpty();
        comparison.OnlyThere.Should().BeEmpty();
        comparison.Common.Should().Be((2 * PullRequests) + 1);
        comparison.Refs.Should().HaveCount(2 * PullRequests, "pr-k and base-k were not pushed");
        var here = await Repo.LogAsync("main", new LogOptions { Take = 500, FirstParentOnly = false });
        var there = await other.LogAsync("main", new LogOptions { Take = 500, FirstParentOnly = false });
        there.Select(c => (c.Id, c.Checksum)).Should().Equal(here.Select(c => (c.Id, c.Checksum)));
        (await pushed.Query<Book>().OrderBy(b => b.Price).Select(b => b.Title).ToListAsync()).Should().Equal(books.Select(b => b.Title));
        (await (await other.SnapshotAsync("main~7")).Query<Book>().CountAsync()).Should().Be(PullRequests - 7);
        (await other.VerifyAsync()).Issues.Should().BeEmpty();
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }
}

public sealed class PlacementTests_Sqlite : PlacementTests<SqliteProvider>;

public sealed class PlacementTests_Postgres : PlacementTests<PostgresProvider>;
