using System.Collections.Concurrent;

namespace Versioner.Internal;

/// <summary>
/// The rows of one database's segments table that can no longer change, and the chains of ranges built from them, kept
/// in memory so that loading a commit's first-parent path (<see cref="AncestryPath.LoadAsync"/>) sends no query once
/// its segments have been read. Shared by every context on the same database (keyed as <see cref="CommitGraph"/> is:
/// the stored identity and where the database lives) and thread-safe.
/// </summary>
/// <remarks>
/// Only rows of segments that hold a finalized commit are kept: a guard refuses every update and delete of such a row,
/// so one read stays true. That is the segment of a finalized commit and every segment above any commit's own (each
/// holds the commit its child forks at, a first-parent ancestor, finalized before it). A working commit's private
/// segment (moved, reparented, deleted with its commit) is never kept. A row changed anyway behind Versioner's back
/// (guards lifted) is seen at once when it is the segment of the commit a revision resolves to (its row comes with the
/// resolving statement, and a kept row that disagrees drops this database's cache); deeper in a chain this process
/// keeps what it read, as it keeps its <see cref="CommitGraph"/>, while Verify reads the table itself and names the row.
/// </remarks>
internal sealed class SegmentChains
{
    /// <summary>
    /// Ranges kept in built chains per database before they are all dropped (rebuilt from the kept rows without a query):
    /// about 6 MB of ranges, whatever the shape (a path of 3,334 ranges keeps 78 chains).
    /// </summary>
    public const int ChainBudget = 1 << 18;

    private static readonly ConcurrentDictionary<string, SegmentChains> Databases = new();

    private readonly Lock _lock = new();
    private readonly Dictionary<long, (long? Parent, long Fork)> _rows = [];
    private readonly Dictionary<long, Chain> _chains = [];
    private long _chainRanges;

    /// <summary>The cache of the database <paramref name="store"/> reads.</summary>
    public static async Task<SegmentChains> ForAsync(GraphStore store, CancellationToken cancellationToken) =>
        Databases.GetOrAdd(await store.CacheKeyAsync(cancellationToken).ConfigureAwait(false), _ => new SegmentChains());

    /// <summary>How many segment rows are kept.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _rows.Count;
            }
        }
    }

    /// <summary>The kept row of <paramref name="segment"/>, if it is kept.</summary>
    public bool TryGetRow(long segment, out (long? Parent, long Fork) row)
    {
        lock (_lock)
        {
            return _rows.TryGetValue(segment, out row);
        }
    }

    /// <summary>The built chain from <paramref name="segment"/> to the root, if it is kept.</summary>
    public bool TryGetChain(long segment, out Chain chain)
    {
        lock (_lock)
        {
            return _chains.TryGetValue(segment, out chain!);
        }
    }

    /// <summary>
    /// Checks a row of <paramref name="segment"/> just read against the kept one: they differ only when the table was
    /// changed behind Versioner's back or the key names another database, and then nothing kept is trusted.
    /// </summary>
    public void Check(long segment, (long? Parent, long Fork) read)
    {
        lock (_lock)
        {
            if (_rows.TryGetValue(segment, out var kept) && kept != read)
            {
                _rows.Clear();
                _chains.Clear();
                _chainRanges = 0;
            }
        }
    }

    /// <summary>
    /// Keeps the rows of a chain just walked (all of them hold finalized commits, see the remarks) and the chain itself,
    /// <paramref name="ranges"/> from its first segment to the root, the first range's upper bound being the caller's.
    /// </summary>
    public Chain Keep(IReadOnlyList<(long Id, long? Parent, long Fork)> rows, PathRange[] ranges)
    {
        var chain = new Chain(ranges);
        lock (_lock)
        {
            foreach (var (id, parent, fork) in rows)
            {
                _rows[id] = (parent, fork);
            }

            if (_chainRanges + ranges.Length > ChainBudget)
            {
                _chains.Clear();
                _chainRanges = 0;
            }

            if (ranges.Length <= ChainBudget && _chains.TryAdd(ranges[0].Segment, chain))
            {
                _chainRanges += ranges.Length;
            }
        }

        return chain;
    }

    /// <summary>
    /// A segment's chain of ranges to the root, built once. Paths copy its ranges and set the first range's upper bound;
    /// a path holding exactly these ranges shares the index of their segments (<see cref="AncestryPath.Contains"/>).
    /// </summary>
    internal sealed class Chain(PathRange[] ranges)
    {
        private Dictionary<long, int>? _positions;

        /// <summary>The ranges, newest segment first; the first range's <see cref="PathRange.UpTo"/> is the caller's to set.</summary>
        public PathRange[] Ranges { get; } = ranges;

        /// <summary>Each segment's position in <see cref="Ranges"/>, built on first use (read-only once published).</summary>
        public Dictionary<long, int> Positions
        {
            get
            {
                if (Volatile.Read(ref _positions) is { } built)
                {
                    return built;
                }

                var positions = new Dictionary<long, int>(Ranges.Length);
                for (var i = 0; i < Ranges.Length; i++)
                {
                    positions[Ranges[i].Segment] = i;
                }

                return Interlocked.CompareExchange(ref _positions, positions, null) ?? positions;
            }
        }
    }
}
