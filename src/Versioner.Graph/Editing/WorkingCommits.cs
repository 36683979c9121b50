using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Creates working commits and writes commit rows. A workspace writes its working commit at its first edit, not at
/// checkout, so a workspace never used leaves no rows behind; <see cref="DeleteAsync"/> removes one with everything it made.
/// </summary>
internal static class WorkingCommits
{
    /// <summary>
    /// Locks working commit <paramref name="id"/>'s row until the transaction ends, so that writers of it take turns:
    /// a save waits for a finalize (or a check and finalize, as the Studio's) that locked it first, and then finds it
    /// finalized or gone, instead of landing between what the finalize read and what it wrote. On PostgreSQL a save only
    /// adds rows, which take no lock a finalize waits on; on SQLite the write lock orders writers anyway (a no-op).
    /// Call inside the write's transaction, before reading the row.
    /// </summary>
    public static Task LockAsync(GraphStore store, CommitId id, CancellationToken cancellationToken) =>
        store.Dialect.LockWorkingCommitAsync(store, id, cancellationToken);

    /// <summary>
    /// A new working commit on <paramref name="branch"/>, child of <paramref name="parent"/> (null: a root). It takes
    /// the slot after its parent in the parent's segment when that slot is free and no other branch points at the parent,
    /// where finalize would put it: its change rows are then written in their final place, and finalize moves none
    /// (on PostgreSQL a move is a new row version of each, with new index entries). Taken by a commit or another working
    /// commit already, or at a tip another branch shares (whose first commit forks, see <see cref="CommitWriter.PlaceAsync"/>),
    /// it gets a private segment instead, and finalize moves its rows to where it lands. The slot is held until the
    /// commit is finalized or discarded: a workspace left open makes the next commit of another one on the branch fork once.
    /// </summary>
    public static async Task<CommitRow> CreateAsync(GraphStore store, string branch, CommitRow? parent, CancellationToken cancellationToken, CommitId? id = null)
    {
        var row = new CommitRow
        {
            Id = id ?? CommitId.New(),
            State = CommitState.Working,
            Depth = parent is null ? 0 : parent.Depth + 1,
            Generation = parent is null ? 0 : parent.Generation + 1,
            Branch = branch,
        };
        if (parent is not null && !await new CommitWriter(store).IsSharedTipAsync(parent, branch, cancellationToken).ConfigureAwait(false))
        {
            row.Segment = parent.Segment;
            if (await InsertAsync(store, row, parent.Id, cancellationToken, ifSlotFree: true).ConfigureAwait(false))
            {
                return row;
            }
        }

        row.Segment = await store.NewSegmentAsync(parent?.Segment, parent?.Depth ?? -1, cancellationToken).ConfigureAwait(false);
        await InsertAsync(store, row, parent?.Id, cancellationToken).ConfigureAwait(false);
        return row;
    }

    /// <summary>
    /// Moves a working commit that holds the slot after its parent (<see cref="CreateAsync"/>) to a private segment
    /// forked there, with its change rows: for a staged finalize, whose staged part takes that slot instead.
    /// </summary>
    public static async Task LeaveParentSegmentAsync(GraphStore store, CommitRow working, CommitRow parent, CancellationToken cancellationToken)
    {
        var map = store.Map;
        var segment = await store.NewSegmentAsync(parent.Segment, parent.Depth, cancellationToken).ConfigureAwait(false);
        await store.ExecuteAsync(
            $"UPDATE {SystemTables.Commits} SET segment = @p0 WHERE id = @p1 AND state = @p2",
            [map.Long, map.CommitId, map.State], [segment, working.Id, CommitState.Working], cancellationToken).ConfigureAwait(false);
        await new CommitWriter(store).MoveChangesAsync(working.Id, segment, working.Depth, cancellationToken).ConfigureAwait(false);
        working.Segment = segment;
    }

    /// <summary>
    /// Inserts a working commit's row, and its first-parent link when it has a parent. With <paramref name="ifSlotFree"/>,
    /// only when its (segment, depth) is free: an insert that skips a taken slot (no error to roll back), false then.
    /// </summary>
    public static async Task<bool> InsertAsync(GraphStore store, CommitRow row, CommitId? parent, CancellationToken cancellationToken, bool ifSlotFree = false)
    {
        if (await store.ExecuteAsync(InsertSql(store.Dialect, ifSlotFree), InsertMappings(store.Map), InsertValues(row), cancellationToken).ConfigureAwait(false) == 0)
        {
            return false;
        }

        if (parent is { } p)
        {
            await store.ExecuteAsync(ParentLinkSql, [store.Map.CommitId, store.Map.CommitId], [row.Id, p], cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// The statement inserting a working commit's row (values: <see cref="InsertMappings"/>, <see cref="InsertValues"/>);
    /// with <paramref name="ifSlotFree"/>, skipped when its (segment, depth) is taken. Shared with the document appender,
    /// which keeps it prepared.
    /// </summary>
    public static string InsertSql(Storage.Dialects.Dialect dialect, bool ifSlotFree) => ifSlotFree
        ? dialect.InsertIfAbsent(SystemTables.Commits, Columns, ["segment", "depth"], Values)
        : $"INSERT INTO {SystemTables.Commits} ({string.Join(", ", Columns)}) {Values}";

    public static Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] InsertMappings(Mappings map) =>
        [map.CommitId, map.State, map.Text, map.Text, map.Long, map.Long, map.Long, map.Long, map.NullableText];

    public static object?[] InsertValues(CommitRow row) =>
        [row.Id, row.State, row.Author, row.Message, row.TimestampMicros, row.Segment, row.Depth, row.Generation, row.Branch];

    /// <summary>A commit's first-parent link: <c>@p0</c> the commit, <c>@p1</c> the parent.</summary>
    public static readonly string ParentLinkSql = $"INSERT INTO {SystemTables.CommitParents} (commit_id, ordinal, parent_id) VALUES (@p0, 0, @p1)";

    private static readonly string[] Columns = ["id", "state", "checksum", "author", "message", "timestamp_us", "segment", "depth", "generation", "branch"];

    private const string Values = "VALUES (@p0, @p1, NULL, @p2, @p3, @p4, @p5, @p6, @p7, @p8)";

    /// <summary>
    /// Deletes a working commit and every row it made: its own versions (adopted ones belong to other commits and
    /// stay), documents, change rows, conflicts, parent links, and its private segment. Eternal ids and pointer
    /// records stay (the database guards keep both).
    /// </summary>
    public static async Task DeleteAsync(GraphStore store, CommitRow working, CancellationToken cancellationToken)
    {
        var map = store.Map;
        // Versions pinning other versions go first: a pin may name a version of this same working commit.
        foreach (var type in store.Model.Types.OrderBy(t => t.References.Any(r => r.Pinned) ? 0 : 1))
        {
            await store.ExecuteAsync($"DELETE FROM {type.Table} WHERE {type.CommitColumn} = @p0", [map.CommitId], [working.Id], cancellationToken).ConfigureAwait(false);
        }

        await store.ExecuteAsync($"DELETE FROM {SystemTables.Documents} WHERE commit_id = @p0", [map.CommitId], [working.Id], cancellationToken).ConfigureAwait(false);
        await store.ExecuteAsync(ChangeTable.DeleteOfCommitSql, [map.CommitId], [working.Id], cancellationToken).ConfigureAwait(false);
        foreach (var table in new[] { SystemTables.Conflicts, SystemTables.CommitParents })
        {
            await store.ExecuteAsync($"DELETE FROM {table} WHERE commit_id = @p0", [map.CommitId], [working.Id], cancellationToken).ConfigureAwait(false);
        }

        var deleted = await store.ExecuteAsync(
            $"DELETE FROM {SystemTables.Commits} WHERE id = @p0 AND state = @p1", [map.CommitId, map.State], [working.Id, CommitState.Working], cancellationToken).ConfigureAwait(false);
        if (deleted == 1)
        {
            // Its private segment; not the parent's, where it held the slot after the parent (CreateAsync).
            await store.ExecuteAsync(
                $"DELETE FROM {SystemTables.Segments} WHERE id = @p0 AND NOT EXISTS (SELECT 1 FROM {SystemTables.Commits} WHERE segment = @p0)",
                [map.Long], [working.Segment], cancellationToken).ConfigureAwait(false);
        }
    }
}
