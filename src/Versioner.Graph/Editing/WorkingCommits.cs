using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Creates working commits and writes commit rows. A workspace writes its working commit at its first edit, not at
/// checkout, so a workspace never used leaves no rows behind; <see cref="DeleteAsync"/> removes one with everything it made.
/// </summary>
internal static class WorkingCommits
{
    /// <summary>A new working commit on <paramref name="branch"/>, child of <paramref name="parent"/> (null: a root), in a private segment.</summary>
    public static async Task<CommitRow> CreateAsync(GraphStore store, string branch, CommitRow? parent, CancellationToken cancellationToken, CommitId? id = null)
    {
        var segment = await store.NewSegmentAsync(parent?.Segment, parent?.Depth ?? -1, cancellationToken).ConfigureAwait(false);
        var row = new CommitRow
        {
            Id = id ?? CommitId.New(),
            State = CommitState.Working,
            Segment = segment,
            Depth = parent is null ? 0 : parent.Depth + 1,
            Generation = parent is null ? 0 : parent.Generation + 1,
            Branch = branch,
        };
        await InsertAsync(store, row, parent?.Id, cancellationToken).ConfigureAwait(false);
        return row;
    }

    public static async Task InsertAsync(GraphStore store, CommitRow row, CommitId? parent, CancellationToken cancellationToken)
    {
        var map = store.Map;
        await store.ExecuteAsync(
            $"INSERT INTO {SystemTables.Commits} (id, state, checksum, author, message, timestamp_us, segment, depth, generation, branch) VALUES (@p0, @p1, NULL, @p2, @p3, @p4, @p5, @p6, @p7, @p8)",
            [map.CommitId, map.State, map.Text, map.Text, map.Long, map.Long, map.Long, map.Long, map.NullableText],
            [row.Id, row.State, row.Author, row.Message, row.TimestampMicros, row.Segment, row.Depth, row.Generation, row.Branch],
            cancellationToken).ConfigureAwait(false);
        if (parent is { } p)
        {
            await store.ExecuteAsync(
                $"INSERT INTO {SystemTables.CommitParents} (commit_id, ordinal, parent_id) VALUES (@p0, 0, @p1)",
                [map.CommitId, map.CommitId], [row.Id, p], cancellationToken).ConfigureAwait(false);
        }
    }

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

        foreach (var table in new[] { SystemTables.Documents, SystemTables.Changes, SystemTables.Conflicts, SystemTables.CommitParents })
        {
            await store.ExecuteAsync($"DELETE FROM {table} WHERE commit_id = @p0", [map.CommitId], [working.Id], cancellationToken).ConfigureAwait(false);
        }

        var deleted = await store.ExecuteAsync(
            $"DELETE FROM {SystemTables.Commits} WHERE id = @p0 AND state = @p1", [map.CommitId, map.State], [working.Id, CommitState.Working], cancellationToken).ConfigureAwait(false);
        if (deleted == 1)
        {
            await store.ExecuteAsync($"DELETE FROM {SystemTables.Segments} WHERE id = @p0", [map.Long], [working.Segment], cancellationToken).ConfigureAwait(false);
        }
    }
}
