using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// Recomputes checksums after a schema migration changed the fields of versioned entity types: every version of those
/// types is re-hashed from its row as now stored, the checksums recorded on change rows are replaced, and every
/// finalized commit from the first one touching those types is re-hashed in finalization order (a commit's checksum
/// covers its parents'). The result depends only on the stored content, so two databases with equal checksums before
/// the same migration have equal checksums after it. One maintenance transaction; streamed in batches.
/// </summary>
internal static class ChecksumMigrator
{
    private const int Batch = 1000;
    private const string Rehashed = "versioner_rehashed";

    public static Task<ChecksumMigration> RunAsync(GraphStore store, CancellationToken cancellationToken) =>
        MaintenanceTransaction.RunAsync(store, async () =>
        {
            var changed = await FieldSignatures.CheckAsync(store, cancellationToken).ConfigureAwait(false);
            long versions = 0;
            foreach (var (type, _, hasVersions) in changed)
            {
                if (hasVersions)
                {
                    versions += await RehashVersionsAsync(store, type, cancellationToken).ConfigureAwait(false);
                }

                await FieldSignatures.RecordAsync(store, type, cancellationToken).ConfigureAwait(false);
            }

            var types = changed.Where(c => c.HasVersions).Select(c => c.Type.Name).ToArray();
            var commits = types.Length == 0 ? 0 : await RehashCommitsAsync(store, types, cancellationToken).ConfigureAwait(false);
            return new ChecksumMigration(changed.Select(c => c.Change).ToArray(), versions, commits);
        }, cancellationToken);

    /// <summary>Re-hashes every version row of <paramref name="type"/> into a temporary table, then updates the change rows from it in one statement.</summary>
    private static async Task<long> RehashVersionsAsync(GraphStore store, VersionedType type, CancellationToken cancellationToken)
    {
        var map = store.Map;
        var rehashed = store.Dialect.TemporaryTable(Rehashed);
        await store.ExecuteAsync(CreateRehashedSql(store.Dialect, map), [], [], cancellationToken).ConfigureAwait(false);

        long count = 0;
        VersionId? after = null;
        await store.Db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var insert = store.Prepare($"INSERT INTO {rehashed} (version_id, checksum) VALUES (@p0, @p1)", map.VersionId, map.Bytes);
            while (true)
            {
                var ids = await store.QueryAsync(
                    after is null
                        ? store.Dialect.SelectFirst(Batch, type.VersionColumn, $"FROM {type.Table} ORDER BY {type.VersionColumn}")
                        : store.Dialect.SelectFirst(Batch, type.VersionColumn, $"FROM {type.Table} WHERE {type.VersionColumn} > @p0 ORDER BY {type.VersionColumn}"),
                    after is null ? [] : [map.VersionId],
                    after is null ? [] : [after.Value],
                    reader => new VersionId(GuidColumn.Read(reader, 0)),
                    cancellationToken).ConfigureAwait(false);
                if (ids.Count == 0)
                {
                    break;
                }

                foreach (var entity in await type.LoadAsync(store.Db, ids, cancellationToken).ConfigureAwait(false))
                {
                    await insert.ExecuteAsync(cancellationToken, entity.VersionId, type.ToContent(entity).ComputeChecksum().ToByteArray()).ConfigureAwait(false);
                    count++;
                }

                after = ids[^1];
            }
        }
        finally
        {
            await store.Db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        // Adopted change rows (merges) name the same versions, so every row naming one is updated, not only its own commit's.
        await store.ExecuteAsync(UpdateFromRehashedSql(store.Dialect), [map.Text], [type.Name], cancellationToken).ConfigureAwait(false);
        await store.ExecuteAsync(VersionTable.For(type, map).SetChecksumsFromSql(store.Dialect.TemporaryTable(Rehashed)), [], [], cancellationToken).ConfigureAwait(false);
        await store.ExecuteAsync(store.Dialect.DropTemporaryTable(Rehashed), [], [], cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>The temporary table of new checksums (created without parameters).</summary>
    internal static string CreateRehashedSql(Dialect dialect, Mappings map) =>
        dialect.CreateTemporaryTable(Rehashed, $"version_id {map.VersionId.StoreType} NOT NULL PRIMARY KEY, checksum {map.Bytes.StoreType} NOT NULL");

    /// <summary>The change rows of type <c>@p0</c> take their versions' new checksums.</summary>
    internal static string UpdateFromRehashedSql(Dialect dialect)
    {
        return ChangeTable.SetChecksumsFromSql(dialect.TemporaryTable(Rehashed));
    }

    /// <summary>
    /// Re-hashes finalized commits in finalization order from the first one that changed any of <paramref name="types"/>:
    /// every later commit may descend from it. Parents' checksums are read back as already rewritten, a batch at a time,
    /// so memory stays constant.
    /// </summary>
    private static async Task<long> RehashCommitsAsync(GraphStore store, string[] types, CancellationToken cancellationToken)
    {
        var changes = store.Changes.ChangeSets;
        var first = await store.Commits
            .Where(c => c.State == CommitState.Finalized && changes.Any(ch => ch.CommitId == c.Id && types.Contains(ch.EntityType)))
            .MinAsync(c => c.Seq, cancellationToken).ConfigureAwait(false);
        if (first is null)
        {
            return 0;
        }

        long rewritten = 0;
        var from = first.Value;
        while (true)
        {
            var start = from;
            var rows = await store.Commits.Where(c => c.State == CommitState.Finalized && c.Seq >= start)
                .OrderBy(c => c.Seq).Take(Batch).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return rewritten;
            }

            var ids = rows.Select(r => r.Id).ToArray();
            var parents = (await store.Db.Set<CommitParentRow>().AsNoTracking().Where(p => ids.Contains(p.CommitId)).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(p => p.CommitId);
            var rowChanges = (await store.Changes.OfCommits(ids).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(c => c.CommitId);
            var checksums = new Dictionary<CommitId, Checksum>();
            var outside = parents.SelectMany(g => g).Select(p => p.ParentId).Distinct().Where(id => !ids.Contains(id)).ToArray();
            foreach (var chunk in outside.Chunk(500))
            {
                foreach (var parent in await store.Commits.Where(c => chunk.Contains(c.Id)).Select(c => new { c.Id, c.Checksum }).ToListAsync(cancellationToken).ConfigureAwait(false))
                {
                    checksums[parent.Id] = new Checksum(parent.Checksum!);
                }
            }

            var changed = new List<(CommitId Id, byte[] Checksum)>();
            foreach (var row in rows)
            {
                var checksum = CommitChecksums.Compute(row, parents[row.Id], rowChanges[row.Id], id => checksums[id]);
                checksums[row.Id] = checksum;
                if (row.Checksum is null || new Checksum(row.Checksum) != checksum)
                {
                    changed.Add((row.Id, checksum.ToByteArray()));
                }
            }

            // One statement per batch, not one per commit.
            await CommitChecksums.SetAsync(store, changed, cancellationToken).ConfigureAwait(false);
            rewritten += changed.Count;
            from = rows[^1].Seq!.Value + 1;
        }
    }
}
