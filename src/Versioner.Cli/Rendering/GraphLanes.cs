namespace Versioner.Cli.Rendering;

/// <summary>
/// Draws the lanes of a history like <c>git log --graph</c>: one column per line of descent open at that point, a
/// <c>*</c> in the commit's column, <c>\</c> where a merge opens a lane for its other parent and <c>/</c> where
/// lanes meet again at a common parent. The commits must come children first (the log's order, newest generation
/// first), which is all it needs: it reads each commit's parent ids, never the database.
/// </summary>
internal sealed class GraphLanes
{
    private readonly List<CommitId> _lanes = [];

    /// <summary>The lines to print for commit <paramref name="id"/>: lanes that meet before it, its own line (the last but one or last), lanes that open after it.</summary>
    /// <returns>The graph prefix of each line; the commit's own line is the one at <c>CommitLine</c>.</returns>
    public (IReadOnlyList<string> Lines, int CommitLine) Next(CommitId id, IReadOnlyList<CommitId> parents)
    {
        var lines = new List<string>();
        var column = _lanes.IndexOf(id);
        if (column < 0)
        {
            _lanes.Add(id);
            column = _lanes.Count - 1;
        }

        // Children on other lanes waiting for this same commit: their lanes end here.
        var meeting = Enumerable.Range(column + 1, _lanes.Count - column - 1).Where(j => _lanes[j] == id).ToList();
        if (meeting.Count > 0)
        {
            var edges = new List<(int From, int To)>();
            for (var o = 0; o < _lanes.Count; o++)
            {
                edges.Add((o, meeting.Contains(o) ? column : o - meeting.Count(j => j < o)));
            }

            lines.Add(Draw(edges, _lanes.Count));
            foreach (var j in Enumerable.Reverse(meeting))
            {
                _lanes.RemoveAt(j);
            }
        }

        var commitLine = lines.Count;
        lines.Add(string.Join(' ', _lanes.Select((_, i) => i == column ? "*" : "|")));

        var after = new List<(int From, int To)>();
        var width = _lanes.Count;
        if (parents.Count == 0)
        {
            _lanes.RemoveAt(column);
            for (var o = column + 1; o <= _lanes.Count; o++)
            {
                after.Add((o, o - 1));
            }
        }
        else
        {
            _lanes[column] = parents[0];
            var opened = 0;
            foreach (var parent in parents.Skip(1))
            {
                var existing = _lanes.IndexOf(parent);
                if (existing >= 0)
                {
                    after.Add((column, existing));
                    continue;
                }

                opened++;
                _lanes.Insert(column + opened, parent);
                after.Add((column, column + opened));
            }

            for (var o = 0; o < width; o++)
            {
                after.Add((o, o > column ? o + opened : o));
            }

            width = Math.Max(width, _lanes.Count);
        }

        if (after.Any(e => e.From != e.To))
        {
            lines.Add(Draw(after, width));
        }

        return (lines, commitLine);
    }

    /// <summary>The width of the graph now (for aligning text after it).</summary>
    public int Width => Math.Max(1, _lanes.Count) * 2;

    private static string Draw(IEnumerable<(int From, int To)> edges, int lanes)
    {
        var chars = Enumerable.Repeat(' ', lanes * 2 + 1).ToArray();
        foreach (var (from, to) in edges)
        {
            if (from == to)
            {
                chars[from * 2] = '|';
            }
            else if (to < from)
            {
                chars[from * 2 - 1] = '/';
            }
            else
            {
                chars[from * 2 + 1] = '\\';
            }
        }

        return new string(chars).TrimEnd();
    }
}
