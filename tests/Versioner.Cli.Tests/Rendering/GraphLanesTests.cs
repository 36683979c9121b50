using Versioner.Cli.Rendering;

namespace Versioner.Cli.Tests.Rendering;

/// <summary>The lanes of <c>log --graph</c> for histories the process tests do not build (a branch merged twice, a root with lanes beside it).</summary>
public sealed class GraphLanesTests
{
    [Fact]
    public void A_branch_merged_twice_opens_its_lane_at_each_merge_and_closes_it_where_the_lines_meet()
    {
        var (a, t1, m1, t2, m2) = (Id(), Id(), Id(), Id(), Id());

        var drawn = Draw((m2, [m1, t2], "M2"), (m1, [a, t1], "M1"), (t2, [t1], "T2"), (t1, [a], "T1"), (a, [], "A"));

        drawn.Should().Equal(
            "* M2",
            "|\\",
            "* | M1",
            "|\\ \\",
            "| | * T2",
            "| |/",
            "| * T1",
            "|/",
            "* A");
    }

    [Fact]
    public void Two_unrelated_roots_each_end_their_own_lane()
    {
        var (a, b, c) = (Id(), Id(), Id());

        var drawn = Draw((c, [a], "C"), (b, [], "B"), (a, [], "A"));

        drawn.Should().Equal("* C", "| * B", "* A");
    }

    private static List<string> Draw(params (CommitId Id, CommitId[] Parents, string Name)[] commits)
    {
        var lanes = new GraphLanes();
        var lines = new List<string>();
        foreach (var (id, parents, name) in commits)
        {
            var (drawn, at) = lanes.Next(id, parents);
            lines.AddRange(drawn.Select((l, i) => i == at ? $"{l} {name}" : l));
        }

        return lines;
    }

    private static CommitId Id() => new(Guid.CreateVersion7());
}
