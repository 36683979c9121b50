using Microsoft.EntityFrameworkCore;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>Checks the snapshot a finalize would produce: declared uniqueness and declared references.</summary>
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

        // Only versions of types that declare references need their content read.
        var referring = changes.Where(c => c.VersionId is not null && store.Model.Find(c.EntityType) is { References.Count: > 0 }).ToArray();
        var contents = referring.Length == 0
            ? []
            : await store.LoadContentsAsync(referring.Select(c => (c.EntityType, c.VersionId!.Value)), cancellationToken).ConfigureAwait(false);
        var references = new List<(EternalId Source, string Property, string Target, EternalId Id)>();
        foreach (var content in contents.Values)
        {
            if (store.Model.Find(content.EntityType) is not { References.Count: > 0 } type)
            {
                continue;
            }

            foreach (var reference in type.References.Where(r => !r.Pinned))
            {
                if (content[reference.Property].ToObject() is EternalId target)
                {
                    references.Add((content.EternalId, reference.Property, store.Model.Get(reference.Target).Name, target));
                }
            }
        }

        if (references.Count > 0)
        {
            var present = new Dictionary<EternalId, string>();
            foreach (var chunk in references.Select(r => r.Id).Distinct().Chunk(500))
            {
                var rows = await store.Current(path, c => chunk.Contains(c.EternalId)).Where(c => c.VersionId != null)
                    .Select(c => new { c.EternalId, c.EntityType }).ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var row in rows)
                {
                    present[row.EternalId] = row.EntityType;
                }
            }

            foreach (var (source, property, target, id) in references)
            {
                if (!present.TryGetValue(id, out var actual) || actual != target)
                {
                    var sourceType = contents.Values.First(c => c.EternalId == source).EntityType;
                    var problem = actual is null ? "not in the snapshot" : $"a {actual}, not a {target}";
                    violations.Add(new ConstraintViolation($"{sourceType}.{property} → {target}", sourceType, [source, id], $"{id} is {problem}"));
                }
            }
        }

        if (violations.Count > 0)
        {
            throw new SnapshotConstraintException(violations);
        }
    }
}
