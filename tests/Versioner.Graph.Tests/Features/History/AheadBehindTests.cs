using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class AheadBehindTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Ahead_and_behind_count_every_commit_on_each_side_through_merges()
    {
        await CommitAsync("root", new Author { Name = "root" });
        await Repo.CreateBranchAsync("topic", "main");
        await Repo.CreateBranchAsync("side", "main");
        await CommitOnAsync("topic", "t1", new Author { Name = "t1" });
        await CommitOnAsync("topic", "t2", new Author { Name = "t2" });
        for (var i = 1; i <= 3; i++)
        {
            await CommitAsync($"m{i}", new Author { Name = $"m{i}" });
        }

        (await Repo.AheadBehindAsync("topic", "main")).Should().Be((2, 3));
        (await Repo.AheadBehindAsync("main", "topic")).Should().Be((3, 2));
        (await Repo.AheadBehindAsync("main", "main")).Should().Be((0, 0));

        // A side line forked from the root and merged into topic only: its commits and the merge are topic's alone.
        await CommitOnAsync("side", "s1", new Author { Name = "s1" });
        await CommitOnAsync("side", "s2", new Author { Name = "s2" });
        await MergeAsync("topic", "side");
        (await Repo.AheadBehindAsync("topic", "main")).Should().Be((5, 3));
        (await Repo.AheadBehindAsync("side", "topic")).Should().Be((0, 3), "topic has t1, t2 and the merge that side lacks");

        // Main merged into topic: topic has all of main now, and one merge commit more.
        await MergeAsync("topic", "main");
        (await Repo.AheadBehindAsync("topic", "main")).Should().Be((6, 0));
        (await Repo.AheadBehindAsync("main", "topic")).Should().Be((0, 6));
        (await Repo.AheadBehindAsync("main~1", "topic~1")).Should().Be((2, 5), "main~1 is m2; topic~1, the first parent of the last merge, is the merge of side");
    }

    [GraphFact]
    public async Task Many_revisions_are_counted_at_once_as_each_would_be_alone()
    {
        // A pull-request-shaped history: branches forked from main at different points, some merged back (and left),
        // one merging main in, one never merged, two at the same commit.
        await CommitAsync("root", new Author { Name = "root" });
        for (var k = 1; k <= 6; k++)
        {
            await Repo.CreateBranchAsync($"pr-{k}", "main");
            for (var c = 0; c < k % 3 + 1; c++)
            {
                await CommitOnAsync($"pr-{k}", $"pr-{k}.{c}", new Author { Name = $"pr-{k}.{c}" });
            }

            await CommitAsync($"main {k}", new Author { Name = $"main {k}" });
            if (k % 2 == 0)
            {
                await MergeAsync("main", $"pr-{k}");
            }
        }

        await MergeAsync("pr-3", "main");
        await CommitOnAsync("pr-3", "after main", new Author { Name = "after" });
        await Repo.CreateBranchAsync("twin", "pr-5");
        Revision[] revisions = ["main", "pr-1", "pr-2", "pr-3", "pr-4", "pr-5", "pr-6", "twin", "main~3", (await Repo.FindCommitAsync("pr-1")).Id];

        foreach (var upstream in new Revision[] { "main", "pr-3", "pr-1" })
        {
            var alone = new List<(int, int)>();
            foreach (var revision in revisions)
            {
                alone.Add(await Repo.AheadBehindAsync(revision, upstream));
            }

            (await Repo.AheadBehindAsync(revisions, upstream)).Should().Equal(alone, $"against {upstream}");
        }

        var againstMain = await Repo.AheadBehindAsync(revisions, "main");
        againstMain[0].Should().Be((0, 0));
        againstMain[1].Should().Be((2, 15), "pr-1's two commits; main's six, three merges and the five commits merged from pr-2, pr-4 and pr-6");
        againstMain[3].Should().Be((3, 0), "pr-3's commit, its merge of main, and one after");
        (await Repo.AheadBehindAsync([], "main")).Should().BeEmpty();
    }

    [GraphFact]
    public async Task Counting_many_refuses_a_working_commit()
    {
        await CommitAsync("root", new Author { Name = "root" });
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "draft" });

        var act = () => Repo.AheadBehindAsync(["main", ws.Id], "main");

        (await act.Should().ThrowAsync<RevisionNotFoundException>()).Which.Message.Should().Contain(ws.Id.ToString());
    }

    [GraphFact]
    public async Task Ahead_and_behind_of_a_revision_that_names_nothing_is_refused()
    {
        await CommitAsync("root", new Author { Name = "root" });

        var act = () => Repo.AheadBehindAsync("nosuch", "main");

        await act.Should().ThrowAsync<RevisionNotFoundException>();
    }

    private async Task MergeAsync(string into, string from)
    {
        var ws = await Repo.CheckoutAsync(into);
        var result = await ws.MergeAsync(from, new MergeOptions { Author = "ada", FastForward = FastForwardMode.Never });
        result.Status.Should().Be(MergeStatus.Merged);
    }
}

public sealed class AheadBehindTests_Sqlite : AheadBehindTests<SqliteProvider>;

public sealed class AheadBehindTests_Postgres : AheadBehindTests<PostgresProvider>;
