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

    // Where each segment of the ranges after the first _offset is: a kept chain's index (SegmentChains.Chain), shared by
    // every path built from it, or null when this path builds its own on first use (_own).
    private readonly Dictionary<long, int>? _shared;
    private readonly int _offset;
    private Dictionary<long, int>? _own;

    private AncestryPath(PathRange[] ranges, Dictionary<long, int>? shared = null, int offset = 0)
    {
        _ranges = ranges;
        _shared = shared;
        _offset = offset;
    }

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
    public AncestryPath WithOpenTip() => new(_ranges, _shared, _offset) { OpenTip = true };

    /// <summary>
    /// The one commit at (<paramref name="segment"/>, <paramref name="depth"/>) as a path of one range: where a longer
    /// path holds an entity's newest change (<see cref="ChangeReads.NewestPlaceAsync"/>), so a read of that change runs
    /// as on a path of one range. Not an ancestry: only rows at that very place are on it.
    /// </summary>
    public static AncestryPath At(long segment, long depth) => new([new PathRange(segment, depth - 1, depth)]);

    /// <summary>The path of a commit at <paramref name="depth"/> in a root segment (one that forks from nothing): one range.</summary>
    public static AncestryPath OfRootSegment(long segment, long forkDepth, long depth) => new([new PathRange(segment, forkDepth, depth)]);

    /// <summary>
    /// The path of the commit at (<paramref name="segment"/>, <paramref name="depth"/>): from the segment rows this
    /// process keeps for the database (<see cref="SegmentChains"/>), so no query once they have been read; the first
    /// segment not kept and everything above it in one round trip (<see cref="ChainSql"/>).
    /// </summary>
    /// <param name="store">The database's store.</param>
    /// <param name="segment">The commit's segment.</param>
    /// <param name="depth">The commit's depth.</param>
    /// <param name="finalized">
    /// Whether the commit is finalized, so its segment's row can no longer change and is kept; a working commit's
    /// segment may be its own private one (moved or deleted with it), read afresh unless kept already.
    /// </param>
    /// <param name="segmentRow">The segment's row when the caller has just read it (a revision's resolving statement reads it): checked against the kept one, and no probe for it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="HistoryDamagedException">A segment of the chain is missing or the chain loops (changed outside Versioner).</exception>
    public static async Task<AncestryPath> LoadAsync(
        GraphStore store, long segment, long depth, bool finalized, (long? Parent, long Fork)? segmentRow, CancellationToken cancellationToken)
    {
        var kept = await SegmentChains.ForAsync(store, cancellationToken).ConfigureAwait(false);
        if (segmentRow is { } fresh)
        {
            kept.Check(segment, fresh);
        }

        var walked = new List<PathRange>();
        var read = new List<(long Id, long? Parent, long Fork)>();
        SegmentChains.Chain? tail = null;
        long? current = segment;
        var upTo = depth;
        while (current is { } id)
        {
            if (kept.TryGetChain(id, out var chain))
            {
                tail = chain;
                break;
            }

            if (!kept.TryGetRow(id, out var row))
            {
                if (walked.Count == 0 && (segmentRow is not null || !finalized))
                {
                    // The commit's own segment alone: a working commit's private one has a kept chain above it.
                    row = segmentRow ?? await ReadRowAsync(store, id, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await ReadChainAsync(store, segment, id, walked, read, upTo, cancellationToken).ConfigureAwait(false);
                    break;
                }

                read.Add((id, row.Parent, row.Fork));
            }
            else if (walked.Count > kept.Count)
            {
                throw Loops(segment);
            }

            walked.Add(new PathRange(id, row.Fork, upTo));
            upTo = row.Fork;
            current = row.Parent;
        }

        // A working commit's own segment is neither kept nor part of the chain kept for the segment above it.
        var own = finalized || walked.Count == 0 || kept.TryGetRow(segment, out _) ? 0 : 1;
        if (own == 1)
        {
            read.RemoveAll(r => r.Id == segment);
        }

        if (walked.Count > own || tail is null)
        {
            var ranges = new PathRange[walked.Count - own + (tail?.Ranges.Length ?? 0)];
            walked.CopyTo(own, ranges, 0, walked.Count - own);
            if (tail is not null)
            {
                // The kept chain's first range ends where the walked segments fork from it.
                tail.Ranges.CopyTo(ranges, walked.Count - own);
                ranges[walked.Count - own] = ranges[walked.Count - own] with { UpTo = upTo };
            }
            if (ranges.Length == 0)
            {
                return new AncestryPath([.. walked]);
            }

            tail = kept.Keep(read, ranges);
        }

        if (own == 0 && tail.Ranges[0].UpTo == depth)
        {
            // The kept chain ends at this very commit (the one it was built for, a head read again): its ranges are the
            // path, shared as they are (nothing writes a path's ranges) rather than copied, a range per fork.
            return new AncestryPath(tail.Ranges, tail.Positions);
        }

        var path = new PathRange[own + tail.Ranges.Length];
        walked.CopyTo(0, path, 0, own);
        tail.Ranges.CopyTo(path, own);
        path[own] = path[own] with { UpTo = own == 1 ? walked[0].After : depth };
        return new AncestryPath(path, tail.Positions, own);
    }

    /// <summary>One segment's row, by key (a working commit's own segment).</summary>
    private static async Task<(long? Parent, long Fork)> ReadRowAsync(GraphStore store, long segment, CancellationToken cancellationToken)
    {
        var rows = await store.QueryKeptAsync(
            $"SELECT parent_segment, fork_depth FROM {SystemTables.Segments} WHERE id = @p0", [store.Map.Long], [segment],
            reader => (Parent: reader.IsDBNull(0) ? (long?)null : reader.GetInt64(0), Fork: reader.GetInt64(1)),
            cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : throw Missing(segment);
    }

    /// <summary>
    /// Segment <paramref name="from"/> and every segment above it in one round trip, appended to <paramref name="walked"/>
    /// (the first range up to <paramref name="upTo"/>) and <paramref name="read"/>.
    /// </summary>
    private static async Task ReadChainAsync(
        GraphStore store, long segment, long from, List<PathRange> walked, List<(long Id, long? Parent, long Fork)> read, long upTo, CancellationToken cancellationToken)
    {
        var chain = (await store.QueryKeptAsync(
                ChainSql(store.Dialect), [store.Map.Long], [from],
                reader => (Id: reader.GetInt64(0), Parent: reader.IsDBNull(1) ? (long?)null : reader.GetInt64(1), Fork: reader.GetInt64(2)),
                cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Id, r => (r.Parent, r.Fork));

        long? current = from;
        var steps = 0;
        while (current is { } id)
        {
            if (!chain.TryGetValue(id, out var row))
            {
                throw Missing(id);
            }

            if (steps++ >= chain.Count)
            {
                // Each segment forks from one before it: a chain longer than its segments loops (changed outside Versioner).
                throw Loops(segment);
            }

            walked.Add(new PathRange(id, row.Fork, upTo));
            read.Add((id, row.Parent, row.Fork));
            upTo = row.Fork;
            current = row.Parent;
        }
    }

    private static HistoryDamagedException Missing(long segment) =>
        new($"Segment {segment} of the commit graph index is missing; the graph index is damaged.");

    private static HistoryDamagedException Loops(long segment) =>
        new($"Segment {segment} of the commit graph index forks, through its ancestors, from itself; the graph index is damaged. Run repository.VerifyAsync() (or `versioner verify`) to find the damaged rows.");

    /// <summary>
    /// Segment <c>@p0</c> and its ancestors in the first-parent tree: a chain (each segment has one parent) that ends at
    /// the root segment. <c>UNION</c>, not <c>UNION ALL</c>: a chain made to loop outside Versioner then ends when its
    /// rows repeat instead of recursing forever (a handful of rows to compare, one per fork). Each step reads its
    /// parent's row by key in correlated subqueries, not by a join: PostgreSQL plans a recursive join for ten rows a
    /// step and hashed the whole segments table at every step (2.1 s for a chain of 3,000 segments, 15 ms by key). A
    /// parent whose row is missing comes as a row with a null fork depth, which the last select leaves out (the walk
    /// then names the segment missing).
    /// </summary>
    internal static string ChainSql(Storage.Dialects.Dialect dialect) => $"""
        {dialect.WithRecursive} chain(id, parent_segment, fork_depth) AS (
            SELECT id, parent_segment, fork_depth FROM {SystemTables.Segments} WHERE id = @p0
            UNION
            SELECT c.parent_segment,
                (SELECT s.parent_segment FROM {SystemTables.Segments} s WHERE s.id = c.parent_segment),
                (SELECT s.fork_depth FROM {SystemTables.Segments} s WHERE s.id = c.parent_segment)
            FROM chain c WHERE c.parent_segment IS NOT NULL)
        SELECT id, parent_segment, fork_depth FROM chain WHERE fork_depth IS NOT NULL
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

    /// <summary>True when the commit at (<paramref name="segment"/>, <paramref name="depth"/>) is on this path.</summary>
    public bool Contains(long segment, long depth)
    {
        for (var i = 0; i < _offset; i++)
        {
            if (_ranges[i].Segment == segment)
            {
                return depth > _ranges[i].After && depth <= _ranges[i].UpTo;
            }
        }

        int at;
        if (_shared is not null)
        {
            if (!_shared.TryGetValue(segment, out at))
            {
                return false;
            }

            at += _offset;
        }
        else if (!(_own ??= _ranges.Select((r, i) => (r.Segment, i)).ToDictionary(r => r.Segment, r => r.i)).TryGetValue(segment, out at))
        {
            return false;
        }

        return depth > _ranges[at].After && depth <= _ranges[at].UpTo;
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
