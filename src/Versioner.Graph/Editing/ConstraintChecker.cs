using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>Checks the snapshot a finalize would produce: declared uniqueness, references, pins and set members.</summary>
internal static class ConstraintChecker
{
    public static async Task CheckAsync(
        GraphStore store,
        CommitRow commit,
        AncestryPath path,
        IReadOnlyList<ChangeRow> changes,
        CancellationToken cancellationToken)
    {
        var violations = new List<ConstraintViolation>();
        var touchedTypes = changes.Where(c => c.VersionId is not null).Select(c => c.EntityType).ToHashSet(StringComparer.Ordinal);
        foreach (var type in store.Model.Types.Where(t => touchedTypes.Contains(t.Name)))
        {
            foreach (var constraint in type.UniqueConstraints)
            {
                violations.AddRange(await type.FindDuplicatesAsync(store, path, commit.Id, constraint, cancellationToken).ConfigureAwait(false));
            }
        }

        violations.AddRange(await ReferenceChecks.FindAsync(store, commit, path, changes, cancellationToken).ConfigureAwait(false));

        if (violations.Count > 0)
        {
            throw new SnapshotConstraintException(violations);
        }
    }
}
