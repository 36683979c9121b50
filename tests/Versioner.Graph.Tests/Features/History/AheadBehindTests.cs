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
