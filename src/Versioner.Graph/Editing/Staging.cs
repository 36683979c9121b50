using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Moves the staged part of a working commit into a new commit: whole entities move as they are; for entities
/// staged by field, the new commit gets a new version made of the parent's version with just those fields taken
/// from the working version, while the working version stays (and now differs from the new commit only in the rest).
/// </summary>
internal static class Staging
{
    public static async Task CarveAsync(GraphStore store, CommitRow working, CommitRow commit, CommitRow? parent, StageSelection selection, CancellationToken cancellationToken)
    {
        var map = store.Map;
        var ids = selection.Entities.Concat(selection.Fields.Keys).Distinct().ToArray();
        var workingChanges = new Dictionary<EternalId, ChangeRow>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var row in await store.Changes.OfCommit(working.Id).Where(c => chunk.Contains(c.EternalId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                workingChanges[row.EternalId] = row;
            }
        }

        var missing = ids.Where(id => !workingChanges.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidStageSelectionException(working.Id, missing, $"{string.Join(", ", missing)} {(missing.Length == 1 ? "has" : "have")} no change in it");
        }

        using var moveChange = store.Prepare(ChangeTable.MoveToCommitSql, map.CommitId, map.CommitId, map.EternalId);
        foreach (var id in selection.Entities)
        {
            var change = workingChanges[id];
            await moveChange.ExecuteAsync(cancellationToken, commit.Id, working.Id, id).ConfigureAwait(false);
            if (change.VersionId is { } versionId && !change.Adopted)
            {
                var table = VersionTable.For(store, change.EntityType);
                await store.ExecuteAsync(table.MoveSql, [map.CommitId, map.VersionId], [commit.Id, versionId], cancellationToken).ConfigureAwait(false);
            }
        }

        var byField = selection.Fields.Where(f => !selection.Entities.Contains(f.Key)).ToArray();
        if (byField.Length == 0)
        {
            return;
        }

        var parentPath = parent is null ? AncestryPath.Empty : await store.PathAsync(parent, cancellationToken).ConfigureAwait(false);
        foreach (var (id, fields) in byField)
        {
            var change = workingChanges[id];
            var baseChange = await store.Changes.CurrentOfAsync(parentPath, id, cancellationToken).ConfigureAwait(false);
            if (change.VersionId is null || baseChange?.VersionId is null)
            {
                throw new InvalidStageSelectionException(working.Id, [id], $"{change.EntityType} {id} is {(change.VersionId is null ? "removed" : "new")} in it, so it is staged whole, not by field");
            }

            if (store.Model.Find(change.EntityType) is { } type)
            {
                if (fields.FirstOrDefault(f => !Array.Exists(type.Fields, p => p.Name == f)) is { } unknown)
                {
                    throw new InvalidStageSelectionException(working.Id, [id], $"{type.Name} has no field '{unknown}' to stage (its fields are: {string.Join(", ", type.Fields.Select(f => f.Name))})");
                }

                var loaded = await type.LoadAsync(store.Db, [change.VersionId.Value, baseChange.VersionId.Value], cancellationToken).ConfigureAwait(false);
                var current = loaded.Single(v => v.VersionId == change.VersionId);
                var staged = loaded.Single(v => v.VersionId == baseChange.VersionId);
                foreach (var field in fields)
                {
                    type.SetField(staged, current, field);
                }

                await VersionWriter.WriteAsync(store, commit, VersionTable.For(type, store.Map), [Pending(type, staged)], cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var rows = await store.Db.Set<DocumentRow>().AsNoTracking()
                    .Where(d => d.VersionId == change.VersionId || d.VersionId == baseChange.VersionId)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                var current = JsonNode.Parse(rows.Single(r => r.VersionId == change.VersionId).Data)!.AsObject();
                var staged = JsonNode.Parse(rows.Single(r => r.VersionId == baseChange.VersionId).Data)!.AsObject();
                foreach (var field in fields)
                {
                    staged.Remove(field);
                    if (current.TryGetPropertyValue(field, out var value))
                    {
                        staged[field] = value?.DeepClone();
                    }
                }

                var data = Documents.Canonical(staged.Deserialize<JsonElement>());
                await VersionWriter.WriteAsync(store, commit, VersionTable.ForDocuments(change.EntityType, map), [Documents.Pending(change.EntityType, id, data, null)], cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static PendingVersion Pending(VersionedType type, Versioned entity, VersionId? versionId = null) => new()
    {
        RequestedVersionId = versionId,
        EternalId = entity.EternalId,
        Pointers = type.Pointers(entity).ToArray(),
        Columns = (eternalId, versionId, commitId) =>
        {
            entity.EternalId = eternalId;
            entity.VersionId = versionId;
            entity.CommitId = commitId;
            return type.ColumnValues(entity);
        },
        Content = (eternalId, versionId) =>
        {
            entity.EternalId = eternalId;
            entity.VersionId = versionId;
            return type.ToContent(entity);
        },
        Assign = (eternalId, versionId, commitId) =>
        {
            entity.EternalId = eternalId;
            entity.VersionId = versionId;
            entity.CommitId = commitId;
        },
    };
}
