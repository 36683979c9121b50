using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// The finalized commit graph of one database, held in memory as arrays (about 40 bytes a commit) and extended as
/// commits land, so ancestry questions are in-process walks instead of SQL round trips. Shared by every context on
/// the same database (keyed by the database's identity) and thread-safe.
/// </summary>
/// <remarks>
/// Walks are pruned by generation numbers (a commit's generation exceeds its parents'), and first-parent ancestry is
/// answered from the segment index in O(forks) before any walk.
/// </remarks>
internal sealed class CommitGraph
{
    private static readonly ConcurrentDictionary<string, CommitGraph> Graphs = new();

    private readonly Lock _lock = new();
    private readonly Dictionary<CommitId, int> _index = [];
    private readonly List<CommitId> _ids = [];
    private readonly List<int[]> _parents = [];
    private readonly List<long> _generation = [];
    private readonly List<long> _segment = [];
    private readonly List<long> _depth = [];
    private readonly List<long> _timestamp = [];
    private readonly Dictionary<long, (long? Parent, long Fork)> _segments = [];

    // Merge commits per segment, in increasing depth (commits land in a segment in depth order).
    private readonly Dictionary<long, List<(long Depth, int Index)>> _mergesBySegment = [];

    // Every commit per segment, in increasing depth: a place (segment, depth) to its commit by binary search.
    private readonly Dictionary<long, List<(long Depth, int Index)>> _bySegment = [];
    private long _seq;

    public static async Task<CommitGraph> ForAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var graph = Graphs.GetOrAdd(await store.CacheKeyAsync(cancellationToken).ConfigureAwait(false), _ => new CommitGraph());
        await graph.RefreshAsync(store, cancellationToken).ConfigureAwait(false);
        return graph;
    }

    /// <summary>The finalized commits finalized after <c>@p0</c> (by <c>seq</c>), in that order, with what the graph holds of each.</summary>
    private static readonly string NewCommitsSql =
        $"SELECT id, seq, generation, segment, depth, timestamp_us FROM {SystemTables.Commits} WHERE state = {(int)CommitState.Finalized} AND seq > @p0 ORDER BY seq";

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _ids.Count;
            }
        }
    }

    private async Task RefreshAsync(GraphStore store, CancellationToken cancellationToken)
    {
        long loaded;
        lock (_lock)
        {
            loaded = _seq;
        }

        // Every ancestry question, merge base and DAG log page asks this first, and it usually finds nothing new: a raw
        // statement (kept prepared where the dialect keeps statements) seeking the seq index past what is loaded.
        var rows = await store.QueryKeptAsync(
            NewCommitsSql,
            [store.Map.Long],
            [loaded],
            reader => (
                Id: new CommitId(GuidColumn.Read(reader, 0)),
                Seq: reader.GetInt64(1),
                Generation: reader.GetInt64(2),
                Segment: reader.GetInt64(3),
                Depth: reader.GetInt64(4),
                TimestampMicros: reader.GetInt64(5)),
            cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return;
        }

        var links = await (
            from p in store.Db.Set<CommitParentRow>().AsNoTracking()
            join c in store.Commits on p.CommitId equals c.Id
            where c.State == CommitState.Finalized && c.Seq > loaded
            select p).ToListAsync(cancellationToken).ConfigureAwait(false);

        // Only the segments the new commits are in, not the whole table (a row per fork: on a pull-request history one per
        // pull request, read again after every commit). A segment holding a finalized commit never changes (a guard
        // refuses it), and the segment it forks from holds the commit it forks at, finalized before it, so is known.
        var segments = await (
            from c in store.Commits
            where c.State == CommitState.Finalized && c.Seq > loaded
            join s in store.Db.Set<SegmentRow>().AsNoTracking() on c.Segment equals s.Id
            select new { s.Id, s.ParentSegment, s.ForkDepth }).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        var parentsOf = links.ToLookup(l => l.CommitId);

        lock (_lock)
        {
            if (_seq != loaded)
            {
                return; // another refresh got there first
            }

            // Checked before anything is added, so a damaged index leaves the graph as it was (and fails every refresh).
            CheckLoadable(rows.Select(r => (r.Id, r.Segment)), parentsOf, segments.ToDictionary(s => s.Id, s => (s.ParentSegment, s.ForkDepth)));

            foreach (var segment in segments)
            {
                _segments[segment.Id] = (segment.ParentSegment, segment.ForkDepth);
            }

            foreach (var row in rows)
            {
                var parents = parentsOf[row.Id].OrderBy(p => p.Ordinal).Select(p => _index[p.ParentId]).ToArray();
                _index[row.Id] = _ids.Count;
                _ids.Add(row.Id);
                _parents.Add(parents);
                _generation.Add(row.Generation);
                _segment.Add(row.Segment);
                _depth.Add(row.Depth);
                _timestamp.Add(row.TimestampMicros);
                if (!_bySegment.TryGetValue(row.Segment, out var placed))
                {
                    _bySegment[row.Segment] = placed = [];
                }

                placed.Add((row.Depth, _index[row.Id]));
                if (parents.Length > 1)
                {
                    if (!_mergesBySegment.TryGetValue(row.Segment, out var merges))
                    {
                        _mergesBySegment[row.Segment] = merges = [];
                    }

                    merges.Add((row.Depth, _index[row.Id]));
                }
            }

            _seq = rows[^1].Seq;
        }
    }

    /// <summary>
    /// Refuses commits the graph cannot hold: a parent that is not a finalized commit finalized before its child (by
    /// <c>seq</c>), or a segment whose chain of forks misses a segment or loops. Finalize and transfers never write either;
    /// only rows changed outside Versioner do, which Verify names.
    /// </summary>
    private void CheckLoadable(IEnumerable<(CommitId Id, long Segment)> commits, ILookup<CommitId, CommitParentRow> parentsOf, Dictionary<long, (long? Parent, long Fork)> segments)
    {
        var known = new HashSet<CommitId>();
        foreach (var (id, place) in commits)
        {
            if (!segments.ContainsKey(place) && !_segments.ContainsKey(place))
            {
                throw new HistoryDamagedException($"Commit {id} is placed in segment {place}, which is missing; the commit graph index is damaged (rows changed outside Versioner). Run repository.VerifyAsync() (or `versioner verify`) to find the damaged rows.");
            }

            foreach (var link in parentsOf[id])
            {
                if (!_index.ContainsKey(link.ParentId) && !known.Contains(link.ParentId))
                {
                    throw new HistoryDamagedException($"Commit {id} names {link.ParentId} as a parent, which is not a commit finalized before it; the commit graph index is damaged (rows changed outside Versioner). Run repository.VerifyAsync() (or `versioner verify`) to find the damaged rows.");
                }
            }

            known.Add(id);
        }

        var total = _segments.Count + segments.Count;
        foreach (var start in segments.Keys)
        {
            long? segment = start;
            for (var steps = 0; segment is { } s; steps++)
            {
                if (steps > total || !(segments.TryGetValue(s, out var row) || _segments.TryGetValue(s, out row)))
                {
                    throw new HistoryDamagedException($"Segment {start} of the commit graph index forks from a segment that is missing or from itself; the graph index is damaged (rows changed outside Versioner). Run repository.VerifyAsync() (or `versioner verify`) to find the damaged rows.");
                }

                segment = row.Parent;
            }
        }
    }

    /// <summary>True when <paramref name="ancestor"/> is reachable from <paramref name="descendant"/> through parent links (or is it).</summary>
    public bool IsAncestor(CommitId ancestor, CommitId descendant)
    {
        lock (_lock)
        {
            return IsAncestor(Index(ancestor), Index(descendant));
        }
    }

    private bool IsAncestor(int a, int b)
    {
        if (a == b)
        {
            return true;
        }

        var floor = _generation[a];
        if (floor >= _generation[b])
        {
            return false;
        }

        var visited = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(b);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (IsFirstParentAncestor(a, n))
            {
                return true;
            }

            // Only merge parents need walking: the first-parent chain was just answered by the segment index.
            var parents = _parents[n];
            for (var i = 1; i < parents.Length; i++)
            {
                var p = parents[i];
                if (_generation[p] >= floor && visited.Add(p))
                {
                    stack.Push(p);
                }
            }

            // Merge commits further down n's first-parent chain may lead to a as well.
            foreach (var m in MergesOnFirstParentChain(n, floor))
            {
                if (visited.Add(m))
                {
                    stack.Push(m);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// How far <paramref name="other"/> reaches into a first-parent line: of the commits at the places of
    /// <paramref name="ranges"/> (one commit's first-parent path, newest range first), the newest that is
    /// <paramref name="other"/> or one of its ancestors through any parents, as its range's index and its depth there;
    /// null when none is, or when <paramref name="other"/> is not a finalized commit. Once a commit of the line is
    /// reached, so is every older one, so a binary search over the line's positions answers with O(log n) ancestry
    /// questions, however long the line.
    /// </summary>
    public (int Range, long Depth)? NewestReached(IReadOnlyList<PathRange> ranges, CommitId other)
    {
        lock (_lock)
        {
            if (!_index.TryGetValue(other, out var target))
            {
                return null;
            }

            long total = 0;
            foreach (var range in ranges)
            {
                total += range.UpTo - range.After;
            }

            // Position 0 is the newest place of the line, total - 1 the oldest.
            if (total == 0 || !Reached(total - 1))
            {
                return null;
            }

            long lo = 0;
            var hi = total - 1;
            while (lo < hi)
            {
                var mid = lo + ((hi - lo) / 2);
                if (Reached(mid))
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            var (at, depth) = Place(lo);
            return (at, depth);

            bool Reached(long position)
            {
                var (at, depth) = Place(position);
                return CommitAt(ranges[at].Segment, depth) is { } n && IsAncestor(n, target);
            }

            (int Range, long Depth) Place(long position)
            {
                for (var i = 0; i < ranges.Count; i++)
                {
                    var size = ranges[i].UpTo - ranges[i].After;
                    if (position < size)
                    {
                        return (i, ranges[i].UpTo - position);
                    }

                    position -= size;
                }

                throw new ArgumentOutOfRangeException(nameof(position));
            }
        }
    }

    /// <summary>The commit at <paramref name="depth"/> in <paramref name="segment"/>, or the nearest below it there; null when there is none.</summary>
    private int? CommitAt(long segment, long depth)
    {
        if (!_bySegment.TryGetValue(segment, out var placed))
        {
            return null;
        }

        var lo = 0;
        var hi = placed.Count - 1;
        int? found = null;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (placed[mid].Depth <= depth)
            {
                found = placed[mid].Index;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private bool IsFirstParentAncestor(int a, int b)
    {
        long? segment = _segment[b];
        var upTo = _depth[b];
        while (segment is { } s)
        {
            if (s == _segment[a])
            {
                return _depth[a] <= upTo;
            }

            var (parent, fork) = _segments[s];
            segment = parent;
            upTo = fork;
        }

        return false;
    }

    private IEnumerable<int> MergesOnFirstParentChain(int n, long floor)
    {
        // The merge commits strictly below n on its first-parent chain, newest first, down to the floor generation:
        // one binary search per segment of n's path (generations fall along a first-parent chain, so the first merge
        // below the floor ends that segment's run).
        long? segment = _segment[n];
        var upTo = _depth[n] - 1;
        while (segment is { } s)
        {
            var (parent, fork) = _segments[s];
            if (_mergesBySegment.TryGetValue(s, out var merges))
            {
                var lo = 0;
                var hi = merges.Count - 1;
                var start = -1;
                while (lo <= hi)
                {
                    var mid = (lo + hi) >>> 1;
                    if (merges[mid].Depth <= upTo)
                    {
                        start = mid;
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid - 1;
                    }
                }

                for (var i = start; i >= 0 && merges[i].Depth > fork; i--)
                {
                    if (_generation[merges[i].Index] < floor)
                    {
                        yield break;
                    }

                    yield return merges[i].Index;
                }
            }

            upTo = fork;
            segment = parent;
        }
    }

    /// <summary>
    /// The best common ancestors of two commits: common ancestors that are not ancestors of another common ancestor
    /// (git's merge-base --all). Several on criss-cross histories; empty when the histories are unrelated.
    /// </summary>
    public IReadOnlyList<CommitId> MergeBases(CommitId one, CommitId two)
    {
        lock (_lock)
        {
            var a = Index(one);
            var b = Index(two);
            if (IsAncestor(a, b))
            {
                return [one];
            }

            if (IsAncestor(b, a))
            {
                return [two];
            }

            const byte Left = 1, Right = 2, Stale = 4;
            var flags = new Dictionary<int, byte> { [a] = Left, [b] = Right };
            var queue = new PriorityQueue<int, long>();
            queue.Enqueue(a, -_generation[a]);
            queue.Enqueue(b, -_generation[b]);
            var candidates = new List<int>();
            while (queue.Count > 0 && queue.UnorderedItems.Any(item => (flags[item.Element] & Stale) == 0))
            {
                var n = queue.Dequeue();
                var f = flags[n];
                if ((f & (Left | Right)) == (Left | Right) && (f & Stale) == 0)
                {
                    candidates.Add(n);
                    f |= Stale;
                    flags[n] = f;
                }

                foreach (var p in _parents[n])
                {
                    var pf = flags.GetValueOrDefault(p);
                    if ((pf & f) == f)
                    {
                        continue;
                    }

                    flags[p] = (byte)(pf | f);
                    queue.Enqueue(p, -_generation[p]);
                }
            }

            var best = candidates.Distinct()
                .Where(c => !candidates.Any(other => other != c && IsAncestor(c, other)))
                .OrderByDescending(c => _generation[c]).ThenBy(c => _ids[c])
                .Select(c => _ids[c]).ToArray();
            return best;
        }
    }

    /// <summary>
    /// Commits of finalized commit rows, their parents (in order) taken from the graph instead of read again: a finalized
    /// commit's parent links never change (a guard refuses it), and the graph holds each as it was finalized.
    /// </summary>
    /// <exception cref="RevisionNotFoundException">A row is not a finalized commit the graph holds.</exception>
    public Commit[] ToCommits(IReadOnlyList<CommitRow> rows)
    {
        var commits = new Commit[rows.Count];
        lock (_lock)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var parents = _parents[Index(rows[i].Id)];
                var ids = new CommitId[parents.Length];
                for (var p = 0; p < parents.Length; p++)
                {
                    ids[p] = _ids[parents[p]];
                }

                commits[i] = new Commit(rows[i], ids);
            }
        }

        return commits;
    }

    /// <summary><paramref name="head"/> and its first-parent ancestors, newest first, produced lazily.</summary>
    public IEnumerable<CommitId> FirstParentLine(CommitId head)
    {
        int? n;
        lock (_lock)
        {
            n = Index(head);
        }

        while (n is { } current)
        {
            CommitId id;
            lock (_lock)
            {
                id = _ids[current];
                n = _parents[current].Length > 0 ? _parents[current][0] : null;
            }

            yield return id;
        }
    }

    /// <summary>
    /// Commits reachable from <paramref name="head"/> and not from <paramref name="exclude"/>, newest generation
    /// first, then newest timestamp (git's rev-list <c>exclude..head</c>), produced lazily.
    /// </summary>
    public IEnumerable<CommitId> Walk(CommitId head, CommitId? exclude)
    {
        int[] snapshotParents(int n)
        {
            lock (_lock)
            {
                return _parents[n];
            }
        }

        (long, long, int) order(int n)
        {
            lock (_lock)
            {
                return (-_generation[n], -_timestamp[n], n);
            }
        }

        int start;
        int? stop;
        lock (_lock)
        {
            start = Index(head);
            stop = exclude is { } e ? Index(e) : null;
        }

        var uninteresting = new HashSet<int>();
        var seen = new HashSet<int> { start };
        var queue = new PriorityQueue<int, (long, long, int)>();
        queue.Enqueue(start, order(start));
        if (stop is { } s0)
        {
            uninteresting.Add(s0);
            seen.Add(s0);
            queue.Enqueue(s0, order(s0));
        }

        while (queue.Count > 0 && queue.UnorderedItems.Any(item => !uninteresting.Contains(item.Element)))
        {
            var n = queue.Dequeue();
            var excluded = uninteresting.Contains(n);
            foreach (var p in snapshotParents(n))
            {
                if (excluded)
                {
                    uninteresting.Add(p);
                }

                if (seen.Add(p))
                {
                    queue.Enqueue(p, order(p));
                }
            }

            if (!excluded)
            {
                CommitId id;
                lock (_lock)
                {
                    id = _ids[n];
                }

                yield return id;
            }
        }
    }

    /// <summary>
    /// For each of <paramref name="heads"/>, the commits it reaches that <paramref name="upstream"/> does not (ahead) and
    /// the reverse (behind), all in one walk (git's <c>for-each-ref --format=%(ahead-behind:upstream)</c>): each commit
    /// carries a bit per tip that reaches it, commits go newest generation first (so a commit's bits are complete when it
    /// is taken), and the walk ends when every commit left is reached by all the tips, as their common history is.
    /// </summary>
    /// <exception cref="RevisionNotFoundException">A commit is not a finalized commit of this database.</exception>
    public (int Ahead, int Behind)[] AheadBehind(IReadOnlyList<CommitId> heads, CommitId upstream)
    {
        var tips = heads.Count + 1; // bit 0 is the upstream, bit i + 1 heads[i]
        var words = (tips + 63) / 64;
        var last = tips % 64 == 0 ? ulong.MaxValue : (1UL << (tips % 64)) - 1;
        var counts = new (int Ahead, int Behind)[heads.Count];
        var bits = new Dictionary<int, ulong[]>();
        var queue = new PriorityQueue<int, (long, long, int)>();
        var open = 0; // queued commits some tip does not reach: the walk goes on while there is one
        lock (_lock)
        {
            Mark(Index(upstream), Single(0));
            for (var i = 0; i < heads.Count; i++)
            {
                Mark(Index(heads[i]), Single(i + 1));
            }

            while (open > 0)
            {
                var n = queue.Dequeue();
                var reached = bits[n];
                if (Full(reached))
                {
                    // Reached by every tip: counts for none, and neither do its ancestors (they stay queued only so
                    // that a commit also reached through another line gets every bit).
                    foreach (var p in _parents[n])
                    {
                        Mark(p, reached);
                    }

                    continue;
                }

                open--;
                var byUpstream = (reached[0] & 1) != 0;
                for (var i = 0; i < heads.Count; i++)
                {
                    var bit = i + 1;
                    if (((reached[bit >> 6] >> (bit & 63)) & 1) != 0)
                    {
                        if (!byUpstream)
                        {
                            counts[i].Ahead++;
                        }
                    }
                    else if (byUpstream)
                    {
                        counts[i].Behind++;
                    }
                }

                foreach (var p in _parents[n])
                {
                    Mark(p, reached);
                }
            }
        }

        return counts;

        ulong[] Single(int bit)
        {
            var mask = new ulong[words];
            mask[bit >> 6] = 1UL << (bit & 63);
            return mask;
        }

        bool Full(ulong[] mask)
        {
            for (var w = 0; w < words - 1; w++)
            {
                if (mask[w] != ulong.MaxValue)
                {
                    return false;
                }
            }

            return mask[words - 1] == last;
        }

        void Mark(int node, ulong[] from)
        {
            if (!bits.TryGetValue(node, out var mask))
            {
                mask = new ulong[words];
                bits[node] = mask;
                queue.Enqueue(node, (-_generation[node], -_timestamp[node], node));
                for (var w = 0; w < words; w++)
                {
                    mask[w] = from[w];
                }

                open += Full(mask) ? 0 : 1;
                return;
            }

            var wasFull = Full(mask);
            for (var w = 0; w < words; w++)
            {
                mask[w] |= from[w];
            }

            if (!wasFull && Full(mask))
            {
                open--;
            }
        }
    }

    private int Index(CommitId id) =>
        _index.TryGetValue(id, out var i) ? i : throw new RevisionNotFoundException(id.ToString(), "not a finalized commit of this database.");
}
