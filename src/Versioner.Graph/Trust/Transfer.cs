using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Copies a branch's missing commits from one database to another: commits in topological order with their parent
/// links, change rows, versions, eternal ids and pointer records (and the tags on that history), each re-hashed on arrival, all in one target
/// transaction (an interruption leaves the target as it was). The graph index (segments, depth, seq) is rebuilt in
/// the target's own terms; ids and checksums are kept. Versions retention pruned in the source arrive as pruned
/// marks, not rows, so a pruned history stays verifiable in the target.
/// </summary>
internal static class Transfer
{
    /// <summary>Commits read and written per round: their rows are buffered and written in bulk (COPY on PostgreSQL).</summary>
    private const int Batch = 1_000;

    public static async Task<TransferResult> RunAsync(GraphStore source, GraphStore target, string branch, bool force, CancellationToken cancellationToken)
    {
        var sourceRef = await source.FindRefAsync(branch, cancellationToken).ConfigureAwait(false);
        if (sourceRef is not { Kind: RefKind.Branch })
        {
            throw new RevisionNotFoundException(branch, "no such branch in the source.");
        }

        var sourceGraph = await CommitGraph.ForAsync(source, cancellationToken).ConfigureAwait(false);
        var result = await target.InTransactionAsync(async () =>
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
            var pruned = 0;
            // One transaction throughout, so the writer's statements (placement, the per-commit closing) stay prepared.
            using var writer = new CommitWriter(target, prepared: true);
            var placement = new Placement(writer, branch);

            // The branch's own first-parent line among the commits to place: each takes the slot after its parent, and
            // another child of that parent (a pull request's commit, placed first) forks, as finalize places them.
            var toPlace = missing.ToHashSet();
            CommitId? child = null;
            foreach (var commit in sourceGraph.FirstParentLine(sourceRef.CommitId))
            {
                if (child is { } c)
                {
                    placement.LineChild[commit] = c;
                }

                if (!toPlace.Contains(commit))
                {
                    break;
                }

                child = commit;
            }

            using var batch = new RowBatch(target, copy: true);
            foreach (var chunk in missing.Chunk(Batch))
            {
                var (copied, marks) = await CopyAsync(source, target, chunk, placement, batch, cancellationToken).ConfigureAwait(false);
                versions += copied;
                pruned += marks;
            }

            await placement.Writer.MoveBranchAsync(branch, targetRef?.CommitId, sourceRef.CommitId, cancellationToken).ConfigureAwait(false);

            var tags = await CopyTagsAsync(source, target, sourceGraph, sourceRef.CommitId, force, cancellationToken).ConfigureAwait(false);
            return new TransferResult(branch, sourceRef.CommitId, missing.Count, versions, forced) { Redactions = redactions, Pruned = pruned, Tags = tags };
        }, cancellationToken).ConfigureAwait(false);

        await RefreshStatisticsAsync(target, result).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// The source's tags that name a commit of the transferred branch's history travel with it: each the target lacks is
    /// created; one it has for the same commit stays; one it has for another commit is moved only when forced, and a
    /// branch of the tag's name is never replaced (<see cref="TagConflictException"/>, the transfer rolls back).
    /// </summary>
    /// <returns>The tags created or moved.</returns>
    private static async Task<IReadOnlyList<CommitTag>> CopyTagsAsync(GraphStore source, GraphStore target, CommitGraph sourceGraph, CommitId head, bool force, CancellationToken cancellationToken)
    {
        var travelling = (await source.Db.Set<RefRow>().AsNoTracking().Where(r => r.Kind == RefKind.Tag).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(t => sourceGraph.IsAncestor(t.CommitId, head))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();
        if (travelling.Length == 0)
        {
            return [];
        }

        var names = travelling.Select(t => t.Name).ToArray();
        var there = (await target.Db.Set<RefRow>().AsNoTracking().Where(r => names.Contains(r.Name)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Name, StringComparer.Ordinal);
        var map = target.Map;
        var copied = new List<CommitTag>();
        foreach (var tag in travelling)
        {
            if (!there.TryGetValue(tag.Name, out var existing))
            {
                await target.ExecuteAsync($"INSERT INTO {SystemTables.Refs} (name, kind, commit_id) VALUES (@p0, @p1, @p2)", [map.Text, map.RefKind, map.CommitId], [tag.Name, RefKind.Tag, tag.CommitId], cancellationToken).ConfigureAwait(false);
            }
            else if (existing.Kind == RefKind.Tag && existing.CommitId == tag.CommitId)
            {
                continue;
            }
            else if (existing.Kind == RefKind.Tag && force)
            {
                await target.ExecuteAsync($"UPDATE {SystemTables.Refs} SET commit_id = @p0 WHERE name = @p1", [map.CommitId, map.Text], [tag.CommitId, tag.Name], cancellationToken).ConfigureAwait(false);
            }
            else
            {
                throw new TagConflictException(tag.Name, tag.CommitId, existing.CommitId, existing.Kind == RefKind.Branch);
            }

            copied.Add(new CommitTag(tag.Name, tag.CommitId));
        }

        return copied;
    }

    /// <summary>
    /// After a large transfer into PostgreSQL, refreshes the planner statistics of the tables it wrote (<c>ANALYZE</c>),
    /// as a bulk load should. Until autovacuum gets to them, which can take minutes, the planner would otherwise plan
    /// the next queries for tables as small as they were before: a push into an empty database then had Verify step
    /// an index probe per version where a hash join is half the time. Runs after the transfer committed, so it holds no
    /// lock of the transfer's.
    /// </summary>
    private static async Task RefreshStatisticsAsync(GraphStore target, TransferResult result)
    {
        if (!target.Dialect.AnalyzesAfterBulkLoad || result.Commits + result.Versions < GraphStore.StatisticsThreshold)
        {
            return;
        }

        await target.RefreshStatisticsAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// Where this transfer has put commits in the target's first-parent tree: their rows and the slots they fill, so
    /// placing a commit needs no query unless its parent was already there; and the writer that places and numbers them.
    /// </summary>
    private sealed class Placement(CommitWriter writer, string branch)
    {
        public CommitWriter Writer { get; } = writer;

        /// <summary>The branch transferred.</summary>
        public string Branch { get; } = branch;

        /// <summary>For each commit on the branch's first-parent line, its child on that line among the commits placed.</summary>
        public Dictionary<CommitId, CommitId> LineChild { get; } = [];

        public Dictionary<CommitId, CommitRow> Rows { get; } = [];

        public HashSet<(long Segment, long Depth)> Filled { get; } = [];

        public HashSet<EternalId> Entities { get; } = [];
    }

    private static async Task<(int Versions, int Pruned)> CopyAsync(GraphStore source, GraphStore target, CommitId[] ids, Placement placement, RowBatch batch, CancellationToken cancellationToken)
    {
        var rows = (await source.Commits.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id);
        var parents = (await source.Db.Set<CommitParentRow>().AsNoTracking().Where(p => ids.Contains(p.CommitId)).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(p => p.CommitId);
        var changes = (await source.Changes.OfCommitsAsync(ids, cancellationToken).ConfigureAwait(false)).ToLookup(c => c.CommitId);
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
                    ?? throw new ModelMismatchException(group.Key, null, $"The target's model has no versioned entity type '{group.Key}'; both databases need the same model.");
                foreach (var entity in await type.LoadAsync(source.Db, versionIds, cancellationToken).ConfigureAwait(false))
                {
                    entities[entity.VersionId] = (targetType, targetType.ClrType == type.ClrType ? entity : targetType.CopyOf(type, entity));
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

        // Versions retention pruned in the source travel as their marks: the commit checksums still cover them, through the
        // version checksum their change rows record (which the mark must repeat).
        var absent = owned.Select(c => c.VersionId!.Value).Where(v => !entities.ContainsKey(v) && !documents.ContainsKey(v)).ToArray();
        var marks = absent.Length == 0 ? [] : await PrunedMarks.FindAsync(source, absent, cancellationToken).ConfigureAwait(false);

        // Parents already in the target (not placed by this transfer), and eternal ids it already knows.
        var here = ids.ToHashSet();
        var outside = parents.SelectMany(g => g).Select(p => p.ParentId).Distinct().Where(id => !here.Contains(id) && !placement.Rows.ContainsKey(id)).ToArray();
        foreach (var chunk in outside.Chunk(500))
        {
            foreach (var row in await target.Commits.Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                placement.Rows[row.Id] = row;
            }
        }

        var map = target.Map;
        var newIds = changes.SelectMany(g => g).Select(c => c.EternalId).Where(id => !placement.Entities.Contains(id)).Distinct().ToArray();
        foreach (var chunk in newIds.Chunk(500))
        {
            placement.Entities.UnionWith(await target.QueryAsync(
                $"SELECT eternal_id FROM {SystemTables.Entities} WHERE eternal_id IN ({string.Join(", ", chunk.Select((_, i) => $"@p{i}"))})",
                chunk.Select(_ => (Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?)map.EternalId).ToArray(),
                chunk.Cast<object?>().ToArray(),
                reader => new EternalId(GuidColumn.Read(reader, 0)),
                cancellationToken).ConfigureAwait(false));
        }

        // Registered in foreign-key order: commits, links, eternal ids, then versions and change rows.
        var commitRows = batch.Commits(map);
        var parentRows = batch.CommitParents(map);
        var manifestRows = batch.Rows(SystemTables.Manifests, CommitManifest.Columns, [map.CommitId, map.Bytes]);
        var entityRows = batch.Entities(map);
        var changeRows = batch.Changes(map);
        var prunedRows = batch.Rows(SystemTables.Pruned, ["version_id", "entity_type", "eternal_id", "commit_id", "checksum", "pruned_at_us", "policy"],
            [map.VersionId, map.Text, map.EternalId, map.CommitId, map.Bytes, map.Long, map.Text]);
        var documentTable = VersionTable.ForDocuments("", map);
        using var pointers = new PointerStore(target);
        var copied = 0;
        var pruned = 0;
        foreach (var id in ids)
        {
            var row = rows[id];
            var links = parents[id].OrderBy(p => p.Ordinal).ToArray();
            var commitParents = links.Select(l => placement.Rows[l.ParentId]).ToArray();

            // Re-hash on arrival: every version from its content, the commit from its parts.
            var added = new List<Checksum>();
            foreach (var change in changes[id].Where(c => c.VersionId is not null))
            {
                var recorded = change.VersionChecksum is null ? default : new Checksum(change.VersionChecksum);
                if (!change.Adopted && marks.TryGetValue(change.VersionId!.Value, out var mark))
                {
                    if (mark.Checksum != recorded)
                    {
                        throw new TransferVerificationException(id, $"{change.EntityType} version {change.VersionId} was pruned, but its mark records {mark.Checksum} and its commit {recorded}");
                    }
                }
                else if (!change.Adopted)
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

            var checksum = CommitWriter.ChecksumOf(
                commitParents.Select(p => new Checksum(p.Checksum!)), added,
                changes[id].Where(c => c.VersionId is null).Select(c => c.EternalId),
                row.Author, row.Message, Timestamps.FromUnixMicroseconds(row.TimestampMicros));
            if (checksum != new Checksum(row.Checksum!))
            {
                throw new TransferVerificationException(id, "the commit does not match its checksum");
            }

            // Place it in the target's first-parent tree, as finalize would. The slot after a parent this transfer placed
            // is known: taken if it filled it, free if not (the parent was the last of its segment when placed). The
            // slot after a parent on the branch's line is left to the line's next commit (see CommitWriter.PlaceAsync).
            var first = commitParents.FirstOrDefault();
            CommitId? heir = first is not null && placement.LineChild.TryGetValue(first.Id, out var lineChild) ? lineChild : null;
            bool? slotTaken = first is null ? null
                : heir is { } h && h != id ? true
                : placement.Filled.Contains((first.Segment, first.Depth + 1)) ? true
                : placement.Filled.Contains((first.Segment, first.Depth)) ? false
                : null;
            var (segment, depth) = await placement.Writer.PlaceAsync(first, null, 0, heir == id ? placement.Branch : null, cancellationToken, slotTaken).ConfigureAwait(false);

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
                Generation = CommitWriter.Generation(commitParents),
                Seq = await placement.Writer.NextSequenceAsync(cancellationToken).ConfigureAwait(false),
            };
            commitRows.Add([placed.Id, placed.State, placed.Checksum, placed.Author, placed.Message, placed.TimestampMicros, placed.Segment, placed.Depth, placed.Generation, placed.Seq]);
            foreach (var link in links)
            {
                parentRows.Add([id, link.Ordinal, link.ParentId]);
            }

            manifestRows.Add([id, CommitManifest.Of(changes[id])]);

            foreach (var change in changes[id])
            {
                if (placement.Entities.Add(change.EternalId))
                {
                    entityRows.Add([change.EternalId, change.EntityType]);
                }

                if (change.VersionId is { } prunedId && !change.Adopted && marks.TryGetValue(prunedId, out var mark))
                {
                    prunedRows.Add([mark.VersionId, mark.EntityType, mark.EternalId, mark.CommitId, mark.Checksum.ToByteArray(), Timestamps.ToUnixMicroseconds(mark.PrunedAt), mark.Policy]);
                    pruned++;
                }
                else if (change.VersionId is { } versionId && !change.Adopted)
                {
                    if (entities.TryGetValue(versionId, out var e))
                    {
                        await pointers.WriteAsync(e.Type.Pointers(e.Entity), cancellationToken).ConfigureAwait(false);
                        var table = VersionTable.For(e.Type, map);
                        batch.Rows(table.Name, table.Columns, table.Mappings).Add(VersionTable.Row(e.Type.ColumnValues(e.Entity), segment, depth, change.VersionChecksum));
                    }
                    else
                    {
                        var d = documents[versionId];
                        batch.Rows(documentTable.Name, documentTable.Columns, documentTable.Mappings)
                            .Add(VersionTable.Row([d.VersionId, d.EternalId, d.CommitId, d.EntityType, d.Data], segment, depth, change.VersionChecksum));
                    }

                    copied++;
                    continue; // its version row is its only record
                }

                changeRows.Add(ChangeTable.Row(id, change.EternalId, change.EntityType, change.VersionId, change.VersionChecksum, segment, depth, change.Adopted));
            }

            placement.Rows[id] = placed;
            placement.Writer.Placed(id, segment, depth);
            placement.Filled.Add((segment, depth));
        }

        await batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        await placement.Writer.CloseIntervalsAsync(cancellationToken).ConfigureAwait(false);
        return (copied, pruned);
    }
}
