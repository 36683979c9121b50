using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// Writes versions into a working commit: copy-on-write for finalized versions, in place for the working commit's
/// own, with change rows, eternal ids and pointer records. New rows go out in bulk (<see cref="NewRows"/>: binary COPY
/// on PostgreSQL for large saves, one prepared statement per table otherwise); edits of existing rows, one statement each.
/// </summary>
internal static class VersionWriter
{
    public static async Task WriteAsync(GraphStore store, CommitRow working, VersionTable table, IReadOnlyList<PendingVersion> versions, CancellationToken cancellationToken)
    {
        var map = store.Map;
        var existingIds = versions.Where(v => !v.EternalId.IsEmpty).Select(v => v.EternalId).Distinct().ToArray();
        var (known, workingChanges) = await ExistingAsync(store, working.Id, existingIds, cancellationToken).ConfigureAwait(false);
        foreach (var (id, type) in known.Concat(workingChanges.Select(w => KeyValuePair.Create(w.Key, w.Value.EntityType))))
        {
            if (!string.Equals(type, table.EntityType, StringComparison.Ordinal))
            {
                throw new EntityTypeMismatchException(id, type, table.EntityType);
            }
        }

        await RefuseTakenVersionIdsAsync(store, table, versions, workingChanges, cancellationToken).ConfigureAwait(false);
        using var pointers = new PointerStore(store);
        await pointers.WriteAsync(versions.SelectMany(v => v.Pointers), cancellationToken).ConfigureAwait(false);

        using var rows = new NewRows(store, table, versions.Count);
        using var rehashVersion = store.Prepare(table.SetChecksumSql, map.Bytes, map.VersionId);
        using var updateVersion = store.Prepare(table.UpdateSql, table.UpdateMappings);

        foreach (var version in versions)
        {
            if (version.EternalId.IsEmpty)
            {
                version.EternalId = EternalId.New();
                version.IsNewEntity = true;
            }
            else if (!workingChanges.ContainsKey(version.EternalId) && !known.ContainsKey(version.EternalId))
            {
                version.IsNewEntity = true;
            }

            if (version.IsNewEntity)
            {
                rows.AddEntity(version.EternalId);
                known[version.EternalId] = table.EntityType;
            }

            if (workingChanges.TryGetValue(version.EternalId, out var current) && current.VersionId is { } inPlace && !current.Adopted)
            {
                if (version.RequestedVersionId is { } requested && requested != inPlace)
                {
                    throw new DuplicateVersionIdException(requested, $"{table.EntityType} {version.EternalId} already has version {inPlace} in working commit {working.Id}; a second version {requested} of the same entity needs its own commit. Finalize first.");
                }

                // The working commit's own version: still mutable, edited in place (in the buffer if not written yet).
                var values = version.Columns(version.EternalId, inPlace, working.Id);
                var edited = version.Content(version.EternalId, inPlace).ComputeChecksum().ToByteArray();
                if (!rows.TryReplaceVersion(inPlace, values, edited))
                {
                    await updateVersion.ExecuteAsync(cancellationToken, [.. values, inPlace]).ConfigureAwait(false);
                    await rehashVersion.ExecuteAsync(cancellationToken, edited, inPlace).ConfigureAwait(false);
                }

                version.Assign?.Invoke(version.EternalId, inPlace, working.Id);
                continue;
            }

            var versionId = version.RequestedVersionId ?? VersionId.New();
            var columns = version.Columns(version.EternalId, versionId, working.Id);

            // Hashed from the canonical content as it is written: canonical values read back identically from every
            // supported database, and Verify re-hashes what is stored.
            var checksum = version.Content(version.EternalId, versionId).ComputeChecksum().ToByteArray();
            rows.AddVersion(working, versionId, columns, checksum);
            if (workingChanges.ContainsKey(version.EternalId))
            {
                // Removed earlier in this working commit (or taken over from another commit), saved again: its
                // removal or adoption row goes, the new version's row being the entity's change now.
                await store.ExecuteAsync(ChangeTable.DeleteSql, [map.CommitId, map.EternalId], [working.Id, version.EternalId], cancellationToken).ConfigureAwait(false);
            }

            workingChanges[version.EternalId] = (table.EntityType, versionId, false);
            version.Assign?.Invoke(version.EternalId, versionId, working.Id);
            if (rows.IsFull)
            {
                await rows.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await rows.FlushAsync(cancellationToken).ConfigureAwait(false);
        GraphTelemetry.VersionsWritten.Add(versions.Count, new KeyValuePair<string, object?>("db.system.name", GraphTelemetry.SystemName(store.Db)));
    }

    /// <summary>
    /// Refuses version ids a caller chose that a stored version already has (other than the working version the save
    /// edits in place), before anything is written: the database would otherwise refuse the row with its own error.
    /// </summary>
    private static async Task RefuseTakenVersionIdsAsync(
        GraphStore store, VersionTable table, IReadOnlyList<PendingVersion> versions, Dictionary<EternalId, (string EntityType, VersionId? VersionId, bool Adopted)> workingChanges, CancellationToken cancellationToken)
    {
        var requested = versions
            .Where(v => v.RequestedVersionId is { } id && !(workingChanges.TryGetValue(v.EternalId, out var own) && !own.Adopted && own.VersionId == id))
            .Select(v => v.RequestedVersionId!.Value).Distinct().ToArray();
        if (requested.Length == 0)
        {
            return;
        }

        var taken = table.Type is { } type
            ? await type.ExistingVersionsAsync(store.Db, requested, cancellationToken).ConfigureAwait(false)
            : (await store.Db.Set<DocumentRow>().AsNoTracking().Where(d => requested.Contains(d.VersionId)).Select(d => d.VersionId).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        if (taken.Count > 0)
        {
            var id = taken.First();
            throw new DuplicateVersionIdException(id, $"Version id {id} is taken: a stored {table.EntityType} version has it. Choose a new id for each version; nothing was written.");
        }
    }

    /// <summary>
    /// Refuses declared references that are unset, name nothing, or pin another workspace's draft, before anything is
    /// written: one query per declared reference (per 500 ids).
    /// </summary>
    public static async Task CheckReferencesAsync(GraphStore store, CommitRow working, VersionedType type, IReadOnlyList<Versioned> entities, CancellationToken cancellationToken)
    {
        var savedHere = entities.Select(e => e.EternalId).Where(id => !id.IsEmpty).ToHashSet();
        foreach (var reference in type.References)
        {
            var property = type.EntityType.FindProperty(reference.Property)!;
            var values = entities.Select(e => property.GetGetter().GetClrValue(e)).Where(v => v is not null).ToArray();
            var target = store.Model.Get(reference.Target);
            if (reference.Pinned)
            {
                if (values.Cast<VersionId>().Any(v => v.IsEmpty))
                {
                    throw new MissingReferenceException(type.Name, reference.Property, target.Name, pinned: true);
                }

                var ids = values.Cast<VersionId>().Distinct().ToArray();
                var existing = await PinnedCommitsAsync(store, target, ids, cancellationToken).ConfigureAwait(false);
                foreach (var id in ids)
                {
                    if (!existing.TryGetValue(id, out var commit))
                    {
                        throw new DanglingReferenceException(type.Name, reference.Property, target.Name, id.Value, pinned: true);
                    }

                    if (commit.State != CommitState.Finalized && commit.Id != working.Id)
                    {
                        throw new PinnedVersionNotFinalizedException(type.Name, reference.Property, target.Name, id, commit.Id);
                    }
                }
            }
            else
            {
                if (values.Cast<EternalId>().Any(v => v.IsEmpty))
                {
                    throw new MissingReferenceException(type.Name, reference.Property, target.Name, pinned: false);
                }

                var ids = values.Cast<EternalId>().Where(v => !savedHere.Contains(v)).Distinct().ToArray();
                var existing = await EntityTypesAsync(store, ids, cancellationToken).ConfigureAwait(false);
                if (ids.FirstOrDefault(id => !existing.ContainsKey(id)) is { IsEmpty: false } missing)
                {
                    throw new DanglingReferenceException(type.Name, reference.Property, target.Name, missing.Value, pinned: false);
                }
            }
        }
    }

    /// <summary>The commit (id and state) of each of <paramref name="ids"/> that is a version of <paramref name="target"/>.</summary>
    private static async Task<Dictionary<VersionId, (CommitId Id, CommitState State)>> PinnedCommitsAsync(GraphStore store, VersionedType target, VersionId[] ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<VersionId, (CommitId, CommitState)>();
        var idMapping = target.EntityType.FindProperty(nameof(Versioned.VersionId))!.GetRelationalTypeMapping();
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await store.QueryAsync(
                $"SELECT t.{target.VersionColumn}, k.id, k.state FROM {target.Table} t JOIN {SystemTables.Commits} k ON k.id = t.{target.CommitColumn} " +
                $"WHERE t.{target.VersionColumn} IN ({string.Join(", ", chunk.Select((_, i) => $"@p{i}"))})",
                chunk.Select(_ => (Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?)idMapping).ToArray(),
                chunk.Cast<object?>().ToArray(),
                reader => (
                    Version: new VersionId(GuidColumn.Read(reader, 0)),
                    Commit: new CommitId(GuidColumn.Read(reader, 1)),
                    State: (CommitState)Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)),
                cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                result[row.Version] = (row.Commit, row.State);
            }
        }

        return result;
    }

    /// <summary>Points the working commit at another commit's version of an entity (shared, not copied), or at its removal.</summary>
    public static async Task AdoptAsync(GraphStore store, CommitRow working, string entityType, EternalId eternalId, VersionContent? version, CancellationToken cancellationToken)
    {
        var map = store.Map;
        await store.ExecuteAsync(ChangeTable.DeleteSql, [map.CommitId, map.EternalId], [working.Id, eternalId], cancellationToken).ConfigureAwait(false);
        // A version of its own the working commit made of the entity has no change row to replace: its row goes.
        var table = VersionTable.For(store, entityType);
        await store.ExecuteAsync(table.DeleteOfEntitySql, [map.CommitId, map.EternalId], [working.Id, eternalId], cancellationToken).ConfigureAwait(false);

        await store.ExecuteAsync(ChangeTable.InsertSql, ChangeTable.InsertMappings(map), AdoptionRow(working, entityType, eternalId, version), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The change row by which a working commit takes over <paramref name="version"/> (made by another commit) as
    /// <paramref name="eternalId"/>'s state, or removes the entity when it is null; for a working commit that has no
    /// change of that entity yet (<see cref="AdoptAsync"/> replaces one).
    /// </summary>
    public static object?[] AdoptionRow(CommitRow working, string entityType, EternalId eternalId, VersionContent? version) =>
        ChangeTable.Row(working.Id, eternalId, entityType, version?.VersionId, version?.ComputeChecksum().ToByteArray(), working.Segment, working.Depth, adopted: version is not null);

    /// <summary>Records the removal of an entity in a working commit.</summary>
    public static async Task RemoveAsync(GraphStore store, CommitRow working, AncestryPath parentPath, string entityType, EternalId eternalId, CancellationToken cancellationToken)
    {
        var map = store.Map;
        var (_, changes) = await ExistingAsync(store, working.Id, [eternalId], cancellationToken).ConfigureAwait(false);
        var inParent = await store.Changes.CurrentOfAsync(parentPath, eternalId, cancellationToken).ConfigureAwait(false);
        var presentInParent = inParent?.VersionId is not null;
        if (changes.TryGetValue(eternalId, out var change))
        {
            if (!string.Equals(change.EntityType, entityType, StringComparison.Ordinal))
            {
                throw new EntityTypeMismatchException(eternalId, change.EntityType, entityType);
            }

            if (change.VersionId is null)
            {
                return; // already removed
            }

            if (change.Adopted)
            {
                // A version taken over from another commit: not ours to delete, only to stop pointing at.
                await store.ExecuteAsync(
                    presentInParent ? ChangeTable.DropAdoptedSql(store.Dialect) : ChangeTable.DeleteSql,
                    [map.CommitId, map.EternalId], [working.Id, eternalId], cancellationToken).ConfigureAwait(false);
                return;
            }

            var table = VersionTable.For(store, entityType);
            if (presentInParent)
            {
                await InsertRemovalAsync(store, working, entityType, eternalId, cancellationToken).ConfigureAwait(false);
            }

            await store.ExecuteAsync(table.DeleteSql, [map.VersionId], [change.VersionId], cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!presentInParent)
        {
            throw new EntityNotFoundException(entityType, eternalId.Value, "is not in the working commit's parent snapshot, so there is nothing to remove");
        }

        if (!string.Equals(inParent!.EntityType, entityType, StringComparison.Ordinal))
        {
            throw new EntityTypeMismatchException(eternalId, inParent.EntityType, entityType);
        }

        await InsertRemovalAsync(store, working, entityType, eternalId, cancellationToken).ConfigureAwait(false);
    }

    private static Task<int> InsertRemovalAsync(GraphStore store, CommitRow working, string entityType, EternalId eternalId, CancellationToken cancellationToken) =>
        store.ExecuteAsync(
            ChangeTable.RemovalSql(store.Dialect),
            [store.Map.CommitId, store.Map.EternalId, store.Map.Text, store.Map.Long, store.Map.Long],
            [working.Id, eternalId, entityType, working.Segment, working.Depth],
            cancellationToken);

    /// <summary>The type of each of <paramref name="ids"/> that exists: one statement per <see cref="ListChunk"/> ids (one list parameter).</summary>
    private static async Task<Dictionary<EternalId, string>> EntityTypesAsync(GraphStore store, EternalId[] ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<EternalId, string>();
        foreach (var chunk in ids.Chunk(ListChunk))
        {
            var (mapping, list) = store.Dialect.IdListParameter(store.Map, chunk.Select(id => id.Value));
            var rows = await store.QueryKeptAsync(
                EntityTypes.ByIdSql(store.Dialect),
                [mapping], [list],
                reader => (Id: new EternalId(GuidColumn.Read(reader, 0)), Type: reader.GetString(1)),
                cancellationToken).ConfigureAwait(false);
            foreach (var (id, type) in rows)
            {
                result[id] = type;
            }
        }

        return result;
    }

    /// <summary>Ids bound in one list parameter per statement.</summary>
    private const int ListChunk = 10_000;

    /// <summary>
    /// What a save needs to know of the eternal ids it names, in one statement per <see cref="ListChunk"/> ids (one list
    /// parameter, kept prepared): the type of each that exists without a change in the working commit, and the working
    /// commit's change of each that has one.
    /// </summary>
    private static async Task<(Dictionary<EternalId, string> Known, Dictionary<EternalId, (string EntityType, VersionId? VersionId, bool Adopted)> Working)> ExistingAsync(
        GraphStore store, CommitId working, EternalId[] ids, CancellationToken cancellationToken)
    {
        var known = new Dictionary<EternalId, string>();
        var changes = new Dictionary<EternalId, (string, VersionId?, bool)>();
        foreach (var chunk in ids.Chunk(ListChunk))
        {
            var (mapping, list) = store.Dialect.IdListParameter(store.Map, chunk.Select(id => id.Value));
            var rows = await store.QueryKeptAsync(
                $"SELECT e.eternal_id, e.entity_type, c.commit_id, c.entity_type, c.version_id, c.adopted FROM {SystemTables.Entities} e " +
                $"LEFT JOIN {ChangeReads.ChangeSetRows(store, "c")} ON c.commit_id = @p1 AND c.eternal_id = e.eternal_id WHERE {store.Dialect.InIdList("e.eternal_id", "@p0")}",
                [mapping, store.Map.CommitId], [list, working],
                reader => (
                    Id: new EternalId(GuidColumn.Read(reader, 0)),
                    Type: reader.GetString(1),
                    Change: reader.IsDBNull(2) ? null : ((string, VersionId?, bool)?)(reader.GetString(3), GuidColumn.ReadNullable(reader, 4) is { } v ? new VersionId(v) : null, reader.GetBoolean(5))),
                cancellationToken).ConfigureAwait(false);
            foreach (var (id, type, change) in rows)
            {
                if (change is { } c)
                {
                    changes[id] = c;
                }
                else
                {
                    known[id] = type;
                }
            }
        }

        return (known, changes);
    }
}
