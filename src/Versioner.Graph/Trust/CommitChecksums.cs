using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// A finalized commit's checksum recomputed from its stored parts (parents' checksums in order, the version checksums
/// its change rows record, its removals, author, message, timestamp), and the batched write of rewritten ones: shared by
/// Verify, redaction and checksum migrations, which agree with the commit writer byte for byte because they hash through it.
/// </summary>
internal static class CommitChecksums
{
    public static Checksum Compute(CommitRow row, IEnumerable<CommitParentRow> parents, IEnumerable<ChangeRow> changes, Func<CommitId, Checksum> parentChecksum)
    {
        var list = changes as IReadOnlyCollection<ChangeRow> ?? changes.ToList();
        return CommitWriter.ChecksumOf(
            parents.OrderBy(p => p.Ordinal).Select(p => parentChecksum(p.ParentId)),
            list,
            row.Author,
            row.Message,
            Timestamps.FromUnixMicroseconds(row.TimestampMicros));
    }

    /// <summary>
    /// Stores new checksums for a batch of commits in one statement (one per commit costs a round trip each, the bulk of
    /// the time on a server), as the dialect writes an update from a list of rows. Runs inside a maintenance transaction (the guards refuse it
    /// otherwise).
    /// </summary>
    public static Task SetAsync(GraphStore store, IReadOnlyList<(CommitId Id, byte[] Checksum)> changed, CancellationToken cancellationToken)
    {
        if (changed.Count == 0)
        {
            return Task.CompletedTask;
        }

        var map = store.Map;
        return store.ExecuteAsync(
            SetSql(store.Dialect, changed.Count),
            changed.SelectMany(_ => new RelationalTypeMapping?[] { map.CommitId, map.Bytes }).ToArray(),
            changed.SelectMany(c => new object?[] { c.Id, c.Checksum }).ToArray(),
            cancellationToken);
    }

    /// <summary>The update of <paramref name="count"/> commits' checksums: <c>@p0</c> id, <c>@p1</c> checksum, and so on.</summary>
    internal static string SetSql(Dialect dialect, int count) =>
        dialect.UpdateFromRows(SystemTables.Commits, "id", "checksum", string.Join(", ", Enumerable.Range(0, count).Select(i => $"(@p{2 * i}, @p{(2 * i) + 1})")));
}
