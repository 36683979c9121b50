namespace Versioner.Studio.Rendering;

/// <summary>One log row's part of the commit graph: the commit's lane and the lines through the row.</summary>
/// <param name="Lane">The lane (column) of the commit's dot.</param>
/// <param name="Lanes">How many lanes the row is wide.</param>
/// <param name="Lines">Lines in lane coordinates; Y is 0 (top of the row), 1 (the dot) or 2 (bottom).</param>
/// <param name="IsMerge">The commit has more than one parent (drawn as a ring).</param>
internal sealed record LogGraphRow(int Lane, int Lanes, IReadOnlyList<LogGraphLine> Lines, bool IsMerge);

/// <summary>A line of the graph from (FromLane, FromY) to (ToLane, ToY) within one row.</summary>
internal sealed record LogGraphLine(int FromLane, int FromY, int ToLane, int ToY);

/// <summary>
/// Lays out the lanes of a log page (newest first, children before parents) like <c>git log --graph</c>: each lane
/// waits for one commit; a commit takes the first lane waiting for it, the others waiting for it join it, and its
/// parents continue in its lane (the first) and in free or already waiting lanes (the others). Linear in the page.
/// </summary>
internal static class LogGraph
{
    public static IReadOnlyList<LogGraphRow> Layout(IReadOnlyList<Commit> commits)
    {
        var lanes = new List<CommitId?>();
        var rows = new List<LogGraphRow>(commits.Count);
        foreach (var commit in commits)
        {
            var lines = new List<LogGraphLine>();
            var before = lanes.ToArray();
            var incoming = Enumerable.Range(0, before.Length).Where(j => before[j] == commit.Id).ToList();
            var lane = incoming.Count > 0 ? incoming[0] : Free(lanes);
            for (var j = 0; j < before.Length; j++)
            {
                if (before[j] is null)
                {
                    continue;
                }

                lines.Add(incoming.Contains(j) ? new LogGraphLine(j, 0, lane, 1) : new LogGraphLine(j, 0, j, 2));
            }

            foreach (var j in incoming)
            {
                lanes[j] = null;
            }

            for (var p = 0; p < commit.Parents.Count; p++)
            {
                var parent = commit.Parents[p];
                var waiting = lanes.IndexOf(parent);
                var target = waiting >= 0 ? waiting : p == 0 ? lane : Free(lanes);
                lanes[target] = parent;
                lines.Add(new LogGraphLine(lane, 1, target, 2));
            }

            while (lanes.Count > 0 && lanes[^1] is null)
            {
                lanes.RemoveAt(lanes.Count - 1);
            }

            rows.Add(new LogGraphRow(lane, Math.Max(Math.Max(before.Length, lanes.Count), lane + 1), lines, commit.Parents.Count > 1));
        }

        return rows;
    }

    private static int Free(List<CommitId?> lanes)
    {
        var free = lanes.IndexOf(null);
        if (free >= 0)
        {
            return free;
        }

        lanes.Add(null);
        return lanes.Count - 1;
    }
}
