using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;
using Versioner.Storage;

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
    /// the time on a server). <c>UPDATE ... FROM (VALUES ...)</c> is shared by PostgreSQL and SQLite 3.33+; both name
    /// the value columns <c>column1</c>, <c>column2</c>. Runs inside a maintenance transaction (the guards refuse it
    /// otherwise).
    /// </summary>
    public static Task SetAsync(GraphStore store, IReadOnlyList<(CommitId Id, byte[] Checksum)> changed, CancellationToken cancellationToken)
    {
        if (changed.Count == 0)
        {
            return Task.CompletedTask;
        }

        var map = store.Map;
        var pairs = string.Join(", ", changed.Select((_, i) => $"(@p{2 * i}, @p{(2 * i) + 1})"));
        return store.ExecuteAsync(
            $"UPDATE {SystemTables.Commits} SET checksum = v.column2 FROM (VALUES {pairs}) AS v WHERE {SystemTables.Commits}.id = v.column1",
            changed.SelectMany(_ => new RelationalTypeMapping?[] { map.CommitId, map.Bytes }).ToArray(),
            changed.SelectMany(c => new object?[] { c.Id, c.Checksum }).ToArray(),
            cancellationToken);
    }
}
