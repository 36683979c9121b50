using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Finalize: carve the staged part (or take the whole working commit), place it in the first-parent tree, checksum
/// its versions and itself, check snapshot constraints, and move the branch by compare-and-swap, all in one
/// transaction. The working commit goes on, re-parented onto the new commit.
/// </summary>
internal static class Finalizer
{
    private const int Attempts = 5;

    /// <summary>Finalizes in a <c>versioner.finalize</c> span, counting the commit and its duration (see <see cref="FinalizeUntracedAsync"/>).</summary>
    public static async Task<(CommitRow Commit, CommitRow? Working)> FinalizeAsync(
        GraphStore store, CommitId workingId, StageSelection? selection, string author, string message, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await GraphTelemetry.TraceAsync(
            "versioner.finalize",
            store.Db,
            null,
            () => FinalizeUntracedAsync(store, workingId, selection, author, message, cancellationToken),
            (span, r) => span.SetTag("versioner.commit.id", r.Commit.Id.ToString())).ConfigureAwait(false);
        var tags = new KeyValuePair<string, object?>("db.system.name", GraphTelemetry.SystemName(store.Db));
        GraphTelemetry.CommitsFinalized.Add(1, tags);
        GraphTelemetry.FinalizeDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        return result;
    }

    /// <summary>
    /// Finalizes, retrying when a concurrent finalize on another branch took the same commit slot or sequence number
    /// (only when this call owns the transaction). When the branch itself moved, that is a <see cref="BranchMovedException"/>.
    /// </summary>
    /// <returns>The commit, and the working commit going on: the same one re-parented after a staged finalize; null after a whole one (the workspace writes its next working commit at its next edit).</returns>
    private static async Task<(CommitRow Commit, CommitRow? Working)> FinalizeUntracedAsync(
        GraphStore store, CommitId workingId, StageSelection? selection, string author, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(message);
        FieldValue.CheckText(author, nameof(author));
        FieldValue.CheckText(message, nameof(message));
        var owned = store.Db.Database.CurrentTransaction is null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await FinalizeOnceAsync(store, workingId, selection, author, message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (owned && GraphStore.IsUniqueViolation(ex))
            {
                var working = await store.GetCommitRowAsync(workingId, cancellationToken).ConfigureAwait(false);
                var parent = await store.FirstParentAsync(workingId, cancellationToken).ConfigureAwait(false);
                var head = await store.FindRefAsync(working.Branch!, cancellationToken).ConfigureAwait(false);
                if (head?.CommitId != parent)
                {
                    throw new BranchMovedException(working.Branch!, parent, head?.CommitId);
                }

                if (attempt == Attempts)
                {
                    throw new FinalizeRetriesExhaustedException(workingId, attempt, ex);
                }
            }
        }
    }

    private static async Task<(CommitRow Commit, CommitRow? Working)> FinalizeOnceAsync(
        GraphStore store, CommitId workingId, StageSelection? selection, string author, string message, CancellationToken cancellationToken)
    {
        return await store.InTransactionAsync(async () =>
        {
            var map = store.Map;
            var working = await store.GetCommitRowAsync(workingId, cancellationToken).ConfigureAwait(false);
            if (working.State != CommitState.Working)
            {
                throw new WorkingCommitFinalizedException(workingId);
            }

            var branch = working.Branch!;
            var parentIds = await store.Db.Set<CommitParentRow>().AsNoTracking().Where(p => p.CommitId == working.Id)
                .OrderBy(p => p.Ordinal).Select(p => p.ParentId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var parents = new List<CommitRow>();
            foreach (var id in parentIds)
            {
                parents.Add(await store.GetCommitRowAsync(id, cancellationToken).ConfigureAwait(false));
            }

            var parentId = parentIds.Count > 0 ? parentIds[0] : (CommitId?)null;
            var parent = parents.Count > 0 ? parents[0] : null;
            if (parents.Count > 1 && selection is not null)
            {
                throw new MergeInProgressException(workingId, "A merge is finalized whole: stage nothing while merging, resolve the conflicts and call FinalizeAsync.");
            }

            var unresolved = await store.Db.Set<ConflictRow>().AsNoTracking().Where(c => c.CommitId == working.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (unresolved.Count > 0)
            {
                throw new UnresolvedConflictsException(working.Id, unresolved.Count);
            }
            // The branch is locked until the commit: a concurrent finalize on it waits here and then finds it moved.
            var head = await LockBranchAsync(store, branch, cancellationToken).ConfigureAwait(false);
            if (head != parentId)
            {
                throw new BranchMovedException(branch, parentId, head);
            }

            // A whole working commit's change rows already carry its private segment and its depth. Moving them into
            // the parent's segment is one UPDATE of every row: seconds for a million. A large commit keeps its private
            // segment instead (reads get one more range on their path; nothing else changes).
            var whole = selection is null ? await store.ChangeRowsAsync([working.Id], cancellationToken).ConfigureAwait(false) : null;
            var keepPrivate = whole is not null && whole.Count >= store.PrivateSegmentFrom;
            var (writtenSegment, writtenDepth) = (working.Segment, working.Depth);
            var (segment, depth) = await PlaceAsync(store, working, parent, inPlace: selection is null, keepPrivate, cancellationToken).ConfigureAwait(false);
            CommitRow commit;
            if (selection is null)
            {
                commit = working;
                if (segment != working.Segment)
                {
                    // The working commit continues its parent's segment; its private segment is no longer needed.
                    await store.ExecuteAsync($"UPDATE {SystemTables.Commits} SET segment = @p0 WHERE id = @p1", [map.Long, map.CommitId], [segment, working.Id], cancellationToken).ConfigureAwait(false);
                    await store.ExecuteAsync($"DELETE FROM {SystemTables.Segments} WHERE id = @p0", [map.Long], [working.Segment], cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                commit = new CommitRow { Id = CommitId.New(), State = CommitState.Working, Segment = segment, Depth = depth, Branch = branch };
                await WorkingCommits.InsertAsync(store, commit, parentId, cancellationToken).ConfigureAwait(false);
                await Staging.CarveAsync(store, working, commit, parent, selection, cancellationToken).ConfigureAwait(false);
            }

            commit.Segment = segment;
            commit.Depth = depth;
            commit.Generation = parents.Count == 0 ? 0 : parents.Max(p => p.Generation) + 1;
            if (whole is null || segment != writtenSegment || depth != writtenDepth)
            {
                await store.ExecuteAsync(
                    $"UPDATE {SystemTables.Changes} SET segment = @p0, depth = @p1 WHERE commit_id = @p2",
                    [map.Long, map.Long, map.CommitId], [segment, depth, commit.Id], cancellationToken).ConfigureAwait(false);
            }

            var changes = whole ?? await store.ChangeRowsAsync([commit.Id], cancellationToken).ConfigureAwait(false);
            if (changes.Count == 0 && parents.Count < 2)
            {
                // A merge may change nothing relative to its first parent and still record the merge.
                throw new NothingToCommitException(working.Id);
            }

            var added = await VersionChecksumsAsync(store, changes, cancellationToken).ConfigureAwait(false);
            var timestamp = Timestamps.Normalize(store.Options.TimeProvider.GetUtcNow());
            var content = new CommitContent(
                selection is null ? parents.Select(p => new Checksum(p.Checksum!)) : parent is null ? [] : [new Checksum(parent.Checksum!)],
                added,
                changes.Where(c => c.VersionId is null).Select(c => c.EternalId),
                author,
                message,
                timestamp);
            var checksum = content.ComputeChecksum();

            // The commit takes its place now; it becomes finalized (and numbered) last, see CommitSequence.
            await store.ExecuteAsync(
                $"UPDATE {SystemTables.Commits} SET segment = @p0, depth = @p1, generation = @p2 WHERE id = @p3 AND state = @p4",
                [map.Long, map.Long, map.Long, map.CommitId, map.State],
                [segment, depth, commit.Generation, commit.Id, CommitState.Working],
                cancellationToken).ConfigureAwait(false);

            var path = await store.PathAsync(commit, cancellationToken).ConfigureAwait(false);
            await ConstraintChecker.CheckAsync(store, commit, path, changes, cancellationToken).ConfigureAwait(false);
            await MoveBranchAsync(store, branch, parentId, commit.Id, cancellationToken).ConfigureAwait(false);

            var next = selection is null ? null : await ReparentAsync(store, working, commit, parentId is null, cancellationToken).ConfigureAwait(false);

            commit.State = CommitState.Finalized;
            commit.Checksum = checksum.ToByteArray();
            commit.Author = author;
            commit.Message = message;
            commit.TimestampMicros = Timestamps.ToUnixMicroseconds(timestamp);
            commit.Branch = null;
            commit.Seq = await CommitSequence.NextAsync(store, cancellationToken).ConfigureAwait(false);
            var finalized = await store.ExecuteAsync(
                $"UPDATE {SystemTables.Commits} SET state = @p0, checksum = @p1, author = @p2, message = @p3, timestamp_us = @p4, branch = NULL, seq = @p5 WHERE id = @p6 AND state = @p7",
                [map.State, map.Bytes, map.Text, map.Text, map.Long, map.NullableLong, map.CommitId, map.State],
                [CommitState.Finalized, commit.Checksum, author, message, commit.TimestampMicros, commit.Seq, commit.Id, CommitState.Working],
                cancellationToken).ConfigureAwait(false);
            if (finalized != 1)
            {
                throw new WorkingCommitFinalizedException(commit.Id);
            }

            return (commit, next);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The branch's head, locked on PostgreSQL until the transaction ends: finalizes on one branch take turns, and the
    /// second finds the branch moved (rather than a slot or a number taken).
    /// </summary>
    private static async Task<CommitId?> LockBranchAsync(GraphStore store, string branch, CancellationToken cancellationToken)
    {
        var forUpdate = store.Dialect.LockRowClause;
        var heads = await store.QueryAsync(
            $"SELECT commit_id FROM {SystemTables.Refs}{store.Dialect.LockRowHint} WHERE name = @p0{forUpdate}",
            [store.Map.Text], [branch], reader => new CommitId(reader.GetGuid(0)), cancellationToken).ConfigureAwait(false);
        return heads.Count == 0 ? null : heads[0];
    }

    /// <summary>Where the new commit goes: its parent's segment if that slot is free, otherwise a segment of its own.</summary>
    private static async Task<(long Segment, long Depth)> PlaceAsync(GraphStore store, CommitRow working, CommitRow? parent, bool inPlace, bool keepPrivate, CancellationToken cancellationToken)
    {
        if (parent is null)
        {
            return (inPlace ? working.Segment : await store.NewSegmentAsync(null, -1, cancellationToken).ConfigureAwait(false), 0);
        }

        var depth = parent.Depth + 1;
        if (keepPrivate)
        {
            return (working.Segment, depth); // forked from the parent at its depth since checkout
        }

        // Only the parent's children compete for the slot after it: where the engine has row locks they take turns, so
        // the second sees the slot taken instead of failing on the unique index.
        await store.Dialect.LockChildSlotAsync(store, parent.Id, cancellationToken).ConfigureAwait(false);

        var taken = await store.Commits.AnyAsync(c => c.Segment == parent.Segment && c.Depth == depth, cancellationToken).ConfigureAwait(false);
        if (!taken)
        {
            return (parent.Segment, depth);
        }

        return (inPlace ? working.Segment : await store.NewSegmentAsync(parent.Segment, parent.Depth, cancellationToken).ConfigureAwait(false), depth);
    }

    /// <summary>
    /// The checksums of the versions the commit makes current, as recorded when each was written. A row without one
    /// (written before checksums were recorded at save) is hashed now and recorded.
    /// </summary>
    private static async Task<List<Checksum>> VersionChecksumsAsync(GraphStore store, List<ChangeRow> changes, CancellationToken cancellationToken)
    {
        var current = changes.Where(c => c.VersionId is not null).ToArray();
        var missing = current.Where(c => c.VersionChecksum is null).ToArray();
        if (missing.Length > 0)
        {
            var contents = await store.LoadContentsAsync(missing.Select(c => (c.EntityType, c.VersionId!.Value)), cancellationToken).ConfigureAwait(false);
            foreach (var change in missing)
            {
                change.VersionChecksum = contents[change.VersionId!.Value].ComputeChecksum().ToByteArray();
                await store.ExecuteAsync(
                    $"UPDATE {SystemTables.Changes} SET version_checksum = @p0 WHERE commit_id = @p1 AND eternal_id = @p2",
                    [store.Map.Bytes, store.Map.CommitId, store.Map.EternalId], [change.VersionChecksum, change.CommitId, change.EternalId], cancellationToken).ConfigureAwait(false);
            }
        }

        return current.Select(c => new Checksum(c.VersionChecksum!)).ToList();
    }

    private static async Task MoveBranchAsync(GraphStore store, string branch, CommitId? expected, CommitId target, CancellationToken cancellationToken)
    {
        var map = store.Map;
        if (expected is null)
        {
            await store.ExecuteAsync(
                $"INSERT INTO {SystemTables.Refs} (name, kind, commit_id) VALUES (@p0, @p1, @p2)",
                [map.Text, map.RefKind, map.CommitId], [branch, RefKind.Branch, target], cancellationToken).ConfigureAwait(false);
            return;
        }

        var moved = await store.ExecuteAsync(
            $"UPDATE {SystemTables.Refs} SET commit_id = @p0 WHERE name = @p1 AND commit_id = @p2",
            [map.CommitId, map.Text, map.CommitId], [target, branch, expected], cancellationToken).ConfigureAwait(false);
        if (moved != 1)
        {
            var actual = await store.FindRefAsync(branch, cancellationToken).ConfigureAwait(false);
            throw new BranchMovedException(branch, expected, actual?.CommitId);
        }
    }

    private static async Task<CommitRow> ReparentAsync(GraphStore store, CommitRow working, CommitRow commit, bool wasRoot, CancellationToken cancellationToken)
    {
        var map = store.Map;
        if (wasRoot)
        {
            await store.ExecuteAsync($"INSERT INTO {SystemTables.CommitParents} (commit_id, ordinal, parent_id) VALUES (@p0, 0, @p1)", [map.CommitId, map.CommitId], [working.Id, commit.Id], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await store.ExecuteAsync($"UPDATE {SystemTables.CommitParents} SET parent_id = @p0 WHERE commit_id = @p1 AND ordinal = 0", [map.CommitId, map.CommitId], [commit.Id, working.Id], cancellationToken).ConfigureAwait(false);
        }

        await store.ExecuteAsync($"UPDATE {SystemTables.Segments} SET parent_segment = @p0, fork_depth = @p1 WHERE id = @p2", [map.Long, map.Long, map.Long], [commit.Segment, commit.Depth, working.Segment], cancellationToken).ConfigureAwait(false);
        working.Depth = commit.Depth + 1;
        working.Generation = commit.Generation + 1;
        await store.ExecuteAsync($"UPDATE {SystemTables.Commits} SET depth = @p0, generation = @p1 WHERE id = @p2", [map.Long, map.Long, map.CommitId], [working.Depth, working.Generation, working.Id], cancellationToken).ConfigureAwait(false);
        await store.ExecuteAsync($"UPDATE {SystemTables.Changes} SET depth = @p0 WHERE commit_id = @p1", [map.Long, map.CommitId], [working.Depth, working.Id], cancellationToken).ConfigureAwait(false);
        return working;
    }
}
