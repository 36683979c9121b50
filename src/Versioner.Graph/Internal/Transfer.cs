using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Copies a branch's missing commits from one database to another: commits in topological order with their parent
/// links, change rows, versions, eternal ids and pointer records, each re-hashed on arrival, all in one target
/// transaction (an interruption leaves the target as it was). The graph index (segments, depth, seq) is rebuilt in
/// the target's own terms; ids and checksums are kept.
/// </summary>
internal static class Transfer
{
    private const int Batch = 200;

    public static async Task<TransferResult> RunAsync(GraphStore source, GraphStore target, string branch, bool force, CancellationToken cancellationToken)
    {
        var sourceRef = await source.FindRefAsync(branch, cancellationToken).ConfigureAwait(false);
        if (sourceRef is not { Kind: RefKind.Branch })
        {
            throw new RevisionNotFoundException(branch, "no such branch in the source.");
        }

        var sourceGraph = await CommitGraph.ForAsync(source, cancellationToken).ConfigureAwait(false);
        return await target.InTransactionAsync(async () =>
        {
            var redactions = await RedactionSync.BeforeTransferAsync(source, target, cancellationToken).ConfigureAwait(false);
            var targetRef = await target.FindRefAsync(branch, cancellationToken).ConfigureAwait(false);
            var forced = false;
            CommitId? exclude = null;
            if (targetRef is not null)
            {
                var known = await source.Commits.AnyAsync(c => c.Id == targetRef.CommitId && c.State == CommitState.Finalized, cancellationToken).ConfigureAwait(false);
                if (known && sourceGraph.IsAncestor(targetRef.CommitId, sourceRef.CommitId))
                {
                    exclude = targetRef.CommitId;
                }
                else if (!force)
                {
                    throw new NonFastForwardException(branch, targetRef.CommitId);
                }
                else
                {
                    forced = true;
                }
            }

            // Commits the target lacks, oldest first so parents always land before children.
            var missing = new List<CommitId>();
            foreach (var chunk in sourceGraph.Walk(sourceRef.CommitId, exclude).Chunk(500))
            {
                var present = (await target.Commits.Where(c => chunk.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
                missing.AddRange(chunk.Where(id => !present.Contains(id)));
            }

            missing.Reverse();
            var versions = 0;
            foreach (var chunk in missing.Chunk(Batch))
            {
                versions += await CopyAsync(source, target, chunk, cancellationToken).ConfigureAwait(false);
            }

            var map = target.Map;
            if (targetRef is null)
            {
                await target.ExecuteAsync($"INSERT INTO {SystemTables.Refs} (name, kind, commit_id) VALUES (@p0, @p1, @p2)", [map.Text, map.RefKind, map.CommitId], [branch, RefKind.Branch, sourceRef.CommitId], cancellationToken).ConfigureAwait(false);
            }
            else if (await target.ExecuteAsync($"UPDATE {SystemTables.Refs} SET commit_id = @p0 WHERE name = @p1 AND commit_id = @p2", [map.CommitId, map.Text, map.CommitId], [sourceRef.CommitId, branch, targetRef.CommitId], cancellationToken).ConfigureAwait(false) != 1)
            {
                throw new BranchMovedException(branch, targetRef.CommitId, (await target.FindRefAsync(branch, cancellationToken).ConfigureAwait(false))?.CommitId);
            }

            return new TransferResult(branch, sourceRef.CommitId, missing.Count, versions, forced) { Redactions = redactions };
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> CopyAsync(GraphStore source, GraphStore target, CommitId[] ids, CancellationToken cancellationToken)
    {
        var rows = (await source.Commits.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id);
        var parents = (await source.Db.Set<CommitParentRow>().AsNoTracking().Where(p => ids.Contains(p.CommitId)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(p => p.CommitId);
        var changes = (await source.Changes.Where(c => ids.Contains(c.CommitId)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(c => c.CommitId);
        var owned = changes.SelectMany(g => g).Where(c => c.VersionId is not null && !c.Adopted).ToArray();

        // Version rows, as the source's entities (typed) or document rows.
        var entities = new Dictionary<VersionId, (VersionedType Type, Versioned Entity)>();
        var documents = new Dictionary<VersionId, DocumentRow>();
        foreach (var group in owned.GroupBy(c => c.EntityType, StringComparer.Ordinal))
        {
            var versionIds = group.Select(c => c.VersionId!.Value).ToArray();
            if (source.Model.Find(group.Key) is { } type)
            {
                var targetType = target.Model.Find(group.Key)
                    ?? throw new VersioningNotConfiguredException($"The target's model has no versioned entity type '{group.Key}'; both databases need the same model.");
                foreach (var entity in await type.LoadAsync(source.Db, versionIds, cancellationToken).ConfigureAwait(false))
                {
                    entities[entity.VersionId] = (targetType, entity);
                }
            }
            else
            {
                foreach (var chunk in versionIds.Chunk(500))
                {
                    foreach (var doc in await source.Db.Set<DocumentRow>().AsNoTracking().Where(d => chunk.Contains(d.VersionId)).ToListAsync(cancellationToken).ConfigureAwait(false))
                    {
                        documents[doc.VersionId] = doc;
                    }
                }
            }
        }

        var parentIds = parents.SelectMany(g => g).Select(p => p.ParentId).Distinct().ToArray();
        var targetParents = (await target.Commits.Where(c => parentIds.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id);
        var map = target.Map;
        using var pointers = new PointerStore(target);
        using var insertEntity = target.Prepare($"INSERT INTO {SystemTables.Entities} (eternal_id, entity_type) VALUES (@p0, @p1) ON CONFLICT (eternal_id) DO NOTHING", map.EternalId, map.Text);
        using var insertChange = target.Prepare(
            $"INSERT INTO {SystemTables.Changes} (commit_id, eternal_id, entity_type, version_id, version_checksum, segment, depth, adopted) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)",
            map.CommitId, map.EternalId, map.Text, map.VersionId, map.Bytes, map.Long, map.Long, map.Bool);
        using var insertParent = target.Prepare($"INSERT INTO {SystemTables.CommitParents} (commit_id, ordinal, parent_id) VALUES (@p0, @p1, @p2)", map.CommitId, map.Int, map.CommitId);
        var copied = 0;
        foreach (var id in ids)
        {
            var row = rows[id];
            var links = parents[id].OrderBy(p => p.Ordinal).ToArray();
            var commitParents = links.Select(l => targetParents[l.ParentId]).ToArray();

            // Re-hash on arrival: every version from its content, the commit from its parts.
            var added = new List<Checksum>();
            foreach (var change in changes[id].Where(c => c.VersionId is not null))
            {
                var recorded = change.VersionChecksum is null ? default : new Checksum(change.VersionChecksum);
                if (!change.Adopted)
                {
                    var content = entities.TryGetValue(change.VersionId!.Value, out var e) ? e.Type.ToContent(e.Entity)
                        : documents.TryGetValue(change.VersionId!.Value, out var d) ? VersionedType.DocumentContent(d.EntityType, d.EternalId, d.VersionId, d.Data)
                        : throw new TransferVerificationException(id, $"version {change.VersionId} is missing in the source");
                    if (content.ComputeChecksum() != recorded)
                    {
                        throw new TransferVerificationException(id, $"{change.EntityType} version {change.VersionId} does not match its checksum");
                    }
                }

                added.Add(recorded);
            }

            var checksum = new CommitContent(
                commitParents.Select(p => new Checksum(p.Checksum!)), added,
                changes[id].Where(c => c.VersionId is null).Select(c => c.EternalId),
                row.Author, row.Message, Timestamps.FromUnixMicroseconds(row.TimestampMicros)).ComputeChecksum();
            if (checksum != new Checksum(row.Checksum!))
            {
                throw new TransferVerificationException(id, "the commit does not match its checksum");
            }

            // Place it in the target's first-parent tree, as finalize would.
            var first = commitParents.FirstOrDefault();
            long segment;
            long depth;
            if (first is null)
            {
                segment = await target.NewSegmentAsync(null, -1, cancellationToken).ConfigureAwait(false);
                depth = 0;
            }
            else
            {
                depth = first.Depth + 1;
                var taken = await target.Commits.AnyAsync(c => c.Segment == first.Segment && c.Depth == depth, cancellationToken).ConfigureAwait(false);
                segment = taken ? await target.NewSegmentAsync(first.Segment, first.Depth, cancellationToken).ConfigureAwait(false) : first.Segment;
            }

            var placed = new CommitRow
            {
                Id = id,
                State = CommitState.Finalized,
                Checksum = row.Checksum,
                Author = row.Author,
                Message = row.Message,
                TimestampMicros = row.TimestampMicros,
                Segment = segment,
                Depth = depth,
                Generation = commitParents.Length == 0 ? 0 : commitParents.Max(p => p.Generation) + 1,
                Seq = (await target.Commits.MaxAsync(c => c.Seq, cancellationToken).ConfigureAwait(false) ?? 0) + 1,
            };
            await target.ExecuteAsync(
                $"INSERT INTO {SystemTables.Commits} (id, state, checksum, author, message, timestamp_us, segment, depth, generation, branch, seq) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, NULL, @p9)",
                [map.CommitId, map.State, map.Bytes, map.Text, map.Text, map.Long, map.Long, map.Long, map.Long, map.NullableLong],
                [placed.Id, placed.State, placed.Checksum, placed.Author, placed.Message, placed.TimestampMicros, placed.Segment, placed.Depth, placed.Generation, placed.Seq],
                cancellationToken).ConfigureAwait(false);
            foreach (var link in links)
            {
                await insertParent.ExecuteAsync(cancellationToken, id, link.Ordinal, link.ParentId).ConfigureAwait(false);
            }

            foreach (var change in changes[id])
            {
                await insertEntity.ExecuteAsync(cancellationToken, change.EternalId, change.EntityType).ConfigureAwait(false);
                if (change.VersionId is { } versionId && !change.Adopted)
                {
                    if (entities.TryGetValue(versionId, out var e))
                    {
                        await pointers.WriteAsync(e.Type.Pointers(e.Entity), cancellationToken).ConfigureAwait(false);
                        await target.ExecuteAsync(e.Type.InsertSql, e.Type.ColumnMappings, e.Type.ColumnValues(e.Entity), cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        var d = documents[versionId];
                        var table = VersionTable.ForDocuments(d.EntityType, map);
                        await target.ExecuteAsync(table.InsertSql, table.Mappings, [d.VersionId, d.EternalId, d.CommitId, d.EntityType, d.Data], cancellationToken).ConfigureAwait(false);
                    }

                    copied++;
                }

                await insertChange.ExecuteAsync(cancellationToken, id, change.EternalId, change.EntityType, change.VersionId, change.VersionChecksum, segment, depth, change.Adopted).ConfigureAwait(false);
            }

            targetParents[id] = placed;
        }

        return copied;
    }
}
