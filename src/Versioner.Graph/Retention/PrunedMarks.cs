using Microsoft.EntityFrameworkCore;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Reads retention's marks. Read paths consult them only when a version row they expected is missing (one probe by
/// primary key), so a pruned version is reported as pruned, never as if the entity had not existed.
/// </summary>
internal static class PrunedMarks
{
    private const int Chunk = 500;

    public static async Task<Dictionary<VersionId, PrunedVersion>> FindAsync(GraphStore store, IEnumerable<VersionId> versionIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<VersionId, PrunedVersion>();
        foreach (var chunk in versionIds.Distinct().Chunk(Chunk))
        {
            var rows = await store.Db.Set<PrunedRow>().AsNoTracking().Where(p => chunk.Contains(p.VersionId)).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                result[row.VersionId] = ToPublic(row);
            }
        }

        return result;
    }

    /// <summary>Throws <see cref="VersionPrunedException"/> for the first of <paramref name="missing"/> that retention pruned; returns when none was.</summary>
    public static async Task ThrowIfPrunedAsync(GraphStore store, IEnumerable<VersionId> missing, CancellationToken cancellationToken)
    {
        var marks = await FindAsync(store, missing, cancellationToken).ConfigureAwait(false);
        if (marks.Count > 0)
        {
            throw new VersionPrunedException(marks.Values.OrderBy(m => m.VersionId.Value).First());
        }
    }

    public static PrunedVersion ToPublic(PrunedRow row) =>
        new(row.VersionId, row.EntityType, row.EternalId, row.CommitId, new Checksum(row.Checksum), Timestamps.FromUnixMicroseconds(row.PrunedAtMicros), row.Policy);
}
