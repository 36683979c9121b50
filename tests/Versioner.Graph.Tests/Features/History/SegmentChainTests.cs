using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Paths are built from the segment rows the process keeps for the database once read: reads stay right as commits,
/// branches and merges land (from this repository or another on the same database), and a segment row changed behind
/// Versioner's back is still found by Verify and by reads that see it.
/// </summary>
public abstract class SegmentChainTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    /// <summary>Past <c>AncestryPath.InlineLimit</c>, so main's path is also read bound as data.</summary>
    private const int PullRequests = 40;

    /// <summary>
    /// Pull request k (on branch pr-k, with base-k left at main's tip so main forks at every merge) sets the shared
    /// book's price to k and adds book k; odd ones are made and merged through <paramref name="other"/>, another
    /// repository on the same database. Before each, both read main, so both keep its chain as it was.
    /// </summary>
    private async Task<Book> MergeAsYouReadAsync(Repository other)
    {
        var shared = new Book { Title = "shared", Price = 0m };
        await CommitAsync("start", shared);
        for (var k = 1; k <= PullRequests; k++)
        {
            foreach (var reader in new[] { Repo, other })
            {
                var main = await reader.SnapshotAsync("main");
                main.PathRangeCount.Should().Be(k);
                (await main.FindAsync<Book>(shared.EternalId))!.Price.Should().Be(k - 1);
                (await main.Query<Book>().CountAsync()).Should().Be(k);
            }

            var repo = k % 2 == 1 ? other : Repo;
            await repo.CreateBranchAsync($"pr-{k}", "main");
            await repo.CreateBranchAsync($"base-{k}", "main");
            var ws = await repo.CheckoutAsync($"pr-{k}");
            var sharedNow = (await (await ws.SnapshotAsync()).FindAsync<Book>(shared.EternalId))!;
            sharedNow.Price = k;
            await ws.SaveAsync(sharedNow);
            await ws.SaveAsync(new Book { Title = $"book {k}", Price = k });
            Clock.Advance(TimeSpan.FromMinutes(1));
            await ws.FinalizeAsync("dev", $"change {k}");
            Clock.Advance(TimeSpan.FromMinutes(1));
            var merge = await (await repo.CheckoutAsync("main")).MergeAsync($"pr-{k}", new MergeOptions { FastForward = FastForwardMode.Never });
            merge.Status.Should().Be(MergeStatus.Merged);
        }

        return shared;
    }

    [GraphFact]
    public async Task Reads_stay_right_as_merges_land_from_this_repository_and_another()
    {
        var other = await OpenRepositoryAsync(NewContext());

        var shared = await MergeAsYouReadAsync(other);

        foreach (var reader in new[] { Repo, other })
        {
            var main = await reader.SnapshotAsync("main");
            main.PathRangeCount.Should().Be(PullRequests + 1);
            (await main.FindAsync<Book>(shared.EternalId))!.Price.Should().Be(PullRequests);
            (await main.Query<Book>().CountAsync()).Should().Be(PullRequests + 1);
            (await reader.HistoryAsync(shared.EternalId, "main")).Should().HaveCount(PullRequests + 1);
            (await (await reader.SnapshotAsync("main~2")).FindAsync<Book>(shared.EternalId))!.Price.Should().Be(PullRequests - 2);
            (await (await reader.SnapshotAsync("pr-7")).FindAsync<Book>(shared.EternalId))!.Price.Should().Be(7);
            (await (await reader.SnapshotAsync("base-7")).FindAsync<Book>(shared.EternalId))!.Price.Should().Be(6);
        }

        // A branch forked below main's head, over main's kept chain (kept ending at the head).
        await Repo.CreateBranchAsync("late", "main~5");
        await CommitOnAsync("late", "on late", new Book { Title = "late" });
        foreach (var reader in new[] { Repo, other })
        {
            var late = await reader.SnapshotAsync("late");
            (await late.FindAsync<Book>(shared.EternalId))!.Price.Should().Be(PullRequests - 5);
            (await late.Query<Book>().CountAsync()).Should().Be(PullRequests - 5 + 2);
        }

        // A workspace on main reads its own change over main's kept chain.
        var ws = await Repo.CheckoutAsync();
        var edited = (await (await ws.SnapshotAsync()).FindAsync<Book>(shared.EternalId))!;
        edited.Price = 1000m;
        await ws.SaveAsync(edited);
        (await (await ws.SnapshotAsync()).FindAsync<Book>(shared.EternalId))!.Price.Should().Be(1000m);
        (await (await other.SnapshotAsync("main")).FindAsync<Book>(shared.EternalId))!.Price.Should().Be(PullRequests);
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_segment_changed_after_its_chain_was_read_is_found_by_verify_and_by_reads_elsewhere()
    {
        var other = await OpenRepositoryAsync(NewContext());
        await MergeAsYouReadAsync(other);
        var forked = await Repo.FindCommitAsync("main~10");
        await Db.DropGuardsAsync();

        // Deep in main's chain (not main's own segment): a segment forking from itself.
        await Db.Database.ExecuteSqlAsync($"UPDATE versioner_segments SET parent_segment = id WHERE id = (SELECT segment FROM versioner_commits WHERE message = {forked.Message})");

        var report = await Repo.VerifyAsync();
        var elsewhere = async () => await (await (await CloneAsync()).Repo.SnapshotAsync("main")).Query<Book>().ToListAsync();

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.AsOfIndexMismatch && i.CommitId == forked.Id);
        await elsewhere.Should().ThrowAsync<HistoryDamagedException>();
    }

    [GraphFact]
    public async Task A_commits_own_segment_changed_after_its_chain_was_read_is_read_as_it_is_now()
    {
        var other = await OpenRepositoryAsync(NewContext());
        await MergeAsYouReadAsync(other);
        await Db.DropGuardsAsync();

        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_segments SET parent_segment = id WHERE id = (SELECT c.segment FROM versioner_commits c JOIN versioner_refs r ON r.commit_id = c.id WHERE r.name = 'main')");

        var here = async () => await (await Repo.SnapshotAsync("main")).Query<Book>().ToListAsync();
        var there = async () => await (await other.SnapshotAsync("main")).Query<Book>().ToListAsync();

        (await here.Should().ThrowAsync<HistoryDamagedException>()).Which.Message.Should().Contain("forks, through its ancestors, from itself");
        await there.Should().ThrowAsync<HistoryDamagedException>();
        (await Repo.VerifyAsync()).Issues.Should().ContainSingle().Which.Kind.Should().Be(VerifyIssueKind.AsOfIndexMismatch);
    }
}

public sealed class SegmentChainTests_Sqlite : SegmentChainTests<SqliteProvider>;

public sealed class SegmentChainTests_Postgres : SegmentChainTests<PostgresProvider>;
