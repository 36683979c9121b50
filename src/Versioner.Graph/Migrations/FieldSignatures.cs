using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// The field set of each versioned entity type (names and CLR types), recorded in <c>versioner_meta</c> when the type is
/// first seen, so a schema migration that changes it is noticed before versions hashed under the old field set are
/// mixed with versions hashed under the new one.
/// </summary>
internal static class FieldSignatures
{
    private const string Prefix = "fields:";

    /// <summary>The <c>versioner_meta</c> key of <paramref name="entityType"/>'s field set.</summary>
    public static string Key(string entityType) => Prefix + entityType;

    /// <summary>The field set of <paramref name="type"/> as sorted <c>name: type</c> entries (what a version's checksum depends on).</summary>
    public static string[] Of(VersionedType type) => type.Fields
        .Select(f => $"{f.Name}: {(Nullable.GetUnderlyingType(f.ClrType) ?? f.ClrType).FullName}")
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Records the field sets of types seen for the first time and returns the types whose recorded field set differs
    /// from the model's (with <c>HasVersions</c> telling whether any checksum depends on the old one).
    /// </summary>
    public static async Task<List<(VersionedType Type, FieldSetChange Change, bool HasVersions)>> CheckAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var changed = new List<(VersionedType, FieldSetChange, bool)>();
        if (store.Model.Types.Count == 0)
        {
            // Dynamic documents only (the ingest service): nothing has a field set to record.
            return changed;
        }

        var recorded = await store.Db.Set<MetaRow>().AsNoTracking().Where(m => m.Key.StartsWith(Prefix))
            .ToDictionaryAsync(m => m.Key, m => m.Value, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var type in store.Model.Types)
        {
            var now = Of(type);
            if (!recorded.TryGetValue(Prefix + type.Name, out var before))
            {
                await store.ExecuteAsync(
                    GraphStore.InsertMetaSql(store.Dialect),
                    [store.Map.Text, store.Map.Text], [Prefix + type.Name, string.Join('\n', now)], cancellationToken).ConfigureAwait(false);
                continue;
            }

            var old = before.Length == 0 ? [] : before.Split('\n');
            if (old.SequenceEqual(now, StringComparer.Ordinal))
            {
                continue;
            }

            var change = new FieldSetChange(type.Name, now.Except(old, StringComparer.Ordinal).ToArray(), old.Except(now, StringComparer.Ordinal).ToArray());
            var hasVersions = await store.Changes.OfType(type.Name).AnyAsync(c => c.VersionId != null, cancellationToken).ConfigureAwait(false);
            changed.Add((type, change, hasVersions));
        }

        return changed;
    }

    /// <summary>Records <paramref name="type"/>'s current field set as the one its checksums were computed with.</summary>
    public static Task RecordAsync(GraphStore store, VersionedType type, CancellationToken cancellationToken) =>
        store.ExecuteAsync(
            $"UPDATE {SystemTables.Meta} SET value = @p1 WHERE {GraphStore.MetaKey} = @p0",
            [store.Map.Text, store.Map.Text], [Prefix + type.Name, string.Join('\n', Of(type))], cancellationToken);
}
