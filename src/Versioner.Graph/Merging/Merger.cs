using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Applies three-way merges to a working commit: merge (two parents), revert and cherry-pick (one parent). Works on
/// the entities that can differ only (those changed between the base and the other side), in batches.
/// </summary>
internal static class Merger
{
    private const int Batch = 500;

    /// <summary>Per-entity state of one side: the version content, or null when absent.</summary>
    private delegate Task<Dictionary<EternalId, VersionContent>> SideLoader(IReadOnlyCollection<EternalId> ids, Dictionary<VersionId, VersionContent> known);

    /// <summary>Merges in a <c>versioner.merge</c> span, counting the conflicts left (see <see cref="MergeUntracedAsync"/>).</summary>
    public static Task<(MergeResult Result, CommitRow? Working)> MergeAsync(GraphStore store, CommitRow working, Revision revision, MergeOptions options, CancellationToken cancellationToken) =>
        GraphTelemetry.TraceAsync("versioner.merge", store.Db, working.Branch, () => MergeUntracedAsync(store, working, revision, options, cancellationToken), (span, r) => Describe(store, span, r.Result));

    private static void Describe(GraphStore store, System.Diagnostics.Activity span, MergeResult result)
    {
        span.SetTag("versioner.merge.status", result.Status.ToString());
        if (result.Commit is { } commit)
        {
            span.SetTag("versioner.commit.id", commit.Id.ToString());
        }

        if (result.Conflicts.Count > 0)
        {
            span.SetTag("versioner.merge.conflicts", result.Conflicts.Count);
            GraphTelemetry.MergeConflicts.Add(result.Conflicts.Count, new KeyValuePair<string, object?>("db.system.name", GraphTelemetry.SystemName(store.Db)));
        }
    }

    private static async Task<(MergeResult Result, CommitRow? Working)> MergeUntracedAsync(GraphStore store, CommitRow working, Revision revision, MergeOptions options, CancellationToken cancellationToken)
    {
        return await store.InTransactionAsync(async () =>
        {
            await EnsureCleanAsync(store, working, cancellationToken).ConfigureAwait(false);
            var oursId = await store.FirstParentAsync(working.Id, cancellationToken).ConfigureAwait(false);
            var theirs = await FinalizedAsync(store, revision, cancellationToken).ConfigureAwait(false);
            var graph = await CommitGraph.ForAsync(store, cancellationToken).ConfigureAwait(false);
            if (oursId is { } o && graph.IsAncestor(theirs.Id, o))
            {
                // The working commit is clean: nothing of it is kept (the workspace writes a new one at its next edit).
                await WorkingCommits.DeleteAsync(store, working, cancellationToken).ConfigureAwait(false);
                return (new MergeResult(MergeStatus.UpToDate, null, []), null);
            }

            if ((oursId is null || graph.IsAncestor(oursId.Value, theirs.Id)) && options.FastForward == FastForwardMode.Allow)
            {
                await FastForwardAsync(store, working, oursId, theirs, cancellationToken).ConfigureAwait(false);
                return (new MergeResult(MergeStatus.FastForward, await store.ToCommitAsync(theirs, cancellationToken).ConfigureAwait(false), []), null);
            }

            var ours = oursId is { } id ? await store.GetCommitRowAsync(id, cancellationToken).ConfigureAwait(false) : null;
            var oursPath = ours is null ? AncestryPath.Empty : await store.PathAsync(ours, cancellationToken).ConfigureAwait(false);
            var theirsPath = await store.PathAsync(theirs, cancellationToken).ConfigureAwait(false);
            var bases = ours is null ? [] : graph.MergeBases(ours.Id, theirs.Id);
            var basePaths = new List<AncestryPath>();
            foreach (var b in bases)
            {
                basePaths.Add(await store.PathAsync(await store.GetCommitRowAsync(b, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));
            }

            // Only entities changed between a base and their side can need anything from their side.
            var candidates = new HashSet<EternalId>();
            foreach (var basePath in basePaths.DefaultIfEmpty(AncestryPath.Empty))
            {
                candidates.UnionWith(await DiffEngine.ChangedBetweenAsync(store, basePath, theirsPath, cancellationToken).ConfigureAwait(false));
            }

            var innerBase = bases.Count > 1 ? graph.MergeBases(bases[0], bases[1]) : [];
            var innerPath = innerBase.Count > 0
                ? await store.PathAsync(await store.GetCommitRowAsync(innerBase[0], cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false)
                : AncestryPath.Empty;
            SideLoader baseLoader = basePaths.Count <= 1
                ? (ids, known) => StateAsync(store, basePaths.Count == 0 ? AncestryPath.Empty : basePaths[0], ids, known, cancellationToken)
                : (ids, known) => VirtualBaseAsync(store, innerPath, basePaths, ids, known, options.Policy, cancellationToken);

            var conflicts = await ApplyAsync(
                store, working, candidates, baseLoader,
                (ids, known) => StateAsync(store, oursPath, ids, known, cancellationToken),
                (ids, known) => StateAsync(store, theirsPath, ids, known, cancellationToken),
                options.Policy, cancellationToken).ConfigureAwait(false);

            await store.ExecuteAsync(
                $"INSERT INTO {SystemTables.CommitParents} (commit_id, ordinal, parent_id) VALUES (@p0, 1, @p1)",
                [store.Map.CommitId, store.Map.CommitId], [working.Id, theirs.Id], cancellationToken).ConfigureAwait(false);

            if (conflicts.Count > 0)
            {
                return (new MergeResult(MergeStatus.Conflicts, null, conflicts), working);
            }

            var message = options.Message ?? $"Merge {revision} into {working.Branch}";
            var (commit, next) = await Finalizer.FinalizeAsync(store, working.Id, null, options.Author, message, cancellationToken).ConfigureAwait(false);
            return (new MergeResult(MergeStatus.Merged, await store.ToCommitAsync(commit, cancellationToken).ConfigureAwait(false), []), next);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reverts or cherry-picks in a <c>versioner.revert</c> or <c>versioner.cherry_pick</c> span (see <see cref="PickUntracedAsync"/>).</summary>
    public static Task<(MergeResult Result, CommitRow? Working)> PickAsync(GraphStore store, CommitRow working, Revision revision, bool revert, MergeOptions options, CancellationToken cancellationToken) =>
        GraphTelemetry.TraceAsync(revert ? "versioner.revert" : "versioner.cherry_pick", store.Db, working.Branch, () => PickUntracedAsync(store, working, revision, revert, options, cancellationToken), (span, r) => Describe(store, span, r.Result));

    /// <summary>Applies one commit's changes (cherry-pick) or their inverse (revert) on top of the working commit's parent.</summary>
    private static async Task<(MergeResult Result, CommitRow? Working)> PickUntracedAsync(GraphStore store, CommitRow working, Revision revision, bool revert, MergeOptions options, CancellationToken cancellationToken)
    {
        return await store.InTransactionAsync(async () =>
        {
            await EnsureCleanAsync(store, working, cancellationToken).ConfigureAwait(false);
            var picked = await FinalizedAsync(store, revision, cancellationToken).ConfigureAwait(false);
            var pickedCommit = await store.ToCommitAsync(picked, cancellationToken).ConfigureAwait(false);
            if (pickedCommit.Parents.Count > 1)
            {
                throw new MergeCommitPickException(revision.ToString(), pickedCommit.Id, revert);
            }

            var parent = pickedCommit.Parents.Count == 1 ? await store.GetCommitRowAsync(pickedCommit.Parents[0], cancellationToken).ConfigureAwait(false) : null;
            var pickedPath = await store.PathAsync(picked, cancellationToken).ConfigureAwait(false);
            var parentPath = parent is null ? AncestryPath.Empty : await store.PathAsync(parent, cancellationToken).ConfigureAwait(false);
            var oursId = await store.FirstParentAsync(working.Id, cancellationToken).ConfigureAwait(false);
            var oursPath = oursId is { } o ? await store.PathAsync(await store.GetCommitRowAsync(o, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false) : AncestryPath.Empty;
            var (basePath, theirsPath) = revert ? (pickedPath, parentPath) : (parentPath, pickedPath);
            var candidates = await store.Changes.OfCommit(picked.Id).Select(c => c.EternalId).ToListAsync(cancellationToken).ConfigureAwait(false);

            var conflicts = await ApplyAsync(
                store, working, candidates,
                (ids, known) => StateAsync(store, basePath, ids, known, cancellationToken),
                (ids, known) => StateAsync(store, oursPath, ids, known, cancellationToken),
                (ids, known) => StateAsync(store, theirsPath, ids, known, cancellationToken),
                options.Policy, cancellationToken).ConfigureAwait(false);
            if (conflicts.Count > 0)
            {
                return (new MergeResult(MergeStatus.Conflicts, null, conflicts), working);
            }

            if (!await store.Changes.OfCommit(working.Id).AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                await WorkingCommits.DeleteAsync(store, working, cancellationToken).ConfigureAwait(false);
                return (new MergeResult(MergeStatus.UpToDate, null, []), null);
            }

            var message = options.Message ?? (revert
                ? $"Revert \"{pickedCommit.Subject}\"\n\nThis reverts commit {pickedCommit.Checksum}."
                : $"{pickedCommit.Message}\n\n(cherry picked from commit {pickedCommit.Checksum})");
            var author = options.Message is null && !revert ? pickedCommit.Author : options.Author;
            var (commit, next) = await Finalizer.FinalizeAsync(store, working.Id, null, author, message, cancellationToken).ConfigureAwait(false);
            return (new MergeResult(MergeStatus.Merged, await store.ToCommitAsync(commit, cancellationToken).ConfigureAwait(false), []), next);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Merges each candidate from its three sides, in batches: every side's current changes read for the batch at once,
    /// each version's content loaded once however many sides name it, and what the batch writes written together
    /// (adopted change rows through one <see cref="RowBatch"/>, merged versions one save per type). The working
    /// commit is clean (see <see cref="EnsureCleanAsync"/>) and each candidate appears once, so nothing of it is
    /// replaced.
    /// </summary>
    private static async Task<List<MergeConflict>> ApplyAsync(
        GraphStore store, CommitRow working, IReadOnlyCollection<EternalId> candidates,
        SideLoader baseLoader, SideLoader oursLoader, SideLoader theirsLoader,
        MergePolicy policy, CancellationToken cancellationToken)
    {
        var conflicts = new List<MergeConflict>();
        using var adoptions = new RowBatch(store, copy: candidates.Count >= store.CopyThreshold);
        var adopted = adoptions.Changes(store.Map);
        foreach (var chunk in candidates.Chunk(Batch))
        {
            var contents = new Dictionary<VersionId, VersionContent>();
            var bases = await baseLoader(chunk, contents).ConfigureAwait(false);
            var ours = await oursLoader(chunk, contents).ConfigureAwait(false);
            var theirs = await theirsLoader(chunk, contents).ConfigureAwait(false);
            var merges = chunk.Select(id => (Id: id, Base: bases.GetValueOrDefault(id), Ours: ours.GetValueOrDefault(id), Theirs: theirs.GetValueOrDefault(id)))
                .Select(e => (e.Id, e.Base, e.Ours, e.Theirs, Result: Merge(store, e.Base, e.Ours, e.Theirs, policy)))
                .ToArray();

            var typed = new Dictionary<VersionId, Versioned>();
            foreach (var group in merges.Where(m => m.Result.Outcome == EntityMergeOutcome.Merged).GroupBy(m => m.Ours!.EntityType))
            {
                if (store.Model.Find(group.Key) is { } type)
                {
                    var ids = group.SelectMany(m => new[] { m.Ours!.VersionId, m.Theirs!.VersionId }).Distinct().ToArray();
                    foreach (var entity in await type.LoadAsync(store.Db, ids, cancellationToken).ConfigureAwait(false))
                    {
                        typed[entity.VersionId] = entity;
                    }
                }
            }

            var merged = new Dictionary<string, List<PendingVersion>>(StringComparer.Ordinal);
            foreach (var (id, @base, mine, other, result) in merges)
            {
                if ((mine ?? other ?? @base)?.EntityType is not { } entityType)
                {
                    // Absent on every side: added and removed again after the base (or never there). Nothing to merge.
                    continue;
                }

                switch (result.Outcome)
                {
                    case EntityMergeOutcome.TakeTheirs:
                        adopted.Add(VersionWriter.AdoptionRow(working, entityType, id, other!));
                        break;
                    case EntityMergeOutcome.Removed:
                        adopted.Add(VersionWriter.AdoptionRow(working, entityType, id, null));
                        break;
                    case EntityMergeOutcome.Merged:
                        if (!merged.TryGetValue(entityType, out var pending))
                        {
                            merged[entityType] = pending = [];
                        }

                        pending.Add(MergedVersion(store, mine!, other!, result.Fields!, typed));
                        break;
                }

                foreach (var conflict in result.Conflicts)
                {
                    await store.ExecuteAsync(
                        $"INSERT INTO {SystemTables.Conflicts} (commit_id, eternal_id, fields, entity_type, kind, base_version, ours_version, theirs_version) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)",
                        [store.Map.CommitId, store.Map.EternalId, store.Map.Text, store.Map.Text, store.Map.ConflictKind, store.Map.VersionId, store.Map.VersionId, store.Map.VersionId],
                        [working.Id, id, string.Join(",", conflict.Fields), entityType, conflict.Kind, @base?.VersionId, mine?.VersionId, other?.VersionId],
                        cancellationToken).ConfigureAwait(false);
                    conflicts.Add(conflict);
                }
            }

            await adoptions.FlushAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (entityType, pending) in merged)
            {
                var table = VersionTable.For(store, entityType);
                await VersionWriter.WriteAsync(store, working, table, pending, cancellationToken).ConfigureAwait(false);
            }
        }

        return conflicts;
    }

    /// <summary>
    /// Merges one entity (<see cref="ThreeWayMerge.Merge"/>), refusing a policy function's null (absent) for a typed
    /// type's field before anything of the batch is written. A typed version has every field, so a field the merge
    /// left out that a side has can only come from such a function.
    /// </summary>
    /// <exception cref="FieldCannotBeAbsentException">A policy function returned null for a typed type's field.</exception>
    private static EntityMerge Merge(GraphStore store, VersionContent? @base, VersionContent? ours, VersionContent? theirs, MergePolicy policy)
    {
        var merge = ThreeWayMerge.Merge(@base, ours, theirs, policy);
        if (merge.Fields is { } fields && store.Model.Find(ours!.EntityType) is { } type
            && ours.Fields.Concat(theirs!.Fields).FirstOrDefault(f => !fields.ContainsKey(f.Key)).Key is { } absent)
        {
            throw new FieldCannotBeAbsentException(ours.EntityType, absent, type.ClrType.Name);
        }

        return merge;
    }

    /// <summary>The new version a field-level merge makes: ours with the fields the merge took from theirs or combined.</summary>
    private static PendingVersion MergedVersion(
        GraphStore store, VersionContent ours, VersionContent theirs, IReadOnlyDictionary<string, FieldValue> fields, Dictionary<VersionId, Versioned> typed)
    {
        if (store.Model.Find(ours.EntityType) is { } type)
        {
            var mine = typed[ours.VersionId];
            var other = typed[theirs.VersionId];
            var merged = mine.CloneVersion();
            foreach (var (field, value) in fields)
            {
                if (value == ours[field])
                {
                    continue;
                }

                if (value == theirs[field])
                {
                    type.SetField(merged, other, field);
                }
                else
                {
                    type.SetFieldValue(merged, field, value);
                }
            }

            return Staging.Pending(type, merged);
        }

        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (field, value) in fields)
            {
                writer.WritePropertyName(field);
                value.WriteJson(writer);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return Documents.Pending(ours.EntityType, ours.EternalId, Documents.Canonical(document.RootElement), null);
    }

    /// <summary>
    /// The content of each of <paramref name="ids"/> current along <paramref name="path"/> (absent ones omitted).
    /// Contents already in <paramref name="known"/> (another side's, in the same batch) are not loaded again; the
    /// ones loaded are added to it.
    /// </summary>
    private static async Task<Dictionary<EternalId, VersionContent>> StateAsync(GraphStore store, AncestryPath path, IReadOnlyCollection<EternalId> ids, Dictionary<VersionId, VersionContent> known, CancellationToken cancellationToken)
    {
        var result = new Dictionary<EternalId, VersionContent>();
        if (path.Ranges.Count == 0 || ids.Count == 0)
        {
            return result;
        }

        var current = (await store.Changes.CurrentOfAsync(path, ids, cancellationToken).ConfigureAwait(false)).Where(c => c.VersionId != null).ToList();
        var missing = current.Where(c => !known.ContainsKey(c.VersionId!.Value)).Select(c => (c.EntityType, c.VersionId!.Value));
        foreach (var (versionId, content) in await store.LoadContentsAsync(missing, cancellationToken).ConfigureAwait(false))
        {
            known[versionId] = content;
        }

        foreach (var change in current)
        {
            result[change.EternalId] = known[change.VersionId!.Value];
        }

        return result;
    }

    /// <summary>
    /// Several best common ancestors (criss-cross): merge them into a virtual base, as git's recursive strategy does,
    /// over their own merge base; a field that conflicts inside the virtual base keeps the first base's value.
    /// </summary>
    private static async Task<Dictionary<EternalId, VersionContent>> VirtualBaseAsync(
        GraphStore store, AncestryPath innerPath, List<AncestryPath> bases, IReadOnlyCollection<EternalId> ids, Dictionary<VersionId, VersionContent> known, MergePolicy policy, CancellationToken cancellationToken)
    {
        var inner = await StateAsync(store, innerPath, ids, known, cancellationToken).ConfigureAwait(false);
        var acc = await StateAsync(store, bases[0], ids, known, cancellationToken).ConfigureAwait(false);
        foreach (var path in bases.Skip(1))
        {
            var next = await StateAsync(store, path, ids, known, cancellationToken).ConfigureAwait(false);
            var folded = new Dictionary<EternalId, VersionContent>();
            foreach (var id in ids)
            {
                var a = acc.GetValueOrDefault(id);
                var b = next.GetValueOrDefault(id);
                var merge = Merge(store, inner.GetValueOrDefault(id), a, b, policy);
                var value = merge.Outcome switch
                {
                    EntityMergeOutcome.TakeTheirs => b,
                    EntityMergeOutcome.Removed => null,
                    EntityMergeOutcome.Merged => new VersionContent(a!.EntityType, a.EternalId, a.VersionId, merge.Fields!),
                    _ => a,
                };
                if (value is not null)
                {
                    folded[id] = value;
                }
            }

            acc = folded;
        }

        return acc;
    }

    private static async Task<CommitRow> FinalizedAsync(GraphStore store, Revision revision, CancellationToken cancellationToken)
    {
        var row = await store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
        return row.State == CommitState.Finalized
            ? row
            : throw new UnfinalizedCommitException(revision.ToString(), row.Id, "merge, revert and cherry-pick take finalized commits");
    }

    private static async Task EnsureCleanAsync(GraphStore store, CommitRow working, CancellationToken cancellationToken)
    {
        var dirty = await store.Changes.OfCommit(working.Id).AnyAsync(cancellationToken).ConfigureAwait(false)
            || await store.Db.Set<CommitParentRow>().AnyAsync(p => p.CommitId == working.Id && p.Ordinal > 0, cancellationToken).ConfigureAwait(false);
        if (dirty)
        {
            throw new UncommittedChangesException(working.Id, $"Working commit {working.Id} has changes (or a merge in progress), and a merge, revert or cherry-pick starts from a clean workspace. Finalize them first (FinalizeAsync), abandon the merge in progress (AbortMergeAsync), or drop the edits (DiscardAsync).");
        }
    }

    /// <summary>Moves the branch to <paramref name="to"/> (compare-and-swap) and deletes the clean working commit.</summary>
    private static async Task FastForwardAsync(GraphStore store, CommitRow working, CommitId? from, CommitRow to, CancellationToken cancellationToken)
    {
        await new CommitWriter(store).MoveBranchAsync(working.Branch!, from, to.Id, cancellationToken).ConfigureAwait(false);
        await WorkingCommits.DeleteAsync(store, working, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The conflicts stored for a working commit, with their values.</summary>
    public static async Task<IReadOnlyList<MergeConflict>> ConflictsAsync(GraphStore store, CommitId working, CancellationToken cancellationToken)
    {
        var rows = await store.Db.Set<ConflictRow>().AsNoTracking().Where(c => c.CommitId == working).ToListAsync(cancellationToken).ConfigureAwait(false);
        var versions = rows.SelectMany(r => new[] { r.BaseVersion, r.OursVersion, r.TheirsVersion }.Where(v => v is not null).Select(v => (r.EntityType, v!.Value)));
        var contents = await store.LoadContentsAsync(versions, cancellationToken).ConfigureAwait(false);
        Dictionary<string, FieldValue>? Values(VersionId? id) => id is { } v ? contents[v].Fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal) : null;
        return rows.Select(r => new MergeConflict(
                r.EntityType, r.EternalId, r.Kind, r.Fields.Length == 0 ? [] : r.Fields.Split(','),
                Values(r.BaseVersion), Values(r.OursVersion), Values(r.TheirsVersion)))
            .OrderBy(c => c.EntityType, StringComparer.Ordinal).ThenBy(c => c.EternalId)
            .ToArray();
    }

    /// <summary>Settles one stored conflict with one side's values, or just marks it resolved (strategy Manual).</summary>
    public static async Task ResolveAsync(GraphStore store, CommitRow working, MergeConflict conflict, MergeStrategy strategy, CancellationToken cancellationToken)
    {
        await store.InTransactionAsync(async () =>
        {
            var map = store.Map;
            var fields = string.Join(",", conflict.Fields);
            var row = await store.Db.Set<ConflictRow>().AsNoTracking()
                .FirstOrDefaultAsync(c => c.CommitId == working.Id && c.EternalId == conflict.EternalId && c.Fields == fields, cancellationToken).ConfigureAwait(false)
                ?? throw new ConflictNotFoundException(conflict.EntityType, conflict.EternalId, conflict.Fields, working.Id);

            if (strategy == MergeStrategy.Theirs)
            {
                if (row.Kind == ConflictKind.DeleteModify)
                {
                    var theirs = row.TheirsVersion is { } t
                        ? (await store.LoadContentsAsync([(row.EntityType, t)], cancellationToken).ConfigureAwait(false))[t]
                        : null;
                    await VersionWriter.AdoptAsync(store, working, row.EntityType, row.EternalId, theirs, cancellationToken).ConfigureAwait(false);
                }
                else if (store.Model.Find(row.EntityType) is { } type)
                {
                    var change = await store.Changes.OfCommit(working.Id).FirstAsync(c => c.EternalId == row.EternalId, cancellationToken).ConfigureAwait(false);
                    var loaded = await type.LoadAsync(store.Db, [change.VersionId!.Value, row.TheirsVersion!.Value], cancellationToken).ConfigureAwait(false);
                    var current = loaded.Single(v => v.VersionId == change.VersionId);
                    var theirs = loaded.Single(v => v.VersionId == row.TheirsVersion);
                    foreach (var field in conflict.Fields)
                    {
                        type.SetField(current, theirs, field);
                    }

                    await VersionWriter.WriteAsync(store, working, VersionTable.For(type, store.Map), [Staging.Pending(type, current)], cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    var change = await store.Changes.OfCommit(working.Id).FirstAsync(c => c.EternalId == row.EternalId, cancellationToken).ConfigureAwait(false);
                    var docs = await store.Db.Set<DocumentRow>().AsNoTracking().Where(d => d.VersionId == change.VersionId || d.VersionId == row.TheirsVersion).ToListAsync(cancellationToken).ConfigureAwait(false);
                    var current = System.Text.Json.Nodes.JsonNode.Parse(docs.Single(d => d.VersionId == change.VersionId).Data)!.AsObject();
                    var theirs = System.Text.Json.Nodes.JsonNode.Parse(docs.Single(d => d.VersionId == row.TheirsVersion).Data)!.AsObject();
                    foreach (var field in conflict.Fields)
                    {
                        current.Remove(field);
                        if (theirs.TryGetPropertyValue(field, out var value))
                        {
                            current[field] = value?.DeepClone();
                        }
                    }

                    var data = Documents.Canonical(JsonSerializer.Deserialize<JsonElement>(current.ToJsonString()));
                    await VersionWriter.WriteAsync(store, working, VersionTable.ForDocuments(row.EntityType, map), [Documents.Pending(row.EntityType, row.EternalId, data, null)], cancellationToken).ConfigureAwait(false);
                }
            }

            await store.ExecuteAsync(
                $"DELETE FROM {SystemTables.Conflicts} WHERE commit_id = @p0 AND eternal_id = @p1 AND fields = @p2",
                [map.CommitId, map.EternalId, map.Text], [working.Id, row.EternalId, row.Fields], cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Abandons a merge (or a conflicted revert or cherry-pick): the working commit goes with everything in it (a merge
    /// starts from a clean workspace, so nothing else was there).
    /// </summary>
    /// <exception cref="NoMergeInProgressException">No merge waits: no second parent and no unresolved conflict.</exception>
    public static async Task AbortAsync(GraphStore store, CommitRow working, CancellationToken cancellationToken)
    {
        var merging = await store.Db.Set<CommitParentRow>().AnyAsync(p => p.CommitId == working.Id && p.Ordinal > 0, cancellationToken).ConfigureAwait(false)
            || await store.Db.Set<ConflictRow>().AnyAsync(c => c.CommitId == working.Id, cancellationToken).ConfigureAwait(false);
        if (!merging)
        {
            throw new NoMergeInProgressException(working.Id);
        }

        await WorkingCommits.DeleteAsync(store, working, cancellationToken).ConfigureAwait(false);
    }
}
