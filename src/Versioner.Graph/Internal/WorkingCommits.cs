using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>Creates working commits and writes commit rows.</summary>
internal static class WorkingCommits
{
    /// <summary>A new working commit on <paramref name="branch"/>, child of <paramref name="parent"/> (null: a root), in a private segment.</summary>
    public static async Task<CommitRow> CreateAsync(GraphStore store, string branch, CommitRow? parent, CancellationToken cancellationToken)
    {
        var segment = await store.NewSegmentAsync(parent?.Segment, parent?.Depth ?? -1, cancellationToken).ConfigureAwait(false);
        var row = new CommitRow
        {
            Id = CommitId.New(),
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
}
