using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// Applies a <see cref="RetentionPolicy"/>, set-based: every step is one SQL statement over the whole history (or one
/// per root, per type, per pointer column), working through temporary tables, so nothing proportional to the history
/// is held in memory and no statement runs per version. See docs/architecture.md, "Retention".
/// </summary>
internal static class Retention
{
    /// <summary>Per version seen on a root's path: null superseded_us = current at some root (kept).</summary>
    internal const string StateTable = "versioner_retention_state";

    /// <summary>The versions this run prunes.</summary>
    internal const string PruneTable = "versioner_retention_prune";

    /// <summary>The pointer records only pruned versions hold.</summary>
    internal const string OrphansTable = "versioner_retention_pointers";

    private const int Batch = 500;


    /// <summary>Applies or previews retention in a <c>versioner.retention</c> span (see <see cref="RunUntracedAsync"/>).</summary>
    public static Task<RetentionResult> RunAsync(GraphStore store, RetentionPolicy policy, Stream? archive, bool preview, CancellationToken cancellationToken) =>
        GraphTelemetry.TraceAsync("versioner.retention", store.Db, null, () => RunUntracedAsync(store, policy, archive, preview, cancellationToken), (span, r) => span.SetTag("versioner.retention.preview", r.IsPreview).SetTag("versioner.retention.versions", r.Versions));

    private static async Task<RetentionResult> RunUntracedAsync(GraphStore store, RetentionPolicy policy, Stream? archive, bool preview, CancellationToken cancellationToken)
    {
        var now = store.Options.TimeProvider.GetUtcNow();
        if (preview)
        {
            return await InDiscardedTransactionAsync(store, () => PlanAsync(store, policy, now, preview, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        return await MaintenanceTransaction.RunAsync(store, async () =>
        {
            // The roots must not move while the run decides what they keep. SQLite already holds the database's write
            // lock (the maintenance token was written); elsewhere the dialect locks refs against writes (readers go on,
            // finalizes wait for the run to commit) and pointer records against saves under way. A run never blocks on itself.
            await store.Dialect.LockForRetentionAsync(store, cancellationToken).ConfigureAwait(false);

            var result = await PlanAsync(store, policy, now, preview, cancellationToken).ConfigureAwait(false);
            if (archive is not null)
            {
                result = result.WithArchived(await WriteArchiveAsync(store, archive, cancellationToken).ConfigureAwait(false));
            }

            await PruneAsync(store, policy, now, cancellationToken).ConfigureAwait(false);
            await DropTablesAsync(store, cancellationToken).ConfigureAwait(false);
            return result;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fills the temporary tables with what the policy prunes, and counts it. Changes nothing else.</summary>
    private static async Task<RetentionResult> PlanAsync(GraphStore store, RetentionPolicy policy, DateTimeOffset now, bool preview, CancellationToken cancellationToken)
    {
        await CreateTablesAsync(store, cancellationToken).ConfigureAwait(false);
        await MarkRootsAsync(store, cancellationToken).ConfigureAwait(false);
        await ProtectInUseAsync(store, cancellationToken).ConfigureAwait(false);
        await SelectPrunedAsync(store, policy, now, cancellationToken).ConfigureAwait(false);
        await CollectOrphanPointersAsync(store, cancellationToken).ConfigureAwait(false);

        var byType = (await store.QueryAsync(
                CountPrunedSql(store.Dialect), [], [],
                reader => (Type: reader.GetString(0), Count: reader.GetInt64(1)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Type, r => r.Count, StringComparer.Ordinal);
        var pointers = (await store.QueryAsync(CountOrphansSql(store.Dialect), [], [], reader => reader.GetInt64(0), cancellationToken).ConfigureAwait(false))[0];
        return new RetentionResult(policy.Name, preview, now, byType, pointers);
    }

    // Counts are cast to 64 bits: SQL Server's COUNT is a 32-bit int, which its driver will not read as a long.
    internal static string CountPrunedSql(Dialect dialect) => $"SELECT entity_type, CAST(COUNT(*) AS BIGINT) FROM {dialect.TemporaryTable(PruneTable)} GROUP BY entity_type";

    internal static string CountOrphansSql(Dialect dialect) => $"SELECT CAST(COUNT(*) AS BIGINT) FROM {dialect.TemporaryTable(OrphansTable)}";

    /// <summary>
    /// For every root, the versions on its first-parent path and when each was replaced there: the timestamp of the next
    /// change of the same entity on that path, or null when none (current at the root). Merged over roots: null wins,
    /// otherwise the latest replacement.
    /// </summary>
    private static async Task MarkRootsAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var roots = await RootsAsync(store, cancellationToken).ConfigureAwait(false);
        var rows = new List<CommitRow>();
        foreach (var chunk in roots.Chunk(Batch))
        {
            rows.AddRange(await store.Commits.Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        foreach (var root in rows)
        {
            var path = await store.PathAsync(root, cancellationToken).ConfigureAwait(false);
            var (onPath, boundMappings, bounds) = path.Sql(store, "ch", 0);
            await store.ExecuteAsync(MarkRootSql(store, onPath), boundMappings, bounds, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Merges the versions on one root's path (<paramref name="onPath"/>, a condition on change rows <c>ch</c>) into the
    /// state table. The next change of each entity along the path, removals included: LEAD over the path's rows sorted
    /// by entity and depth (one sort), not a seek per row.
    /// </summary>
    internal static string MarkRootSql(GraphStore store, string onPath) => store.Dialect.Upsert(
        store.Dialect.TemporaryTable(StateTable),
        ["version_id", "superseded_us"],
        ["version_id"],
        $"""
        SELECT x.version_id, CASE WHEN COUNT(*) > COUNT(x.next_us) THEN NULL ELSE MAX(x.next_us) END
        FROM (
            SELECT ch.version_id AS version_id, LEAD(c.timestamp_us) OVER (PARTITION BY ch.eternal_id ORDER BY ch.depth) AS next_us
            FROM {ChangeReads.PlacedRows(store, "ch")} JOIN {SystemTables.Commits} c ON c.id = ch.commit_id
            WHERE {onPath}) x
        WHERE x.version_id IS NOT NULL
        GROUP BY x.version_id
        """,
        state => $"""
            superseded_us = CASE
                WHEN {state}.superseded_us IS NULL OR excluded.superseded_us IS NULL THEN NULL
                WHEN excluded.superseded_us > {state}.superseded_us THEN excluded.superseded_us
                ELSE {state}.superseded_us END
            """);

    /// <summary>
    /// The commits whose state must stay readable: branch and tag heads, the parents of working commits that hold
    /// changes (their status diffs against them, staging reads them), and the merge bases of every two branches (a
    /// later merge reads them).
    /// </summary>
    private static async Task<HashSet<CommitId>> RootsAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var refs = await store.Db.Set<RefRow>().AsNoTracking().Select(r => new { r.CommitId, r.Kind }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var roots = refs.Select(r => r.CommitId).ToHashSet();
        // An empty working commit (what a workspace goes on with after each finalize) needs nothing of its parent.
        roots.UnionWith(await store.QueryAsync(
            $"SELECT p.parent_id FROM {SystemTables.CommitParents} p JOIN {SystemTables.Commits} c ON c.id = p.commit_id WHERE c.state = {(int)CommitState.Working} "
            + $"AND (EXISTS (SELECT 1 FROM {ChangeReads.ChangeSetRows(store, "ch")} WHERE ch.commit_id = c.id) OR EXISTS (SELECT 1 FROM {SystemTables.Conflicts} x WHERE x.commit_id = c.id))",
            [], [], reader => new CommitId(GuidColumn.Read(reader, 0)), cancellationToken).ConfigureAwait(false));

        var branches = refs.Where(r => r.Kind == RefKind.Branch).Select(r => r.CommitId).Distinct().ToArray();
        if (branches.Length > 1)
        {
            var graph = await CommitGraph.ForAsync(store, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < branches.Length; i++)
            {
                for (var j = i + 1; j < branches.Length; j++)
                {
                    roots.UnionWith(graph.MergeBases(branches[i], branches[j]));
                }
            }
        }

        return roots;
    }

    /// <summary>Keeps versions in use outside any root's state: a working commit's, an unresolved conflict's, a pinned reference's target.</summary>
    private static async Task ProtectInUseAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var sources = new List<string>
        {
            $"SELECT ch.version_id AS v FROM {ChangeReads.ChangeSetRows(store, "ch")} JOIN {SystemTables.Commits} c ON c.id = ch.commit_id WHERE c.state = {(int)CommitState.Working}",
            $"SELECT base_version AS v FROM {SystemTables.Conflicts} UNION SELECT ours_version FROM {SystemTables.Conflicts} UNION SELECT theirs_version FROM {SystemTables.Conflicts}",
        };
        foreach (var type in store.Model.Types)
        {
            foreach (var pin in type.References.Where(r => r.Pinned))
            {
                var column = type.ColumnNames[Array.FindIndex(type.Columns, p => p.Name == pin.Property)];
                sources.Add($"SELECT {column} AS v FROM {type.Table}");
            }
        }

        foreach (var source in sources)
        {
            await store.ExecuteAsync(KeepSql(store.Dialect, source), [], [], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Marks the versions <paramref name="source"/> selects (column <c>v</c>) as kept in the state table.</summary>
    internal static string KeepSql(Dialect dialect, string source) => dialect.Upsert(
        dialect.TemporaryTable(StateTable),
        ["version_id", "superseded_us"],
        ["version_id"],
        $"SELECT x.v, CAST(NULL AS BIGINT) FROM ({source}) x WHERE x.v IS NOT NULL GROUP BY x.v",
        _ => "superseded_us = NULL");

    /// <summary>
    /// The versions to prune: finalized, not already pruned, not kept by a root or a use, and allowed by every rule the
    /// policy sets; then only those whose row is really there (a row that went missing otherwise stays a
    /// <see cref="VerifyIssueKind.MissingRow"/>, never disguised as pruned).
    /// </summary>
    private static async Task SelectPrunedAsync(GraphStore store, RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var map = store.Map;
        var conditions = new List<string>();
        var mappings = new List<RelationalTypeMapping?>();
        var values = new List<object?>();
        if (policy.NoncurrentFor is { } age)
        {
            // A version no root's path reaches (its branch was deleted) counts from the commit that made it.
            conditions.Add($"COALESCE(s.superseded_us, made.made_us) <= @p{values.Count}");
            mappings.Add(map.Long);
            values.Add(Timestamps.ToUnixMicroseconds(now) - (age.Ticks / TimeSpan.TicksPerMicrosecond));
        }

        if (policy.KeepNewest is { } keep)
        {
            conditions.Add($"made.newest > @p{values.Count}");
            mappings.Add(map.Long);
            values.Add((long)keep);
        }

        var newest = policy.KeepNewest is null ? "0" : "ROW_NUMBER() OVER (PARTITION BY m.eternal_id ORDER BY mc.seq DESC)";
        await store.ExecuteAsync(SelectPrunedSql(store, newest, conditions), [.. mappings], [.. values], cancellationToken).ConfigureAwait(false);

        var typeNames = new List<string>();
        foreach (var type in store.Model.Types)
        {
            typeNames.Add(type.Name);
            await store.ExecuteAsync(KeepMissingRowsSql(store.Dialect, type.Table, type.VersionColumn), [map.Text], [type.Name], cancellationToken).ConfigureAwait(false);
        }

        await store.ExecuteAsync(
            KeepMissingDocumentsSql(store.Dialect, typeNames.Count),
            typeNames.Select(_ => (RelationalTypeMapping?)map.Text).ToArray(), [.. typeNames], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fills the prune table: <paramref name="newest"/> numbers an entity's versions, <paramref name="conditions"/> are the policy's rules.</summary>
    internal static string SelectPrunedSql(GraphStore store, string newest, IReadOnlyList<string> conditions) => $"""
        INSERT INTO {store.Dialect.TemporaryTable(PruneTable)} (version_id, entity_type, eternal_id, commit_id, checksum)
        SELECT made.version_id, made.entity_type, made.eternal_id, made.commit_id, made.version_checksum
        FROM (
            SELECT m.version_id, m.entity_type, m.eternal_id, m.commit_id, m.version_checksum, mc.timestamp_us AS made_us, {newest} AS newest
            FROM {ChangeReads.MadeRows(store, "m")} JOIN {SystemTables.Commits} mc ON mc.id = m.commit_id
            WHERE mc.state = {(int)CommitState.Finalized} AND m.adopted = {store.Dialect.Boolean(false)} AND m.version_id IS NOT NULL AND m.version_checksum IS NOT NULL) made
        LEFT JOIN {store.Dialect.TemporaryTable(StateTable)} s ON s.version_id = made.version_id
        WHERE NOT (s.version_id IS NOT NULL AND s.superseded_us IS NULL)
            AND NOT EXISTS (SELECT 1 FROM {SystemTables.Pruned} p WHERE p.version_id = made.version_id)
            AND {string.Join(" AND ", conditions)}
        """;

    /// <summary>Takes the versions of type <c>@p0</c> whose row in <paramref name="table"/> is missing off the prune table.</summary>
    internal static string KeepMissingRowsSql(Dialect dialect, string table, string versionColumn)
    {
        var prune = dialect.TemporaryTable(PruneTable);
        return $"DELETE FROM {prune} WHERE entity_type = @p0 AND NOT EXISTS (SELECT 1 FROM {table} v WHERE v.{versionColumn} = {prune}.version_id)";
    }

    /// <summary>Takes the versions of no typed type (<c>@p0</c>... the <paramref name="typed"/> type names) whose document is missing off the prune table.</summary>
    internal static string KeepMissingDocumentsSql(Dialect dialect, int typed)
    {
        var prune = dialect.TemporaryTable(PruneTable);
        var notTyped = typed == 0 ? "" : $"entity_type NOT IN ({string.Join(", ", Enumerable.Range(0, typed).Select(i => $"@p{i}"))}) AND ";
        return $"DELETE FROM {prune} WHERE {notTyped}NOT EXISTS (SELECT 1 FROM {SystemTables.Documents} d WHERE d.version_id = {prune}.version_id)";
    }

    /// <summary>
    /// Pointer records no remaining version holds (sets and large texts are shared): those pruned versions held, and
    /// those no version holds at all, such as the records a working version's in-place edits superseded, or the records of
    /// a discarded workspace. One set difference over the pointer columns finds the latter, not a probe per record.
    /// </summary>
    private static async Task CollectOrphanPointersAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var columns = store.Model.Types
            .SelectMany(type => type.PointerFields.Select(field => (type, Column: type.ColumnNames[Array.IndexOf(type.Columns, field)])))
            .ToArray();
        foreach (var (type, column) in columns)
        {
            await store.ExecuteAsync(OrphansOfPrunedSql(store.Dialect, type.Table, type.VersionColumn, column), [], [], cancellationToken).ConfigureAwait(false);
        }

        await store.ExecuteAsync(UnheldPointersSql(store.Dialect, [.. columns.Select(c => (c.type.Table, c.Column))]), [], [], cancellationToken).ConfigureAwait(false);

        foreach (var (type, column) in columns)
        {
            await store.ExecuteAsync(HeldByKeptSql(store.Dialect, type.Table, type.VersionColumn, column), [], [], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The pointer records pruned versions of <paramref name="table"/> hold in <paramref name="column"/>.</summary>
    internal static string OrphansOfPrunedSql(Dialect dialect, string table, string versionColumn, string column) =>
        dialect.InsertIfAbsent(dialect.TemporaryTable(OrphansTable), ["checksum"], ["checksum"],
            $"SELECT DISTINCT v.{column} FROM {table} v JOIN {dialect.TemporaryTable(PruneTable)} p ON p.version_id = v.{versionColumn} WHERE v.{column} IS NOT NULL");

    /// <summary>The pointer records no pointer column (table, column) holds: one set difference (<c>EXCEPT</c> yields each checksum once).</summary>
    internal static string UnheldPointersSql(Dialect dialect, IReadOnlyList<(string Table, string Column)> columns)
    {
        var held = string.Concat(columns.Select(c => $" EXCEPT SELECT v.{c.Column} FROM {c.Table} v WHERE v.{c.Column} IS NOT NULL"));
        return dialect.InsertIfAbsent(dialect.TemporaryTable(OrphansTable), ["checksum"], ["checksum"],
            $"SELECT u.checksum FROM (SELECT checksum FROM {SystemTables.Pointers}{held}) u WHERE u.checksum IS NOT NULL");
    }

    /// <summary>Takes the pointer records a version of <paramref name="table"/> that is not pruned holds off the orphans.</summary>
    internal static string HeldByKeptSql(Dialect dialect, string table, string versionColumn, string column) =>
        $"DELETE FROM {dialect.TemporaryTable(OrphansTable)} WHERE checksum IN (SELECT v.{column} FROM {table} v WHERE v.{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {dialect.TemporaryTable(PruneTable)} p WHERE p.version_id = v.{versionColumn}))";

    /// <summary>
    /// Streams the pruned versions (re-hashed against their recorded checksums: damaged content is refused, not archived)
    /// and the orphaned pointer records to the archive, a batch at a time.
    /// </summary>
    /// <returns>The number of lines written.</returns>
    private static async Task<long> WriteArchiveAsync(GraphStore store, Stream stream, CancellationToken cancellationToken)
    {
        using var archive = new RetentionArchive(stream);
        long lines = 0;
        var map = store.Map;
        VersionId? after = null;
        while (true)
        {
            var batch = await store.QueryAsync(
                ArchiveVersionsSql(store.Dialect, after is not null),
                after is null ? [] : [map.VersionId],
                after is null ? [] : [after],
                reader => (VersionId: new VersionId(GuidColumn.Read(reader, 0)), EntityType: reader.GetString(1), CommitId: new CommitId(GuidColumn.Read(reader, 2)), Checksum: new Checksum((byte[])reader.GetValue(3))),
                cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            var contents = await store.LoadContentsAsync(batch.Select(b => (b.EntityType, b.VersionId)), cancellationToken, allowPruned: true).ConfigureAwait(false);
            foreach (var version in batch)
            {
                var content = contents[version.VersionId];
                if (content.ComputeChecksum() != version.Checksum)
                {
                    throw new HistoryDamagedException(
                        $"{version.EntityType} version {version.VersionId} no longer hashes to the checksum its commit {version.CommitId} recorded, so it cannot be archived faithfully. "
                        + "Nothing was pruned; run VerifyAsync() (or `versioner verify`) to find the damaged rows.");
                }

                await archive.WriteVersionAsync(content, version.CommitId, version.Checksum, cancellationToken).ConfigureAwait(false);
                lines++;
            }

            after = batch[^1].VersionId;
        }

        byte[]? afterKey = null;
        while (true)
        {
            var pointers = await store.QueryAsync(
                ArchivePointersSql(store.Dialect, afterKey is not null),
                afterKey is null ? [] : [map.Bytes],
                afterKey is null ? [] : [afterKey],
                reader => (Key: (byte[])reader.GetValue(0), Kind: (PointerKind)Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), Content: (byte[])reader.GetValue(2)),
                cancellationToken).ConfigureAwait(false);
            if (pointers.Count == 0)
            {
                break;
            }

            foreach (var (key, kind, content) in pointers)
            {
                await archive.WritePointerAsync(new Checksum(key), kind, content, cancellationToken).ConfigureAwait(false);
                lines++;
            }

            afterKey = pointers[^1].Key;
        }

        await archive.FlushAsync(cancellationToken).ConfigureAwait(false);
        return lines;
    }

    /// <summary>A batch of the pruned versions, by id (after <c>@p0</c> when <paramref name="after"/>).</summary>
    internal static string ArchiveVersionsSql(Dialect dialect, bool after) =>
        dialect.SelectFirst(Batch, "version_id, entity_type, commit_id, checksum", $"FROM {dialect.TemporaryTable(PruneTable)}{(after ? " WHERE version_id > @p0" : "")} ORDER BY version_id");

    /// <summary>A batch of the orphaned pointer records, by checksum (after <c>@p0</c> when <paramref name="after"/>).</summary>
    internal static string ArchivePointersSql(Dialect dialect, bool after) =>
        dialect.SelectFirst(
            Batch,
            "p.checksum, p.kind, p.content",
            $"FROM {SystemTables.Pointers} p JOIN {dialect.TemporaryTable(OrphansTable)} o ON o.checksum = p.checksum{(after ? " WHERE p.checksum > @p0" : "")} ORDER BY p.checksum");

    /// <summary>Marks the selected versions, then deletes their rows and the orphaned pointer records.</summary>
    private static async Task PruneAsync(GraphStore store, RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var map = store.Map;
        await store.ExecuteAsync(MarkPrunedSql(store.Dialect), [map.Long, map.Text], [Timestamps.ToUnixMicroseconds(now), policy.Name], cancellationToken).ConfigureAwait(false);
        // The version row was its version's only record: the change row that outlives it says where it was.
        foreach (var table in VersionTable.All(store))
        {
            await store.ExecuteAsync(KeepChangeRowsSql(store.Dialect, table), [], [], cancellationToken).ConfigureAwait(false);
        }

        foreach (var type in store.Model.Types)
        {
            await store.ExecuteAsync(DeleteRowsSql(store.Dialect, type.Table, type.VersionColumn), [map.Text], [type.Name], cancellationToken).ConfigureAwait(false);
        }

        foreach (var sql in DeleteRestSql(store.Dialect))
        {
            await store.ExecuteAsync(sql, [], [], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The prune marks (<c>@p0</c> when, <c>@p1</c> the policy's name).</summary>
    internal static string MarkPrunedSql(Dialect dialect) =>
        $"INSERT INTO {SystemTables.Pruned} (version_id, entity_type, eternal_id, commit_id, checksum, pruned_at_us, policy) "
        + $"SELECT version_id, entity_type, eternal_id, commit_id, checksum, @p0, @p1 FROM {dialect.TemporaryTable(PruneTable)}";

    /// <summary>
    /// The change row of each pruned version in <paramref name="table"/> that has none (since storage format 7 a
    /// version's row is its only record), from its version row: its commit, place, validity and
    /// checksum, so reads through <see cref="ChangeSource.VersionRowsSql"/> still find the change once the row is gone.
    /// </summary>
    internal static string KeepChangeRowsSql(Dialect dialect, VersionTable table)
    {
        var type = table.Type is null ? "v.entity_type" : Dialect.Literal(table.EntityType);
        return $"INSERT INTO {SystemTables.Changes} (commit_id, eternal_id, entity_type, version_id, version_checksum, segment, depth, until_depth, adopted) "
            + $"SELECT v.{table.CommitColumn}, v.{table.EternalColumn}, {type}, v.{table.VersionColumn}, v.{PlaceColumns.Checksum}, "
            + $"v.{PlaceColumns.Segment}, v.{PlaceColumns.Depth}, v.{PlaceColumns.Until}, {dialect.Boolean(false)} FROM {table.Name} v "
            + $"WHERE v.{table.VersionColumn} IN (SELECT version_id FROM {dialect.TemporaryTable(PruneTable)}) "
            + $"AND NOT EXISTS (SELECT 1 FROM {SystemTables.Changes} c WHERE c.commit_id = v.{table.CommitColumn} AND c.eternal_id = v.{table.EternalColumn})";
    }

    /// <summary>Deletes the pruned rows of type <c>@p0</c> from its <paramref name="table"/>.</summary>
    internal static string DeleteRowsSql(Dialect dialect, string table, string versionColumn) =>
        $"DELETE FROM {table} WHERE {versionColumn} IN (SELECT version_id FROM {dialect.TemporaryTable(PruneTable)} WHERE entity_type = @p0)";

    /// <summary>
    /// Deletes the pruned documents (only dynamic documents' versions live there, so every selected id can be tried),
    /// then the orphaned set members and pointer records.
    /// </summary>
    internal static string[] DeleteRestSql(Dialect dialect)
    {
        var (prune, orphans) = (dialect.TemporaryTable(PruneTable), dialect.TemporaryTable(OrphansTable));
        return
        [
            $"DELETE FROM {SystemTables.Documents} WHERE version_id IN (SELECT version_id FROM {prune})",
            $"DELETE FROM {SystemTables.PointerMembers} WHERE set_checksum IN (SELECT checksum FROM {orphans})",
            $"DELETE FROM {SystemTables.Pointers} WHERE checksum IN (SELECT checksum FROM {orphans})",
        ];
    }

    private static async Task CreateTablesAsync(GraphStore store, CancellationToken cancellationToken)
    {
        await DropTablesAsync(store, cancellationToken).ConfigureAwait(false);
        foreach (var sql in CreateTablesSql(store.Dialect, store.Map))
        {
            await store.ExecuteAsync(sql, [], [], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The temporary tables' creation, one statement each (without parameters).</summary>
    internal static string[] CreateTablesSql(Dialect dialect, Mappings map) =>
    [
        dialect.CreateTemporaryTable(StateTable, $"version_id {map.VersionId.StoreType} NOT NULL PRIMARY KEY, superseded_us BIGINT NULL"),
        dialect.CreateTemporaryTable(PruneTable, $"version_id {map.VersionId.StoreType} NOT NULL PRIMARY KEY, entity_type {map.Text.StoreType} NOT NULL, "
            + $"eternal_id {map.EternalId.StoreType} NOT NULL, commit_id {map.CommitId.StoreType} NOT NULL, checksum {map.Bytes.StoreType} NOT NULL"),
        dialect.CreateTemporaryTable(OrphansTable, $"checksum {map.Bytes.StoreType} NOT NULL PRIMARY KEY"),
    ];

    /// <summary>Drops the temporary tables as the dialect names them, so a user table of the same name is never touched.</summary>
    private static async Task DropTablesAsync(GraphStore store, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { StateTable, PruneTable, OrphansTable })
        {
            await store.ExecuteAsync(store.Dialect.DropTemporaryTable(table), [], [], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a preview in a transaction that is never committed, so it cannot change anything even by mistake.</summary>
    private static async Task<T> InDiscardedTransactionAsync<T>(GraphStore store, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (store.Db.Database.CurrentTransaction is not null)
        {
            var owned = await work().ConfigureAwait(false);
            await DropTablesAsync(store, cancellationToken).ConfigureAwait(false);
            return owned;
        }

        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work().ConfigureAwait(false);
        await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }
}
