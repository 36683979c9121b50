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
        await store.RefreshStaleStatisticsAsync(cancellationToken).ConfigureAwait(false);
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
            // A save into the working commit waits until this commits (and then finds it finalized), or committed before.
            await WorkingCommits.LockAsync(store, workingId, cancellationToken).ConfigureAwait(false);
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
            var writer = new CommitWriter(store);
            var head = await writer.LockBranchAsync(branch, cancellationToken).ConfigureAwait(false);
            if (head != parentId)
            {
                throw new BranchMovedException(branch, parentId, head);
            }

            if (selection is not null && parent is not null && working.Segment == parent.Segment)
            {
                // The working commit holds the slot after its parent, which the staged part takes: it goes on in a
                // private segment, re-parented onto the staged part below.
                await WorkingCommits.LeaveParentSegmentAsync(store, working, parent, cancellationToken).ConfigureAwait(false);
            }

            // A whole working commit's change rows already carry their place (the slot after the parent, or a private
            // segment); a staged part is carved into a new working commit, written in its place.
            var whole = selection is null ? await store.Changes.OfCommitsAsync([working.Id], cancellationToken).ConfigureAwait(false) : null;
            var (writtenSegment, writtenDepth) = (working.Segment, working.Depth);
            var (segment, depth) = await writer.PlaceAsync(parent, selection is null ? working.Segment : null, whole?.Count ?? 0, branch, cancellationToken).ConfigureAwait(false);
            CommitRow commit;
            if (selection is null)
            {
                commit = working;
            }
            else
            {
                commit = new CommitRow { Id = CommitId.New(), State = CommitState.Working, Segment = segment, Depth = depth, Branch = branch };
                await WorkingCommits.InsertAsync(store, commit, parentId, cancellationToken).ConfigureAwait(false);
                await Staging.CarveAsync(store, working, commit, parent, selection, cancellationToken).ConfigureAwait(false);
            }

            commit.Segment = segment;
            commit.Depth = depth;
            commit.Generation = CommitWriter.Generation(parents);

            // The commit takes its place now; it becomes finalized (and numbered) last, see CommitSequence.
            await writer.SetPlaceAsync(commit, cancellationToken).ConfigureAwait(false);
            if (selection is null && segment != writtenSegment)
            {
                // The working commit continues its parent's segment; its private segment is no longer needed.
                await writer.ReleaseSegmentAsync(writtenSegment, cancellationToken).ConfigureAwait(false);
            }

            if (whole is null || segment != writtenSegment || depth != writtenDepth)
            {
                await writer.MoveChangesAsync(commit.Id, segment, depth, cancellationToken).ConfigureAwait(false);
            }

            // Its rows are in place: the rows they supersede in the segment end here, before anything (the snapshot
            // constraints just below) reads the commit's state. A refusal later rolls this back with the rest.
            writer.Placed(commit.Id, segment, depth);
            await writer.CloseIntervalsAsync(cancellationToken).ConfigureAwait(false);

            var changes = whole ?? await store.Changes.OfCommitsAsync([commit.Id], cancellationToken).ConfigureAwait(false);
            if (changes.Count == 0 && parents.Count < 2)
            {
                // A merge may change nothing relative to its first parent and still record the merge.
                throw new NothingToCommitException(working.Id);
            }

            await writer.RecordChecksumsAsync(changes, cancellationToken).ConfigureAwait(false);
            store.NoteCommitWritten(changes);
            var timestamp = writer.Now();

            // A staged part's parent is the first parent only (a merge is finalized whole).
            var checksum = CommitWriter.ChecksumOf(
                selection is null ? parents.Select(p => new Checksum(p.Checksum!)) : parent is null ? [] : [new Checksum(parent.Checksum!)],
                changes,
                author,
                message,
                timestamp);

            var path = await store.PathAsync(commit, cancellationToken).ConfigureAwait(false);
            await ConstraintChecker.CheckAsync(store, commit, path, changes, cancellationToken).ConfigureAwait(false);
            await writer.MoveBranchAsync(branch, parentId, commit.Id, cancellationToken).ConfigureAwait(false);

            var next = selection is null ? null : await ReparentAsync(store, working, commit, parentId is null, cancellationToken).ConfigureAwait(false);

            commit.Checksum = checksum.ToByteArray();
            commit.Author = author;
            commit.Message = message;
            commit.TimestampMicros = Timestamps.ToUnixMicroseconds(timestamp);
            commit.Seq = await writer.NextSequenceAsync(cancellationToken).ConfigureAwait(false);
            await writer.FinalizeAsync(commit, CommitManifest.Of(changes), cancellationToken).ConfigureAwait(false);
            return (commit, next);
        }, cancellationToken).ConfigureAwait(false);
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
        await store.ExecuteAsync(ChangeTable.SetDepthSql, [map.Long, map.CommitId], [working.Depth, working.Id], cancellationToken).ConfigureAwait(false);
        foreach (var table in await VersionTable.OfCommitAsync(store, working.Id, own: true, cancellationToken).ConfigureAwait(false))
        {
            await store.ExecuteAsync(table.SetDepthSql, [map.Long, map.CommitId], [working.Depth, working.Id], cancellationToken).ConfigureAwait(false);
        }

        return working;
    }
}
