using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>Version contents: typed rows and documents loaded as canonical content, grouped by type.</summary>
internal sealed partial class GraphStore
{
    /// <summary>
    /// Loads the contents of versions, typed or documents, grouped by entity type, in one query per type (per 500).
    /// With <paramref name="raw"/>, typed versions are read with a raw reader instead of being materialized by EF. A
    /// version whose row is missing is <see cref="VersionPrunedException"/> when retention pruned it, otherwise
    /// <see cref="HistoryDamagedException"/>; with <paramref name="allowPruned"/> (callers that report pruned and missing
    /// versions themselves) it is left out.
    /// </summary>
    public async Task<Dictionary<VersionId, VersionContent>> LoadContentsAsync(IEnumerable<(string EntityType, VersionId VersionId)> versions, CancellationToken cancellationToken, bool allowPruned = false, bool raw = false)
    {
        var result = new Dictionary<VersionId, VersionContent>();
        var requested = new List<VersionId>();
        foreach (var group in versions.GroupBy(v => v.EntityType, StringComparer.Ordinal))
        {
            var ids = group.Select(v => v.VersionId).Distinct().ToArray();
            requested.AddRange(ids);
            var type = Model.Find(group.Key);
            if (type is not null && raw)
            {
                foreach (var content in await type.ReadContentsAsync(this, ids, cancellationToken).ConfigureAwait(false))
                {
                    result[content.VersionId] = content;
                }
            }
            else if (type is not null)
            {
                foreach (var entity in await type.LoadAsync(Db, ids, cancellationToken).ConfigureAwait(false))
                {
                    result[entity.VersionId] = type.ToContent(entity);
                }
            }
            else
            {
                Model.ThrowIfUndescribed(group.Key);
                foreach (var chunk in ids.Chunk(500))
                {
                    var rows = await Db.Set<DocumentRow>().AsNoTracking().Where(d => chunk.Contains(d.VersionId)).ToListAsync(cancellationToken).ConfigureAwait(false);
                    foreach (var row in rows)
                    {
                        result[row.VersionId] = VersionedType.DocumentContent(row.EntityType, row.EternalId, row.VersionId, row.Data);
                    }
                }
            }
        }

        if (!allowPruned && result.Count < requested.Count)
        {
            await PrunedMarks.ThrowIfPrunedAsync(this, requested.Where(id => !result.ContainsKey(id)), cancellationToken).ConfigureAwait(false);
            throw MissingRow(requested.First(id => !result.ContainsKey(id)));
        }

        return result;
    }

    /// <summary>A version the history lists whose row is gone and was not pruned: deleted behind Versioner's back.</summary>
    public static HistoryDamagedException MissingRow(VersionId version) =>
        new($"Version {version} is in the history but its row is missing: it was deleted outside Versioner (retention would have marked it pruned). Nothing was changed. Run repository.VerifyAsync() (or `versioner verify`) to find every damaged row.");
}
