using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Diffs two states by their paths: only entities changed in the ranges where the two first-parent histories differ
/// can differ, so the work is proportional to the changes between them, not to the size of either snapshot.
/// </summary>
internal static class DiffEngine
{
    public static async Task<Diff> DiffAsync(GraphStore store, AncestryPath from, AncestryPath to, CancellationToken cancellationToken)
    {
        // Every type's rows are read through the union of their tables: through an opening that cannot read one of them, a
        // diff would leave that type's changes out rather than fail, so it is refused naming the type.
        store.EnsureComplete();
        var touched = await ChangedBetweenAsync(store, from, to, cancellationToken).ConfigureAwait(false);
        if (touched.Count == 0)
        {
            return Diff.Empty;
        }

        var changes = new List<EntityChange>();
        foreach (var chunk in touched.Chunk(500))
        {
            var before = ByEntity(await store.Changes.CurrentOfAsync(from, chunk, cancellationToken).ConfigureAwait(false));
            var after = ByEntity(await store.Changes.CurrentOfAsync(to, chunk, cancellationToken).ConfigureAwait(false));
            var contents = await store.LoadContentsAsync(
                before.Values.Concat(after.Values).Where(c => c.VersionId is not null).Select(c => (c.EntityType, c.VersionId!.Value)),
                cancellationToken).ConfigureAwait(false);
            foreach (var id in chunk)
            {
                var oldVersion = before.GetValueOrDefault(id)?.VersionId;
                var newVersion = after.GetValueOrDefault(id)?.VersionId;
                if (oldVersion == newVersion)
                {
                    continue;
                }

                var change = EntityChange.Compare(
                    oldVersion is { } o ? contents[o] : null,
                    newVersion is { } n ? contents[n] : null);
                if (change is not null)
                {
                    changes.Add(change);
                }
            }
        }

        return new Diff(changes);
    }

    /// <summary>Each entity's current change; two for one entity can only be rows changed behind Versioner's back.</summary>
    private static Dictionary<EternalId, ChangeRow> ByEntity(IEnumerable<ChangeRow> changes)
    {
        var byEntity = new Dictionary<EternalId, ChangeRow>();
        foreach (var change in changes)
        {
            if (!byEntity.TryAdd(change.EternalId, change))
            {
                throw new HistoryDamagedException(
                    $"Entity {change.EternalId} has more than one current version at one commit (change rows of commits {byEntity[change.EternalId].CommitId} and {change.CommitId}): its change rows were changed outside Versioner. Nothing was changed. Run repository.VerifyAsync() (or `versioner verify`) to find every damaged row.");
            }
        }

        return byEntity;
    }

    /// <summary>
    /// The entities changed by a commit on one path and not on the other (only those can differ between the two states):
    /// the change rows of the commits in the ranges where the paths differ (<see cref="ChangeReads.ChangedIn"/>), so the
    /// work follows the commits between the two states.
    /// </summary>
    public static async Task<List<EternalId>> ChangedBetweenAsync(GraphStore store, AncestryPath from, AncestryPath to, CancellationToken cancellationToken)
    {
        var ranges = AncestryPath.SymmetricDifference(from, to);
        if (ranges.Count == 0)
        {
            return [];
        }

        return await store.Changes.ChangedIn(ranges).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
