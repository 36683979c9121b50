using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Writes commits: the one place that decides where a commit goes in the first-parent tree (segment and depth), gives
/// it its sequence number, computes its checksum, finalizes its row and moves its branch by compare-and-swap. Finalize
/// (and through it merge, revert and cherry-pick), the document appender and transfer all write through it, so what a
/// commit is cannot differ by the path that wrote it.
/// </summary>
/// <remarks>
/// Made per operation (<see cref="Finalizer"/>, <see cref="Transfer"/>, a fast-forward), or kept by a writer that runs
/// many transactions (<see cref="DocumentAppender"/>: <c>prepared</c>, its statements stay prepared; call
/// <see cref="Enlist"/> at the start of each transaction). Within one transaction it remembers the next sequence
/// number, whose lock the transaction holds until it ends.
/// </remarks>
internal sealed class CommitWriter : IDisposable
{
    private readonly GraphStore _store;
    private readonly Dictionary<string, Statement>? _prepared;
    private long? _nextSeq;
    private readonly List<(CommitId Commit, long Segment, long Depth, IReadOnlyList<VersionTable>? Tables)> _unclosed = [];

    public CommitWriter(GraphStore store, bool prepared = false)
    {
        _store = store;
        _prepared = prepared ? new(StringComparer.Ordinal) : null;
    }

    /// <summary>Runs the next statements in the context's current transaction and forgets the sequence number (another transaction may have taken it since) and any commit of an earlier transaction not closed.</summary>
    public void Enlist()
    {
        _unclosed.Clear();
        foreach (var statement in _prepared?.Values ?? Enumerable.Empty<Statement>())
        {
            statement.Enlist(_store.Db);
        }

        _nextSeq = null;
    }

    /// <summary>A new commit's timestamp: now, by the repository's clock, in whole microseconds.</summary>
    public DateTimeOffset Now() => Timestamps.Normalize(_store.Options.TimeProvider.GetUtcNow());

    /// <summary>A commit's generation: one more than its highest parent's (0 for a root).</summary>
    public static long Generation(IEnumerable<CommitRow> parents)
    {
        var generation = -1L;
        foreach (var parent in parents)
        {
            generation = Math.Max(generation, parent.Generation);
        }

        return generation + 1;
    }

    /// <summary>
    /// Where a commit goes in the first-parent tree: the slot after its first parent in the parent's segment if the
    /// commit continues that segment's line (see below) and the slot is free (or already this commit's), otherwise a fork.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <b>Whose line a segment is.</b> A segment is meant to hold one branch's first-parent line, so that a branch's
    /// path stays one range however many branches fork from it and merge back. With <paramref name="branch"/> given
    /// (the branch the commit is finalized onto, which points at the parent), the commit forks when any other branch
    /// points at the parent too: at that point the parent is the tip of more than one line, and the line that moves
    /// first must not take the slot the others may need. In a pull-request workflow (branch <c>pr</c> made at main's
    /// tip, a commit on <c>pr</c>, <c>pr</c> merged into main with a merge commit) the pull request's commit forks (main
    /// points at its parent) and the merge, main's next commit, continues main's segment (<c>pr</c> has moved on): main
    /// stays one range. A branch left at main's tip while main moves on (made and not committed on yet, or a release
    /// branch) costs main one range the first time main moves past it.
    /// </para>
    /// <para>
    /// Placement is local index data (not in any checksum, docs/checksums.md), so the rule decides only how many ranges a
    /// path has, never what a read returns: any placement whose slot is free is correct, the unique (segment, depth)
    /// index keeps two commits out of one slot, and a database placed by an older rule reads the same.
    /// </para>
    /// </remarks>
    /// <param name="parent">The first parent; null for a root.</param>
    /// <param name="current">
    /// The segment the commit's rows are already written in (a working commit's: private to it since checkout, or the
    /// parent's when the appender placed it ahead), kept when it forks; null for a commit not written yet, which
    /// gets a new segment when it forks.
    /// </param>
    /// <param name="changes">How many change rows the commit has: a commit of at least <see cref="GraphStore.PrivateSegmentFrom"/> keeps its current segment rather than rewrite them all.</param>
    /// <param name="branch">
    /// The branch the commit is finalized onto (it points at <paramref name="parent"/>), to fork when another branch
    /// points there too; null when no branch points at the parent or the caller decided (<paramref name="slotTaken"/>).
    /// </param>
    /// <param name="cancellationToken">Cancels the lookups.</param>
    /// <param name="slotTaken">Whether the slot after the parent is taken (or to be left to another commit), when the caller already knows (a transfer placing commits it placed the parents of); null to look.</param>
    public async Task<(long Segment, long Depth)> PlaceAsync(CommitRow? parent, long? current, int changes, string? branch, CancellationToken cancellationToken, bool? slotTaken = null)
    {
        if (parent is null)
        {
            return (current ?? await _store.NewSegmentAsync(null, -1, cancellationToken).ConfigureAwait(false), 0);
        }

        var depth = parent.Depth + 1;
        if (current == parent.Segment)
        {
            return (current.Value, depth); // written in the slot after its parent already
        }

        if (current is { } own && changes >= _store.PrivateSegmentFrom)
        {
            // Moving a million change rows into the parent's segment is one UPDATE of every row: seconds. A large
            // commit keeps its private segment instead (reads get one more range on their path; nothing else changes).
            return (own, depth);
        }

        var taken = slotTaken
            ?? (branch is not null && await IsSharedTipAsync(parent, branch, cancellationToken).ConfigureAwait(false)
                || await IsSlotTakenAsync(parent, depth, cancellationToken).ConfigureAwait(false));
        if (!taken)
        {
            return (parent.Segment, depth);
        }

        return (current ?? await _store.NewSegmentAsync(parent.Segment, parent.Depth, cancellationToken).ConfigureAwait(false), depth);
    }

    /// <summary>
    /// True when a branch other than <paramref name="branch"/> points at <paramref name="parent"/> (see
    /// <see cref="PlaceAsync"/>; a working commit does not take the slot after such a parent, see <see cref="WorkingCommits.CreateAsync"/>).
    /// </summary>
    public async Task<bool> IsSharedTipAsync(CommitRow parent, string branch, CancellationToken cancellationToken)
    {
        var others = await QueryAsync(
            _store.Dialect.SelectFirst(1, "1", $"FROM {SystemTables.Refs} WHERE commit_id = @p0 AND kind = @p1 AND name <> @p2"),
            [_store.Map.CommitId, _store.Map.RefKind, _store.Map.Text], [parent.Id, RefKind.Branch, branch], _ => true, cancellationToken).ConfigureAwait(false);
        return others.Count > 0;
    }

    private async Task<bool> IsSlotTakenAsync(CommitRow parent, long depth, CancellationToken cancellationToken)
    {
        // Only the parent's children compete for the slot after it: where the engine has row locks they take turns (on
        // other branches, the first commits after a common fork), so the second sees the slot taken instead of failing
        // on the unique index.
        await _store.Dialect.LockChildSlotAsync(_store, parent.Id, cancellationToken).ConfigureAwait(false);

        var taken = await QueryAsync(
            _store.Dialect.SelectFirst(1, "1", $"FROM {SystemTables.Commits} WHERE segment = @p0 AND depth = @p1"),
            [_store.Map.Long, _store.Map.Long], [parent.Segment, depth], _ => true, cancellationToken).ConfigureAwait(false);
        return taken.Count > 0;
    }

    /// <summary>The next sequence number (see <see cref="CommitSequence"/>): taken once per transaction, then counted on.</summary>
    public async Task<long> NextSequenceAsync(CancellationToken cancellationToken)
    {
        var seq = _nextSeq ?? await CommitSequence.NextAsync(_store, cancellationToken).ConfigureAwait(false);
        _nextSeq = seq + 1;
        return seq;
    }

    /// <summary>
    /// A commit's checksum (docs/checksums.md): its parents' checksums in parent order, the checksums of the versions it
    /// makes current, the eternal ids it removes, author, message and timestamp.
    /// </summary>
    public static Checksum ChecksumOf(IEnumerable<Checksum> parents, IEnumerable<Checksum> versions, IEnumerable<EternalId> removals, string author, string message, DateTimeOffset timestamp) =>
        new CommitContent(parents, versions, removals, author, message, timestamp).ComputeChecksum();

    /// <summary><see cref="ChecksumOf(IEnumerable{Checksum}, IEnumerable{Checksum}, IEnumerable{EternalId}, string, string, DateTimeOffset)"/> of a commit's change rows, each with its version checksum recorded.</summary>
    public static Checksum ChecksumOf(IEnumerable<Checksum> parents, IReadOnlyCollection<ChangeRow> changes, string author, string message, DateTimeOffset timestamp) =>
        ChecksumOf(
            parents,
            changes.Where(c => c.VersionId is not null).Select(c => new Checksum(c.VersionChecksum!)),
            changes.Where(c => c.VersionId is null).Select(c => c.EternalId),
            author,
            message,
            timestamp);

    /// <summary>
    /// Records the version checksum of each of <paramref name="changes"/> that has none (written before checksums were
    /// recorded at save): hashed from the version now, and stored on its change row.
    /// </summary>
    public async Task RecordChecksumsAsync(IReadOnlyCollection<ChangeRow> changes, CancellationToken cancellationToken)
    {
        var missing = changes.Where(c => c.VersionId is not null && c.VersionChecksum is null).ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        var contents = await _store.LoadContentsAsync(missing.Select(c => (c.EntityType, c.VersionId!.Value)), cancellationToken).ConfigureAwait(false);
        foreach (var change in missing)
        {
            change.VersionChecksum = contents[change.VersionId!.Value].ComputeChecksum().ToByteArray();
            await ExecuteAsync(
                ChangeTable.SetChecksumSql,
                [_store.Map.Bytes, _store.Map.CommitId, _store.Map.EternalId], [change.VersionChecksum, change.CommitId, change.EternalId], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                VersionTable.For(_store, change.EntityType).SetChecksumSql,
                [_store.Map.Bytes, _store.Map.VersionId], [change.VersionChecksum, change.VersionId], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Moves a commit's change rows and the versions it made to its place (they carry the segment and depth the as-of
    /// index reads).
    /// </summary>
    public async Task MoveChangesAsync(CommitId commit, long segment, long depth, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            ChangeTable.PlaceSql,
            [_store.Map.Long, _store.Map.Long, _store.Map.CommitId], [segment, depth, commit], cancellationToken).ConfigureAwait(false);
        foreach (var table in await VersionTable.OfCommitAsync(_store, commit, own: true, cancellationToken).ConfigureAwait(false))
        {
            await ExecuteAsync(table.PlaceSql, [_store.Map.Long, _store.Map.Long, _store.Map.CommitId], [segment, depth, commit], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Ends the validity (<see cref="ChangeRow.UntilDepth"/>) of the rows that the change rows of the commits placed
    /// since the last call (<see cref="Placed"/>) supersede, in the order they were placed: for each entity a commit at
    /// (segment, depth) changes, the entity's open row in that segment (at most one: each change closes the one before)
    /// gets that depth. Call once those commits' change rows are written at their place and before anything reads
    /// through them (finalize: after moving its rows, before the constraint checks; the appender: after it flushes its
    /// queued rows; a transfer: after each batch, its commits in placement order). One statement per commit, a seek per
    /// entity on the entity-path index; a failure later rolls it back with the rest of the transaction.
    /// </summary>
    public async Task CloseIntervalsAsync(CancellationToken cancellationToken)
    {
        foreach (var (commit, segment, depth, tables) in _unclosed)
        {
            await ExecuteAsync(ChangeTable.CloseIntervalsSql(_store), [_store.Map.Long, _store.Map.Long, _store.Map.CommitId], [depth, segment, commit], cancellationToken).ConfigureAwait(false);
            foreach (var table in tables ?? await VersionTable.OfCommitAsync(_store, commit, own: false, cancellationToken).ConfigureAwait(false))
            {
                await ExecuteAsync(table.CloseIntervalsSql(_store.Dialect), [_store.Map.Long, _store.Map.Long, _store.Map.CommitId], [depth, segment, commit], cancellationToken).ConfigureAwait(false);
            }
        }

        _unclosed.Clear();
    }

    /// <summary>
    /// Records that <paramref name="commit"/>'s change rows are at their final place, (<paramref name="segment"/>,
    /// <paramref name="depth"/>), for <see cref="CloseIntervalsAsync"/>; <paramref name="tables"/>, the version tables its
    /// entities' rows can be in when the caller knows them (else they are read from its change rows).
    /// </summary>
    public void Placed(CommitId commit, long segment, long depth, IReadOnlyList<VersionTable>? tables = null) => _unclosed.Add((commit, segment, depth, tables));

    /// <summary>
    /// Puts a working commit in its place (segment, depth, generation) ahead of finalizing it: the slot is claimed before
    /// the constraint checks, and the commit becomes finalized (and numbered) last, see <see cref="CommitSequence"/>.
    /// </summary>
    public Task SetPlaceAsync(CommitRow commit, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"UPDATE {SystemTables.Commits} SET segment = @p0, depth = @p1, generation = @p2 WHERE id = @p3 AND state = @p4",
            [_store.Map.Long, _store.Map.Long, _store.Map.Long, _store.Map.CommitId, _store.Map.State],
            [commit.Segment, commit.Depth, commit.Generation, commit.Id, CommitState.Working],
            cancellationToken);

    /// <summary>Deletes a working commit's private segment once the commit continues its parent's.</summary>
    public Task ReleaseSegmentAsync(long segment, CancellationToken cancellationToken) =>
        ExecuteAsync($"DELETE FROM {SystemTables.Segments} WHERE id = @p0", [_store.Map.Long], [segment], cancellationToken);

    /// <summary>
    /// The finalize statement: the working commit <paramref name="commit"/> becomes finalized with its checksum,
    /// author, message, timestamp, place and sequence number, and leaves its branch; and its
    /// <paramref name="manifest"/> (<see cref="CommitManifest.Of(IEnumerable{Guid})"/> of the changes it was hashed
    /// over) is recorded.
    /// </summary>
    /// <exception cref="WorkingCommitFinalizedException">It is no longer a working commit (finalized meanwhile, or gone).</exception>
    public async Task FinalizeAsync(CommitRow commit, byte[] manifest, CancellationToken cancellationToken)
    {
        var map = _store.Map;
        var finalized = await ExecuteAsync(
            $"UPDATE {SystemTables.Commits} SET state = @p0, checksum = @p1, author = @p2, message = @p3, timestamp_us = @p4, segment = @p5, depth = @p6, generation = @p7, branch = NULL, seq = @p8 WHERE id = @p9 AND state = @p10",
            [map.State, map.Bytes, map.Text, map.Text, map.Long, map.Long, map.Long, map.Long, map.NullableLong, map.CommitId, map.State],
            [CommitState.Finalized, commit.Checksum, commit.Author, commit.Message, commit.TimestampMicros, commit.Segment, commit.Depth, commit.Generation, commit.Seq, commit.Id, CommitState.Working],
            cancellationToken).ConfigureAwait(false);
        if (finalized != 1)
        {
            throw new WorkingCommitFinalizedException(commit.Id);
        }

        await ExecuteAsync(CommitManifest.InsertSql, [map.CommitId, map.Bytes], [commit.Id, manifest], cancellationToken).ConfigureAwait(false);
        commit.State = CommitState.Finalized;
        commit.Branch = null;
    }

    /// <summary>
    /// The branch's head, locked on PostgreSQL until the transaction ends: finalizes on one branch take turns, and the
    /// second finds the branch moved (rather than a slot or a number taken).
    /// </summary>
    public async Task<CommitId?> LockBranchAsync(string branch, CancellationToken cancellationToken)
    {
        var heads = await QueryAsync(
            $"SELECT commit_id FROM {SystemTables.Refs}{_store.Dialect.LockRowHint} WHERE name = @p0{_store.Dialect.LockRowClause}",
            [_store.Map.Text], [branch], reader => new CommitId(GuidColumn.Read(reader, 0)), cancellationToken).ConfigureAwait(false);
        return heads.Count == 0 ? null : heads[0];
    }

    /// <summary>
    /// Moves <paramref name="branch"/> from <paramref name="expected"/> to <paramref name="target"/> by compare-and-swap,
    /// creating it when <paramref name="expected"/> is null.
    /// </summary>
    /// <exception cref="BranchMovedException">The branch is not at <paramref name="expected"/> (or, to be created, exists already); nothing moved.</exception>
    public async Task MoveBranchAsync(string branch, CommitId? expected, CommitId target, CancellationToken cancellationToken)
    {
        var map = _store.Map;
        // Creating: a branch another writer created meanwhile is a move like any other, not a duplicate key (which
        // would also abort a PostgreSQL transaction).
        var moved = expected is null
            ? await ExecuteAsync(
                CreateRefSql(_store.Dialect),
                [map.Text, map.RefKind, map.CommitId], [branch, RefKind.Branch, target], cancellationToken).ConfigureAwait(false)
            : await ExecuteAsync(
                $"UPDATE {SystemTables.Refs} SET commit_id = @p0 WHERE name = @p1 AND commit_id = @p2",
                [map.CommitId, map.Text, map.CommitId], [target, branch, expected], cancellationToken).ConfigureAwait(false);
        if (moved != 1)
        {
            var actual = await _store.FindRefAsync(branch, cancellationToken).ConfigureAwait(false);
            throw new BranchMovedException(branch, expected, actual?.CommitId);
        }
    }

    public void Dispose()
    {
        foreach (var statement in _prepared?.Values ?? Enumerable.Empty<Statement>())
        {
            statement.Dispose();
        }

        _prepared?.Clear();
    }

    private Task<int> ExecuteAsync(string sql, RelationalTypeMapping?[] mappings, object?[] values, CancellationToken cancellationToken) =>
        _prepared is null ? _store.ExecuteAsync(sql, mappings, values, cancellationToken) : Prepared(sql, mappings).ExecuteAsync(cancellationToken, values);

    private async Task<List<T>> QueryAsync<T>(string sql, RelationalTypeMapping?[] mappings, object?[] values, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        if (_prepared is null)
        {
            return await _store.QueryAsync(sql, mappings, values, read, cancellationToken).ConfigureAwait(false);
        }

        var rows = new List<T>();
        await using var reader = await Prepared(sql, mappings).ReaderAsync(cancellationToken, values).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The statement for <paramref name="sql"/>, prepared once and kept (the SQL text is its key).</summary>
    private Statement Prepared(string sql, RelationalTypeMapping?[] mappings)
    {
        if (!_prepared!.TryGetValue(sql, out var statement))
        {
            statement = _store.Prepare(sql, mappings);
            _prepared[sql] = statement;
        }

        return statement;
    }

    /// <summary>Ref <c>@p0</c> (kind <c>@p1</c>: branch or tag) at commit <c>@p2</c>, unless a ref of that name is there (then no row is inserted).</summary>
    internal static string CreateRefSql(Versioner.Storage.Dialects.Dialect dialect) =>
        dialect.InsertIfAbsent(SystemTables.Refs, ["name", "kind", "commit_id"], ["name"], "VALUES (@p0, @p1, @p2)");
}
