using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

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

    /// <summary>
    /// True when the path ends at a working commit written in its parent's segment (see
    /// <see cref="WorkingCommits.CreateAsync"/>): the rows its changes supersede are closed (<see cref="ChangeRow.UntilDepth"/>)
    /// only when it is finalized, so reads along this path take each entity's deepest change rather than the rows whose
    /// validity covers the tip.
    /// </summary>
    public bool OpenTip { get; private init; }

    /// <summary>This path, marked as ending at a working commit (<see cref="OpenTip"/>).</summary>
    public AncestryPath WithOpenTip() => new(_ranges) { OpenTip = true };

    /// <summary>The path of a commit at <paramref name="depth"/> in a root segment (one that forks from nothing): one range.</summary>
    public static AncestryPath OfRootSegment(long segment, long forkDepth, long depth) => new([new PathRange(segment, forkDepth, depth)]);

    /// <summary>Loads the segment chain of a commit at (<paramref name="segment"/>, <paramref name="depth"/>) in one round trip.</summary>
    public static async Task<AncestryPath> LoadAsync(GraphStore store, long segment, long depth, CancellationToken cancellationToken)
    {
        var chain = (await store.QueryKeptAsync(
                ChainSql(store.Dialect), [store.Map.Long], [segment],
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

            if (ranges.Count >= chain.Count)
            {
                // Each segment forks from one before it: a chain longer than its segments loops (changed outside Versioner).
                throw new HistoryDamagedException($"Segment {segment} of the commit graph index forks, through its ancestors, from itself; the graph index is damaged. Run repository.VerifyAsync() (or `versioner verify`) to find the damaged rows.");
            }

            ranges.Add(new PathRange(id, row.Fork, upTo));
            upTo = row.Fork;
            current = row.Parent;
        }

        return new AncestryPath([.. ranges]);
    }

    /// <summary>
    /// Segment <c>@p0</c> and its ancestors in the first-parent tree: a chain (each segment has one parent) that ends at
    /// the root segment. <c>UNION</c>, not <c>UNION ALL</c>: a chain made to loop outside Versioner then ends when its
    /// rows repeat instead of recursing forever (a handful of rows to compare, one per fork).
    /// </summary>
    internal static string ChainSql(Storage.Dialects.Dialect dialect) => $"""
        {dialect.WithRecursive} chain(id, parent_segment, fork_depth) AS (
            SELECT id, parent_segment, fork_depth FROM {SystemTables.Segments} WHERE id = @p0
            UNION
            SELECT s.id, s.parent_segment, s.fork_depth FROM {SystemTables.Segments} s JOIN chain c ON s.id = c.parent_segment)
        SELECT id, parent_segment, fork_depth FROM chain
        """;

    /// <summary>
    /// The path of this path's commit at <paramref name="depth"/> (an ancestor on the same first-parent line): the
    /// ranges at or below that depth, the newest cut there. No query: an ancestor's path is a prefix of this one.
    /// </summary>
    public AncestryPath UpTo(long depth)
    {
        var ranges = _ranges.Where(r => r.After < depth).ToArray();
        if (ranges.Length > 0 && ranges[0].UpTo > depth)
        {
            ranges[0] = ranges[0] with { UpTo = depth };
        }

        // An ancestor's path ends at a finalized commit, unless it is the tip itself.
        return new AncestryPath(ranges) { OpenTip = OpenTip && _ranges.Length > 0 && depth >= _ranges[0].UpTo };
    }

    private Dictionary<long, PathRange>? _bySegment;

    /// <summary>True when the commit at (<paramref name="segment"/>, <paramref name="depth"/>) is on this path.</summary>
    public bool Contains(long segment, long depth)
    {
        _bySegment ??= _ranges.ToDictionary(r => r.Segment);
        return _bySegment.TryGetValue(segment, out var range) && depth > range.After && depth <= range.UpTo;
    }

    /// <summary>The segment of the path's commit at <paramref name="depth"/> (the range whose depths hold it).</summary>
    public long SegmentAt(long depth)
    {
        foreach (var range in _ranges)
        {
            if (depth > range.After && depth <= range.UpTo)
            {
                return range.Segment;
            }
        }

        throw new HistoryDamagedException($"No segment of the path holds depth {depth}; the graph index is damaged.");
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
    /// Paths of at most this many ranges are written inline, one <c>(segment = @s AND depth &lt;= @d)</c> term per
    /// range: the fastest form for the short paths of linear and lightly forked histories (a single-range seek). Longer
    /// paths (a branch with hundreds of merged pull requests has a range per merge) are bound as data, the ranges as
    /// rows of one parameter joined to the table, so the statement's text, its expression depth and EF's cached query
    /// shape stay the same however many forks there are (inline, SQLite refused ~500 ranges and PostgreSQL planned
    /// every term).
    /// </summary>
    public const int InlineLimit = 32;

    /// <summary>True when the path is written inline (see <see cref="InlineLimit"/>).</summary>
    public bool IsInline => _ranges.Length <= InlineLimit;

    /// <summary>
    /// <c>row =&gt; (row.Segment == s0 &amp;&amp; row.Depth &lt;= d0) || ...</c> over at most <see cref="InlineLimit"/>
    /// <paramref name="ranges"/>, with the bounds as query parameters (not literals) so EF caches one query shape per
    /// path length. Longer lists of ranges go through <see cref="Within{TRow}(GraphStore, string, IReadOnlyList{PathRange}, bool, string)"/>.
    /// </summary>
    public static Expression Predicate(Expression row, IReadOnlyList<PathRange> ranges, bool withLowerBound = false)
    {
        if (ranges.Count == 0)
        {
            return Expression.Constant(false);
        }

        if (ranges.Count > InlineLimit)
        {
            throw new InvalidOperationException($"A path of {ranges.Count} ranges is bound as data (AncestryPath.Within), not written inline.");
        }

        var segment = Expression.Property(row, "Segment");
        var depth = Expression.Property(row, "Depth");
        var bounds = Expression.Constant(new PathBounds(ranges));
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

    /// <summary>
    /// The rows of <typeparamref name="TRow"/> (stored in <paramref name="table"/>, with <c>segment</c> and
    /// <c>depth</c> columns) within <paramref name="ranges"/>, as a query to compose further. Up to
    /// <see cref="InlineLimit"/> ranges, a <see cref="Predicate(Expression, IReadOnlyList{PathRange}, bool)"/>;
    /// beyond, the ranges as rows of one parameter (<see cref="Rows"/>) joined to the table: the database seeks
    /// each range on its (segment, depth) index, and each segment is in a list of ranges once, so no row repeats.
    /// <paramref name="name"/> names the parameter, distinct for each list in one statement.
    /// </summary>
    public static IQueryable<TRow> Within<TRow>(GraphStore store, string table, IReadOnlyList<PathRange> ranges, bool withLowerBound, string name)
        where TRow : class =>
        Within(store, table, store.Db.Set<TRow>().AsNoTracking(), ranges, withLowerBound, name);

    /// <summary>
    /// As <see cref="Within{TRow}(GraphStore, string, IReadOnlyList{PathRange}, bool, string)"/>, over <paramref name="rows"/>:
    /// the same rows as <paramref name="table"/> (a table's name, or a derived table in parentheses) holds, as EF reads them.
    /// </summary>
    public static IQueryable<TRow> Within<TRow>(GraphStore store, string table, IQueryable<TRow> rows, IReadOnlyList<PathRange> ranges, bool withLowerBound, string name)
        where TRow : class
    {
        if (ranges.Count <= InlineLimit)
        {
            var row = Expression.Parameter(typeof(TRow), "row");
            return rows.Where(Expression.Lambda<Func<TRow, bool>>(Predicate(row, ranges, withLowerBound), row));
        }

        var (pathRows, mappings, values) = Rows(store, ranges, i => $"@{name}{i}");
        var lower = withLowerBound ? " AND r.depth > p.after" : "";
        var parameters = store.Parameters(mappings, values, i => $"@{name}{i}");
        // Only identifiers of Versioner's own tables go into the text; the ranges are parameters. CROSS JOIN keeps the
        // ranges as the outer loop on SQLite (its join-order hint): one seek per range, never a scan of the ranges per row.
        var sql = $"SELECT r.* FROM {pathRows} CROSS JOIN {table} r WHERE r.segment = p.segment AND r.depth <= p.up_to{lower}";
        return store.Db.Set<TRow>().FromSqlRaw(sql, parameters).AsNoTracking();
    }

    /// <summary>This path's rows of <typeparamref name="TRow"/> (see <see cref="Within{TRow}(GraphStore, string, IReadOnlyList{PathRange}, bool, string)"/>).</summary>
    public IQueryable<TRow> Within<TRow>(GraphStore store, string table, string name = "path")
        where TRow : class =>
        Within<TRow>(store, table, _ranges, withLowerBound: false, name);

    /// <summary>This path's rows of <paramref name="rows"/> (see <see cref="Within{TRow}(GraphStore, string, IQueryable{TRow}, IReadOnlyList{PathRange}, bool, string)"/>).</summary>
    public IQueryable<TRow> Within<TRow>(GraphStore store, string table, IQueryable<TRow> rows, string name = "path")
        where TRow : class =>
        Within(store, table, rows, _ranges, withLowerBound: false, name);

    /// <summary>
    /// <paramref name="ranges"/> as a row source <c>p(segment, after, up_to)</c> read from parameters named by
    /// <paramref name="parameterName"/>, in the dialect's form (<see cref="Storage.Dialects.Dialect.PathRanges"/>).
    /// </summary>
    private static (string Sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping[] Mappings, object?[] Values) Rows(
        GraphStore store, IReadOnlyList<PathRange> ranges, Func<int, string> parameterName) =>
        store.Dialect.PathRanges(store.Map, ranges, parameterName);

    /// <summary>
    /// The path as a raw SQL condition over <paramref name="alias"/>'s <c>segment</c> and <c>depth</c> columns, with
    /// its parameters numbered from <paramref name="firstParameter"/> (for hot paths that skip EF's query cache):
    /// inline up to <see cref="InlineLimit"/> ranges, beyond that a probe of the ranges bound as data (<see cref="Rows"/>).
    /// </summary>
    public (string Sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping[] Mappings, object?[] Values) Sql(GraphStore store, string alias, int firstParameter)
    {
        if (_ranges.Length == 0)
        {
            return ("1 = 0", [], []);
        }

        if (!IsInline)
        {
            var (rows, listMappings, list) = Rows(store, _ranges, i => $"@p{firstParameter + i}");
            return ($"EXISTS (SELECT 1 FROM {rows} WHERE p.segment = {alias}.segment AND {alias}.depth <= p.up_to)", listMappings, list);
        }

        var terms = new string[_ranges.Length];
        var values = new object?[_ranges.Length * 2];
        for (var i = 0; i < _ranges.Length; i++)
        {
            terms[i] = $"({alias}.segment = @p{firstParameter + (2 * i)} AND {alias}.depth <= @p{firstParameter + (2 * i) + 1})";
            values[2 * i] = _ranges[i].Segment;
            values[(2 * i) + 1] = _ranges[i].UpTo;
        }

        return ($"({string.Join(" OR ", terms)})", [.. values.Select(_ => store.Map.Long)], values);
    }

    private sealed class PathBounds(IReadOnlyList<PathRange> ranges)
    {
        public readonly long[] Segments = ranges.Select(r => r.Segment).ToArray();
        public readonly long[] After = ranges.Select(r => r.After).ToArray();
        public readonly long[] UpTo = ranges.Select(r => r.UpTo).ToArray();
    }
}
