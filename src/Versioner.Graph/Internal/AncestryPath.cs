using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;

namespace Versioner.Internal;

/// <summary>
/// A commit's first-parent ancestry as a handful of ranges: for each segment on the way to the root, the depths
/// (<see cref="PathRange.After"/>, <see cref="PathRange.UpTo"/>]. One range per fork, not one row per commit, so
/// "visible as of C" is a few range conditions over an index instead of a walk of the graph.
/// </summary>
internal sealed class AncestryPath
{
    private readonly PathRange[] _ranges;

    private AncestryPath(PathRange[] ranges) => _ranges = ranges;

    public static AncestryPath Empty { get; } = new([]);

    public IReadOnlyList<PathRange> Ranges => _ranges;

    /// <summary>Loads the segment chain of a commit at (<paramref name="segment"/>, <paramref name="depth"/>) in one round trip.</summary>
    public static async Task<AncestryPath> LoadAsync(GraphStore store, long segment, long depth, CancellationToken cancellationToken)
    {
        var sql = $"""
            WITH RECURSIVE chain(id, parent_segment, fork_depth) AS (
                SELECT id, parent_segment, fork_depth FROM {SystemTables.Segments} WHERE id = @p0
                UNION ALL
                SELECT s.id, s.parent_segment, s.fork_depth FROM {SystemTables.Segments} s JOIN chain c ON s.id = c.parent_segment)
            SELECT id, parent_segment, fork_depth FROM chain
            """;
        var chain = (await store.QueryAsync(
                sql, [store.Map.Long], [segment],
                reader => (Id: reader.GetInt64(0), Parent: reader.IsDBNull(1) ? (long?)null : reader.GetInt64(1), Fork: reader.GetInt64(2)),
                cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Id, r => (r.Parent, r.Fork));

        var ranges = new List<PathRange>();
        long? current = segment;
        var upTo = depth;
        while (current is { } id)
        {
            if (!chain.TryGetValue(id, out var row))
            {
                throw new HistoryDamagedException($"Segment {id} of the commit graph index is missing; the graph index is damaged.");
            }

            ranges.Add(new PathRange(id, row.Fork, upTo));
            upTo = row.Fork;
            current = row.Parent;
        }

        return new AncestryPath([.. ranges]);
    }

    /// <summary>The ranges in exactly one of the two paths: where their histories differ.</summary>
    public static IReadOnlyList<PathRange> SymmetricDifference(AncestryPath a, AncestryPath b)
    {
        var result = new List<PathRange>();
        var bySegment = b._ranges.ToDictionary(r => r.Segment);
        foreach (var ra in a._ranges)
        {
            if (bySegment.Remove(ra.Segment, out var rb))
            {
                if (ra.UpTo != rb.UpTo)
                {
                    result.Add(new PathRange(ra.Segment, Math.Min(ra.UpTo, rb.UpTo), Math.Max(ra.UpTo, rb.UpTo)));
                }
            }
            else
            {
                result.Add(ra);
            }
        }

        result.AddRange(bySegment.Values);
        return result;
    }

    /// <summary>
    /// <c>row =&gt; (row.Segment == s0 &amp;&amp; row.Depth &lt;= d0) || ...</c> over <paramref name="ranges"/>, with the
    /// bounds as query parameters (not literals) so EF caches one query shape per path length.
    /// </summary>
    public static Expression Predicate(Expression row, IReadOnlyList<PathRange> ranges, bool withLowerBound = false)
    {
        if (ranges.Count == 0)
        {
            return Expression.Constant(false);
        }

        var bounds = Expression.Constant(new PathBounds(ranges));
        var segment = Expression.Property(row, "Segment");
        var depth = Expression.Property(row, "Depth");
        Expression? body = null;
        for (var i = 0; i < ranges.Count; i++)
        {
            var index = Expression.Constant(i);
            Expression term = Expression.AndAlso(
                Expression.Equal(segment, Expression.ArrayIndex(Expression.Field(bounds, nameof(PathBounds.Segments)), index)),
                Expression.LessThanOrEqual(depth, Expression.ArrayIndex(Expression.Field(bounds, nameof(PathBounds.UpTo)), index)));
            if (withLowerBound)
            {
                term = Expression.AndAlso(term, Expression.GreaterThan(depth, Expression.ArrayIndex(Expression.Field(bounds, nameof(PathBounds.After)), index)));
            }

            body = body is null ? term : Expression.OrElse(body, term);
        }

        return body!;
    }

    public Expression Predicate(Expression row) => Predicate(row, _ranges);

    /// <summary>
    /// The path as a raw SQL condition over <paramref name="alias"/>'s <c>segment</c> and <c>depth</c> columns, its
    /// bounds as parameters numbered from <paramref name="firstParameter"/> (for hot paths that skip EF's query cache).
    /// </summary>
    public (string Sql, object?[] Values) Sql(string alias, int firstParameter)
    {
        if (_ranges.Length == 0)
        {
            return ("1 = 0", []);
        }

        var terms = new string[_ranges.Length];
        var values = new object?[_ranges.Length * 2];
        for (var i = 0; i < _ranges.Length; i++)
        {
            terms[i] = $"({alias}.segment = @p{firstParameter + (2 * i)} AND {alias}.depth <= @p{firstParameter + (2 * i) + 1})";
            values[2 * i] = _ranges[i].Segment;
            values[(2 * i) + 1] = _ranges[i].UpTo;
        }

        return ($"({string.Join(" OR ", terms)})", values);
    }

    /// <summary>The path as a lambda over rows with Segment and Depth properties.</summary>
    public Expression<Func<TRow, bool>> Lambda<TRow>()
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        return Expression.Lambda<Func<TRow, bool>>(Predicate(row), row);
    }

    private sealed class PathBounds(IReadOnlyList<PathRange> ranges)
    {
        public readonly long[] Segments = ranges.Select(r => r.Segment).ToArray();
        public readonly long[] After = ranges.Select(r => r.After).ToArray();
        public readonly long[] UpTo = ranges.Select(r => r.UpTo).ToArray();
    }
}
