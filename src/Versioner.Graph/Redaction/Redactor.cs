using System.Buffers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Removes versions' content for good: clears the fields in place, re-hashes the versions from the rows as now stored,
/// records the new checksums on every change row naming them (adopted ones included), deletes pointer records no
/// version refers to any more, then re-hashes the commits holding them and every descendant (all parents, not only
/// first ones), streaming in finalization order. Runs inside a maintenance transaction: all or nothing.
/// </summary>
internal static class Redactor
{
    private const int Batch = 500;

    /// <summary>Commits re-hashed per round trip (tests pass a small one to cross batch boundaries on a short history).</summary>
    internal const int CommitBatch = 500;

    /// <summary>One version to clear and which of its fields.</summary>
    internal sealed record Target(VersionId VersionId, string EntityType, EternalId EternalId, string[] Fields);

    /// <summary>Redacts in a <c>versioner.redact</c> span (see <see cref="RedactUntracedAsync"/>).</summary>
    public static Task<Redaction> RedactAsync(GraphStore store, RedactionRequest request, CancellationToken cancellationToken, int commitBatch = CommitBatch) =>
        GraphTelemetry.TraceAsync("versioner.redact", store.Db, null, () => RedactUntracedAsync(store, request, cancellationToken, commitBatch));

    private static async Task<Redaction> RedactUntracedAsync(GraphStore store, RedactionRequest request, CancellationToken cancellationToken, int commitBatch = CommitBatch)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var timestamp = Timestamps.Normalize(store.Options.TimeProvider.GetUtcNow());
        var header = new RedactionRow
        {
            Id = Guid.CreateVersion7(timestamp),
            Author = request.Author,
            Reason = request.Reason,
            TimestampMicros = Timestamps.ToUnixMicroseconds(timestamp),
        };
        return await MaintenanceTransaction.RunAsync(store, async () =>
        {
            await LockCommitsAsync(store, cancellationToken).ConfigureAwait(false);
            var targets = await ResolveAsync(store, request, cancellationToken).ConfigureAwait(false);
            var messages = await ResolveMessagesAsync(store, request.Messages, cancellationToken).ConfigureAwait(false);
            await RedactionRecords.InsertAsync(store, header, targets, messages, cancellationToken).ConfigureAwait(false);
            var rewritten = await ApplyAsync(store, header.Id, targets, messages, cancellationToken, commitBatch).ConfigureAwait(false);
            return RedactionRecords.ToRedaction(header, targets, messages, rewritten);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Keeps finalizes out until the redaction commits. A finalize reads its parents' checksums without a row lock, so
    /// one that read them before the redaction and wrote after it would hash a checksum the redaction replaced. On
    /// PostgreSQL the commits table is locked against every other access, which also waits for finalizes already under
    /// way; it must be the transaction's first use of that table (a later lock could deadlock with a reader upgrading).
    /// SQLite needs nothing: its one writer at a time makes a finalize that read before the redaction fail as busy
    /// rather than write.
    /// </summary>
    public static async Task LockCommitsAsync(GraphStore store, CancellationToken cancellationToken)
    {
        await store.Dialect.LockCommitsForRedactionAsync(store, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The named commits, each checked to exist here and to be finalized, in id order.</summary>
    private static async Task<List<CommitId>> ResolveMessagesAsync(GraphStore store, IReadOnlyList<CommitId> commits, CancellationToken cancellationToken)
    {
        var named = commits.Distinct().Order().ToList();
        var states = new Dictionary<CommitId, CommitState>();
        foreach (var chunk in named.Chunk(Batch))
        {
            foreach (var row in await store.Commits.Where(c => chunk.Contains(c.Id)).Select(c => new { c.Id, c.State }).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                states[row.Id] = row.State;
            }
        }

        foreach (var commit in named)
        {
            if (!states.TryGetValue(commit, out var state))
            {
                throw new RedactionRefusedException(commit, "no commit has this id.");
            }

            if (state != CommitState.Finalized)
            {
                throw new RedactionRefusedException(commit, "it is a working commit, not finalized; give it another message when you finalize it instead.");
            }
        }

        return named;
    }

    /// <summary>
    /// Clears <paramref name="targets"/> and replaces the <paramref name="messages"/> (those this database holds), and
    /// rewrites the checksums that depend on them, recording each rewritten commit under <paramref name="redactionId"/>.
    /// The caller runs it in a maintenance transaction. Returns how many commits were rewritten.
    /// </summary>
    public static async Task<long> ApplyAsync(GraphStore store, Guid redactionId, IReadOnlyList<Target> targets, IReadOnlyList<CommitId> messages, CancellationToken cancellationToken, int commitBatch = CommitBatch)
    {
        var affected = new HashSet<CommitId>();
        long? fromSeq = null;
        foreach (var chunk in messages.Chunk(Batch))
        {
            var here = await store.Commits.Where(c => chunk.Contains(c.Id) && c.State == CommitState.Finalized).Select(c => new { c.Id, c.Seq }).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (here.Count == 0)
            {
                continue;
            }

            await store.ExecuteAsync(
                $"UPDATE {SystemTables.Commits} SET message = @p0 WHERE id IN ({string.Join(", ", here.Select((_, i) => $"@p{i + 1}"))})",
                [store.Map.Text, .. here.Select(_ => (RelationalTypeMapping?)store.Map.CommitId)],
                [Redaction.MessagePlaceholder, .. here.Select(c => (object?)c.Id)],
                cancellationToken).ConfigureAwait(false);
            foreach (var commit in here)
            {
                affected.Add(commit.Id);
                fromSeq = fromSeq is null ? commit.Seq : Math.Min(fromSeq.Value, commit.Seq!.Value);
            }
        }

        var dropped = new HashSet<Checksum>();
        foreach (var chunk in targets.Chunk(Batch))
        {
            var present = await OwnersAsync(store, chunk.Select(t => t.VersionId), cancellationToken).ConfigureAwait(false);
            var here = chunk.Where(t => present.ContainsKey(t.VersionId)).ToArray();
            if (here.Length == 0)
            {
                continue;
            }

            foreach (var group in here.GroupBy(t => t.EntityType, StringComparer.Ordinal))
            {
                if (store.Model.Find(group.Key) is { } type)
                {
                    await ClearTypedAsync(store, type, group.ToArray(), dropped, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await ClearDocumentsAsync(store, group.ToArray(), cancellationToken).ConfigureAwait(false);
                }
            }

            // Re-hashed from the rows as now stored, so verification needs no special case.
            var contents = await store.LoadContentsAsync(here.Select(t => (t.EntityType, t.VersionId)), cancellationToken).ConfigureAwait(false);
            using (var record = store.Prepare(ChangeTable.SetChecksumOfVersionSql, store.Map.Bytes, store.Map.VersionId))
            {
                foreach (var target in here)
                {
                    var content = contents.GetValueOrDefault(target.VersionId)
                        ?? throw new RedactionRefusedException(target.VersionId, "its change rows are here but its row is missing (the database is damaged); run VerifyAsync() (or `versioner verify`) to see what else is.");
                    var checksum = content.ComputeChecksum().ToByteArray();
                    await record.ExecuteAsync(cancellationToken, checksum, target.VersionId).ConfigureAwait(false);
                    await store.ExecuteAsync(VersionTable.For(store, target.EntityType).SetChecksumSql, [store.Map.Bytes, store.Map.VersionId], [checksum, target.VersionId], cancellationToken).ConfigureAwait(false);
                }
            }

            var ids = here.Select(t => (VersionId?)t.VersionId).ToArray();
            var holders = await (
                from c in store.Changes.Naming(ids)
                join m in store.Commits on c.CommitId equals m.Id
                where m.State == CommitState.Finalized
                select new { m.Id, m.Seq }).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var holder in holders)
            {
                affected.Add(holder.Id);
                fromSeq = fromSeq is null ? holder.Seq : Math.Min(fromSeq.Value, holder.Seq!.Value);
            }
        }

        await DropUnreferencedPointersAsync(store, dropped, cancellationToken).ConfigureAwait(false);
        return fromSeq is null ? 0 : await RewriteCommitsAsync(store, redactionId, affected, fromSeq.Value, commitBatch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The change row that made each version (not one adopting it), with its commit's state.</summary>
    private static async Task<Dictionary<VersionId, (string EntityType, EternalId EternalId, CommitId CommitId, CommitState State)>> OwnersAsync(
        GraphStore store, IEnumerable<VersionId> versions, CancellationToken cancellationToken)
    {
        var result = new Dictionary<VersionId, (string, EternalId, CommitId, CommitState)>();
        foreach (var chunk in versions.Distinct().Chunk(Batch))
        {
            var ids = chunk.Select(v => (VersionId?)v).ToArray();
            var rows = await (
                from c in store.Changes.Naming(ids)
                join m in store.Commits on c.CommitId equals m.Id
                where !c.Adopted
                select new { c.VersionId, c.EntityType, c.EternalId, c.CommitId, m.State }).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in rows)
            {
                result[row.VersionId!.Value] = (row.EntityType, row.EternalId, row.CommitId, row.State);
            }
        }

        return result;
    }

    /// <summary>Turns a request into the versions and fields to clear, refusing what cannot be redacted.</summary>
    private static async Task<List<Target>> ResolveAsync(GraphStore store, RedactionRequest request, CancellationToken cancellationToken)
    {
        var owners = await OwnersAsync(store, request.Versions, cancellationToken).ConfigureAwait(false);
        foreach (var version in request.Versions)
        {
            if (!owners.TryGetValue(version, out var owner))
            {
                throw new RedactionRefusedException(version, "no version has this id (name a version id, not an eternal id or a commit id).");
            }

            if (owner.State != CommitState.Finalized)
            {
                throw new RedactionRefusedException(version, $"it belongs to working commit {owner.CommitId}, which is not finalized; change or remove it in that workspace instead.");
            }
        }

        var named = request.Versions.Distinct().ToArray();
        var contents = await store.LoadContentsAsync(named.Select(v => (owners[v].EntityType, v)), cancellationToken).ConfigureAwait(false);
        var targets = new Dictionary<VersionId, Target>();
        foreach (var version in named)
        {
            var owner = owners[version];
            if (!contents.TryGetValue(version, out var content))
            {
                throw new RedactionRefusedException(version, "its row is missing (the database is damaged); run VerifyAsync() (or `versioner verify`) to see what else is.");
            }

            var fields = content.Fields.Select(f => f.Key).ToArray();
            foreach (var field in request.Fields)
            {
                if (!content.TryGetValue(field, out _))
                {
                    throw new RedactionRefusedException(
                        version, $"{owner.EntityType} has no field '{field}'; name fields among {string.Join(", ", fields)}, or none to redact the whole version.");
                }
            }

            targets[version] = new Target(version, owner.EntityType, owner.EternalId, request.Fields.Count == 0 ? fields : [.. request.Fields]);
        }

        if (request.Scope == RedactionScope.SameValueInEntity)
        {
            await AddCopiesAsync(store, targets, contents, cancellationToken).ConfigureAwait(false);
        }

        return targets.Values
            .Select(t => t with { Fields = [.. t.Fields.Order(StringComparer.Ordinal)] })
            .OrderBy(t => t.VersionId)
            .ToList();
    }

    /// <summary>Adds every other version of the named versions' entities that holds one of the redacted values.</summary>
    private static async Task AddCopiesAsync(GraphStore store, Dictionary<VersionId, Target> targets, Dictionary<VersionId, VersionContent> named, CancellationToken cancellationToken)
    {
        foreach (var entity in targets.Values.ToArray().GroupBy(t => t.EternalId))
        {
            var eternalId = entity.Key;
            var versions = await store.Changes.OfEntity(eternalId).Where(c => c.VersionId != null)
                .Select(c => new { c.VersionId, c.EntityType }).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            var others = versions.Where(v => !named.ContainsKey(v.VersionId!.Value)).ToArray();
            var contents = await store.LoadContentsAsync(others.Select(v => (v.EntityType, v.VersionId!.Value)), cancellationToken).ConfigureAwait(false);
            foreach (var other in others)
            {
                if (!contents.TryGetValue(other.VersionId!.Value, out var content))
                {
                    continue;
                }

                var fields = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var target in entity)
                {
                    var source = named[target.VersionId];
                    foreach (var field in target.Fields)
                    {
                        var secret = source[field];
                        if (!secret.IsNull && content.TryGetValue(field, out var value) && value == secret)
                        {
                            fields.Add(field);
                        }
                    }
                }

                if (fields.Count > 0)
                {
                    var id = other.VersionId!.Value;
                    targets[id] = targets.TryGetValue(id, out var existing)
                        ? existing with { Fields = [.. existing.Fields.Union(fields, StringComparer.Ordinal)] }
                        : new Target(id, other.EntityType, eternalId, [.. fields]);
                }
            }
        }
    }

    private static async Task ClearTypedAsync(GraphStore store, VersionedType type, Target[] targets, HashSet<Checksum> dropped, CancellationToken cancellationToken)
    {
        var entities = (await type.LoadAsync(store.Db, targets.Select(t => t.VersionId).ToArray(), cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.VersionId);
        var versionProperty = Array.FindIndex(type.Columns, p => p.Name == nameof(Versioned.VersionId));
        using var pointers = new PointerStore(store);
        foreach (var target in targets)
        {
            if (!entities.TryGetValue(target.VersionId, out var entity))
            {
                continue;
            }

            var columns = new List<int>();
            var values = new List<object?>();
            foreach (var field in target.Fields)
            {
                var index = Array.FindIndex(type.Columns, p => p.Name == field);
                if (index < 0 || !type.Fields.Contains(type.Columns[index]))
                {
                    // Requests are checked before; a recorded redaction from another database can name a field this model lacks.
                    throw new ModelMismatchException(type.Name, field,
                        $"The redaction clears {type.Name}.{field}, but {type.Name} has no such field here (its fields are: {string.Join(", ", type.Fields.Select(f => f.Name))}); both databases need the same model.");
                }

                var property = type.Columns[index];
                var cleared = ClearedValue(type, property);
                if (property.GetGetter().GetClrValue(entity) is PointerValue old && (cleared as PointerValue)?.Checksum != old.Checksum)
                {
                    dropped.Add(old.Checksum);
                }

                if (cleared is PointerValue replacement)
                {
                    await pointers.WriteAsync([replacement], cancellationToken).ConfigureAwait(false);
                }

                columns.Add(index);
                values.Add(cleared);
            }

            var assignments = string.Join(", ", columns.Select((c, i) => $"{type.ColumnNames[c]} = @p{i}"));
            var mappings = columns.Select(c => (RelationalTypeMapping?)type.Columns[c].GetRelationalTypeMapping())
                .Append(type.Columns[versionProperty].GetRelationalTypeMapping()).ToArray();
            await store.ExecuteAsync(
                $"UPDATE {type.Table} SET {assignments} WHERE {type.VersionColumn} = @p{columns.Count}",
                mappings,
                [.. values, target.VersionId],
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// What a cleared field holds: null when the column allows it; otherwise the CLR default (0, false, the empty
    /// UUID...), the empty string or byte array, the empty set or the empty large text.
    /// </summary>
    private static object? ClearedValue(VersionedType type, IProperty property)
    {
        if (property.IsNullable)
        {
            return null;
        }

        var clr = property.ClrType;
        return clr switch
        {
            _ when clr == typeof(string) => "",
            _ when clr == typeof(byte[]) => Array.Empty<byte>(),
            _ when clr == typeof(EternalIdSet) => EternalIdSet.Empty,
            _ when clr == typeof(LargeText) => LargeText.From(""),
            _ when clr.IsValueType => Activator.CreateInstance(clr),
            // The model refuses every other field type (SupportedFieldTypes).
            _ => throw new System.Diagnostics.UnreachableException(
                $"{type.Name}.{property.Name} ({clr.Name}) is not nullable and has no empty value Versioner knows."),
        };
    }

    private static async Task ClearDocumentsAsync(GraphStore store, Target[] targets, CancellationToken cancellationToken)
    {
        var ids = targets.Select(t => t.VersionId).ToArray();
        var rows = await store.Db.Set<DocumentRow>().AsNoTracking().Where(d => ids.Contains(d.VersionId))
            .ToDictionaryAsync(d => d.VersionId, cancellationToken).ConfigureAwait(false);
        using var update = store.Prepare($"UPDATE {SystemTables.Documents} SET data = @p0 WHERE version_id = @p1", store.Map.Text, store.Map.VersionId);
        foreach (var target in targets)
        {
            if (!rows.TryGetValue(target.VersionId, out var row))
            {
                continue;
            }

            var fields = target.Fields.ToHashSet(StringComparer.Ordinal);
            var buffer = new ArrayBufferWriter<byte>();
            using (var original = JsonDocument.Parse(row.Data))
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                foreach (var member in original.RootElement.EnumerateObject())
                {
                    writer.WritePropertyName(member.Name);
                    if (fields.Contains(member.Name))
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        member.Value.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            using var cleared = JsonDocument.Parse(buffer.WrittenMemory);
            await update.ExecuteAsync(cancellationToken, Documents.Canonical(cleared.RootElement), target.VersionId).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the pointer records (and set members) that held cleared values and that no version refers to any more.</summary>
    private static async Task DropUnreferencedPointersAsync(GraphStore store, HashSet<Checksum> candidates, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var probes = store.Model.Types
            .SelectMany(t => t.PointerFields.Select(p => $"SELECT 1 FROM {t.Table} WHERE {t.ColumnNames[Array.IndexOf(t.Columns, p)]} = @p0"))
            .ToArray();
        var referenced = $"SELECT 1 WHERE EXISTS ({string.Join(") OR EXISTS (", probes)})";
        foreach (var checksum in candidates)
        {
            var key = checksum.ToByteArray();
            if ((await store.QueryAsync(referenced, [store.Map.Bytes], [key], _ => true, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                continue;
            }

            await store.ExecuteAsync($"DELETE FROM {SystemTables.PointerMembers} WHERE set_checksum = @p0", [store.Map.Bytes], [key], cancellationToken).ConfigureAwait(false);
            await store.ExecuteAsync($"DELETE FROM {SystemTables.Pointers} WHERE checksum = @p0", [store.Map.Bytes], [key], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Re-hashes the commits holding cleared versions and all their descendants. Finalization order (<c>seq</c>) is
    /// topological, so one forward pass from the oldest affected commit meets every parent before its children. A commit
    /// is re-hashed when it holds a cleared version or a parent was rewritten (in this batch, or in an earlier one: the
    /// redaction's own record tells); memory holds one batch, whatever the history's length.
    /// </summary>
    private static async Task<long> RewriteCommitsAsync(GraphStore store, Guid redactionId, HashSet<CommitId> affected, long fromSeq, int batch, CancellationToken cancellationToken)
    {
        long rewritten = 0;
        var after = fromSeq - 1;
        while (true)
        {
            var last = after;
            var rows = await store.Commits.Where(c => c.State == CommitState.Finalized && c.Seq > last).OrderBy(c => c.Seq).Take(batch)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return rewritten;
            }

            after = rows[^1].Seq!.Value;
            var ids = rows.Select(r => r.Id).ToArray();
            var inBatch = ids.ToHashSet();
            var parents = (await store.Db.Set<CommitParentRow>().AsNoTracking().Where(p => ids.Contains(p.CommitId)).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(p => p.CommitId);
            var outside = parents.SelectMany(g => g).Select(p => p.ParentId).Where(p => !inBatch.Contains(p)).Distinct().ToArray();
            var rewrittenBefore = (await store.Db.Set<RedactedCommitRow>().AsNoTracking()
                .Where(r => r.RedactionId == redactionId && outside.Contains(r.CommitId)).Select(r => r.CommitId)
                .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();

            var candidates = new HashSet<CommitId>();
            foreach (var row in rows)
            {
                if (affected.Contains(row.Id) || parents[row.Id].Any(p => rewrittenBefore.Contains(p.ParentId) || candidates.Contains(p.ParentId)))
                {
                    candidates.Add(row.Id);
                }
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            var candidateIds = candidates.ToArray();
            var changes = (await store.Changes.OfCommits(candidateIds).ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(c => c.CommitId);
            var checksums = rows.ToDictionary(r => r.Id, r => r.Checksum);
            var needed = candidates.SelectMany(c => parents[c]).Select(p => p.ParentId).Where(p => !inBatch.Contains(p)).Distinct().ToArray();
            foreach (var chunk in needed.Chunk(Batch))
            {
                foreach (var parent in await store.Commits.Where(c => chunk.Contains(c.Id)).Select(c => new { c.Id, c.Checksum }).ToListAsync(cancellationToken).ConfigureAwait(false))
                {
                    checksums[parent.Id] = parent.Checksum;
                }
            }

            var changed = new List<(CommitId Id, byte[] Checksum)>();
            foreach (var row in rows.Where(r => candidates.Contains(r.Id)))
            {
                var checksum = CommitChecksums.Compute(row, parents[row.Id], changes[row.Id], id => new Checksum(checksums[id]!)).ToByteArray();
                if (checksum.AsSpan().SequenceEqual(row.Checksum))
                {
                    continue;
                }

                checksums[row.Id] = checksum;
                changed.Add((row.Id, checksum));
            }

            await WriteRewrittenAsync(store, redactionId, changed, cancellationToken).ConfigureAwait(false);
            rewritten += changed.Count;
        }
    }

    /// <summary>
    /// Stores a batch's new commit checksums (<see cref="CommitChecksums.SetAsync"/>) and records them: two statements
    /// for the whole batch.
    /// </summary>
    private static async Task WriteRewrittenAsync(GraphStore store, Guid redactionId, List<(CommitId Id, byte[] Checksum)> changed, CancellationToken cancellationToken)
    {
        if (changed.Count == 0)
        {
            return;
        }

        await CommitChecksums.SetAsync(store, changed, cancellationToken).ConfigureAwait(false);
        var map = store.Map;

        var triples = string.Join(", ", changed.Select((_, i) => $"(@p0, @p{(2 * i) + 1}, @p{(2 * i) + 2})"));
        await store.ExecuteAsync(
            $"INSERT INTO {SystemTables.RedactedCommits} (redaction_id, commit_id, checksum) VALUES {triples}",
            changed.SelectMany(_ => new RelationalTypeMapping?[] { map.CommitId, map.Bytes }).Prepend(RedactionRecords.IdMapping(store)).ToArray(),
            changed.SelectMany(c => new object?[] { c.Id, c.Checksum }).Prepend(redactionId).ToArray(),
            cancellationToken).ConfigureAwait(false);
    }
}
