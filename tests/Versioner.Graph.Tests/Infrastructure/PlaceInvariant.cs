using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// Storage format 4's place invariant, which every Graph test checks on each database it made when it ends
/// (<see cref="GraphTest{TProvider}"/>): every version row (a row of a versioned type's table, or of
/// <c>versioner_documents</c>) has exactly one change row of its own (<c>commit_id</c> its commit, <c>eternal_id</c>
/// its entity, <c>version_id</c> its id, not adopted), and its <c>versioner_segment</c>, <c>versioner_depth</c>,
/// <c>versioner_until</c> and <c>versioner_checksum</c> equal that row's <c>segment</c>, <c>depth</c>,
/// <c>until_depth</c> and <c>version_checksum</c> (null equals null, checksums byte for byte), and that row names the
/// version's entity type; and the other way, every change row of a version's own (not adopted) names a version that has
/// a row in one of those tables or was pruned (<c>versioner_pruned</c>). Together: the change rows read as storage
/// format 4's last step reads them (<c>ChangeSource.VersionRowsSql</c>: each version row as its own change row, then the
/// change rows naming no version row of their own) are the change table's rows. In a run that writes no own change
/// rows (<c>VERSIONER_TEST_CHANGE_SOURCE=version-rows-only</c>) the rule is phase C's instead: no change row is a
/// version's own but a pruned version's, and each finalized commit's manifest lists exactly its change rows' and
/// version rows' keys.
/// </summary>
/// <remarks>
/// Which tables a database has comes from the model of every EF context initialized on it (EF's
/// <c>ContextInitialized</c> diagnostic event), so contexts a test builds itself, and the context of a repository
/// opened on a bare connection, count as well as <see cref="GraphTest{TProvider}"/>'s own. A table without
/// <c>versioner_segment</c> (a database before format 4, or one left in an older format) is not checked. The check reads
/// over a connection of its own: one catalog query per database, then one query per table, a join on the keys.
/// "Exactly one" rests on the change rows' key <c>(commit_id, eternal_id)</c>, which allows at most one.
/// </remarks>
internal static class PlaceInvariant
{
    private const string Changes = "versioner_changes";
    private const string Documents = "versioner_documents";
    private const int ShownPerTable = 20;

    /// <summary>The version tables of every context seen on each database, by <see cref="PlaceDatabase.Key"/>.</summary>
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<VersionTable, bool>> TablesByDatabase = new();

    private static readonly Lazy<IDisposable> Subscription = new(() => DiagnosticListener.AllListeners.Subscribe(new ContextObserver()));

    /// <summary>The four columns of a version row and the change-row columns each must equal, in the order read.</summary>
    private static readonly (string Own, string Change)[] Places =
    [
        ("versioner_segment", "segment"),
        ("versioner_depth", "depth"),
        ("versioner_until", "until_depth"),
        ("versioner_checksum", "version_checksum"),
    ];

    /// <summary>Starts noting the version tables of every EF context initialized from now on (once per process; later calls do nothing).</summary>
    public static void ObserveContexts() => _ = Subscription.Value;

    /// <summary>
    /// One line per broken rule on <paramref name="database"/>, naming the table, the version id and, for a column that
    /// differs, both values: <c>Books row 0190...: versioner_until 7, its change row's until_depth null</c>. Empty when
    /// the invariant holds, when no context with version tables was seen on the database, or when its tables lack the columns.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(PlaceDatabase database)
    {
        if (!TablesByDatabase.TryGetValue(database.Key, out var seen) || seen.IsEmpty || !database.Exists)
        {
            return [];
        }

        await using var connection = database.NewConnection();
        await connection.OpenAsync();
        var placed = await TablesWithPlaceColumnsAsync(connection, database.IsPostgres);
        var violations = new List<string>();
        var tables = seen.Keys.Where(t => placed.Contains(t.CatalogName(database.IsPostgres))).OrderBy(t => t.Display, StringComparer.Ordinal).ToArray();
        var allKnown = tables.Length > 0 && tables.Length == seen.Count;
        if (!ChangeSource.WriteOwnChangeRows)
        {
            return await WithoutOwnChangeRowsAsync(connection, tables, allKnown, database.IsPostgres);
        }

        foreach (var table in tables)
        {
            var rows = await RawRows.Rows(connection, CheckSql(table), r => Describe(table, r));
            violations.AddRange(rows.SelectMany(lines => lines).Take(ShownPerTable));
            var more = rows.Sum(lines => lines.Count) - ShownPerTable;
            if (more > 0)
            {
                violations.Add($"{table.Display}: {more} more");
            }
        }

        if (allKnown)
        {
            var orphans = await RawRows.Rows(connection, OwnRowsWithoutVersionSql(tables), r =>
                $"{Changes} row of commit {RawRows.Id(r, 1)}, entity {RawRows.Id(r, 2)} ({r.GetString(3)}): its own version {RawRows.Id(r, 0)} has no row and no pruned record");
            violations.AddRange(orphans.Take(ShownPerTable));
            if (orphans.Count > ShownPerTable)
            {
                violations.Add($"{Changes}: {orphans.Count - ShownPerTable} more");
            }
        }

        if (tables.Length > 0)
        {
            violations.AddRange(await ManifestViolationsAsync(connection, tables[0].ChangesQuoted, database.IsPostgres));
        }

        return violations;
    }

    /// <summary>
    /// The invariant of phase C's writes (<c>VERSIONER_TEST_CHANGE_SOURCE=version-rows-only</c>, no own change rows): no
    /// change row is a version's own but a pruned version's (the version row is the only record of the others); and,
    /// when every version table of the database is known, each finalized commit's manifest lists exactly its change
    /// rows' keys and its version rows' ids.
    /// </summary>
    private static async Task<IReadOnlyList<string>> WithoutOwnChangeRowsAsync(DbConnection connection, VersionTable[] tables, bool allKnown, bool isPostgres)
    {
        if (tables.Length == 0)
        {
            return [];
        }

        var changes = tables[0].ChangesQuoted;
        var pruned = changes.Replace("\"versioner_changes\"", "\"versioner_pruned\"", StringComparison.Ordinal);
        var own = await RawRows.Rows(connection, $"""
            SELECT c."version_id", c."commit_id", c."eternal_id", c."entity_type" FROM {changes} AS c
            WHERE NOT c."adopted" AND c."version_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {pruned} AS p WHERE p."version_id" = c."version_id")
            """, r => $"{Changes} row of commit {RawRows.Id(r, 1)}, entity {RawRows.Id(r, 2)} ({r.GetString(3)}): an own change row of version {RawRows.Id(r, 0)}, which is not pruned");
        var violations = own.Take(ShownPerTable).ToList();
        if (allKnown)
        {
            violations.AddRange(await ManifestViolationsAsync(connection, changes, isPostgres, tables));
        }

        return violations;
    }

    /// <summary>
    /// Storage format 5's manifests: every finalized commit has one, and it lists exactly its change rows' keys (the
    /// version each makes current, or a removal's eternal id), so Verify can name a row deleted behind Versioner's back.
    /// Read in full (test databases are small); nothing when the database has no manifests table (an older format).
    /// With <paramref name="versionTables"/> (no own change rows), their rows count as their commits' changes too.
    /// </summary>
    private static async Task<IEnumerable<string>> ManifestViolationsAsync(DbConnection connection, string changes, bool isPostgres, IReadOnlyList<VersionTable>? versionTables = null)
    {
        string Table(string name) => changes.Replace("\"versioner_changes\"", $"\"{name}\"", StringComparison.Ordinal);
        var manifests = Table("versioner_manifests");
        var exists = isPostgres
            ? $"SELECT CASE WHEN to_regclass('{manifests.Replace("'", "''", StringComparison.Ordinal)}') IS NULL THEN 0 ELSE 1 END"
            : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'versioner_manifests'";
        if ((await RawRows.Rows(connection, exists, r => Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture)))[0] == 0)
        {
            return [];
        }

        var commits = Table("versioner_commits");
        var keys = (await RawRows.Rows(connection, $"""
            SELECT c."commit_id", COALESCE(c."version_id", c."eternal_id") FROM {changes} AS c JOIN {commits} AS k ON k."id" = c."commit_id" WHERE k."state" = 1
            {string.Concat((versionTables ?? []).Select(t => $" UNION ALL SELECT t.{Quote(t.CommitColumn)}, t.{Quote(t.VersionColumn)} FROM {t.Quoted} AS t JOIN {commits} AS k ON k.\"id\" = t.{Quote(t.CommitColumn)} WHERE k.\"state\" = 1"))}
            """, r => (Commit: RawRows.Id(r, 0), Key: RawRows.Id(r, 1)))).ToLookup(k => k.Commit, k => k.Key);
        var listed = (await RawRows.Rows(connection, $"SELECT m.\"commit_id\", m.\"changes\" FROM {manifests} AS m", r => (Commit: RawRows.Id(r, 0), Changes: (byte[])r.GetValue(1))))
            .ToDictionary(m => m.Commit, m => m.Changes.Chunk(16).Select(b => new Guid(b, bigEndian: true)).ToList());
        var finalized = await RawRows.Rows(connection, $"SELECT k.\"id\" FROM {commits} AS k WHERE k.\"state\" = 1", r => RawRows.Id(r, 0));
        var violations = new List<string>();
        foreach (var commit in finalized)
        {
            if (!listed.TryGetValue(commit, out var manifest))
            {
                violations.Add($"finalized commit {commit}: no versioner_manifests row");
                continue;
            }

            var rows = keys[commit].Order().ToList();
            if (!manifest.SequenceEqual(rows.OrderBy(k => Convert.ToHexString(k.ToByteArray(bigEndian: true)), StringComparer.Ordinal)))
            {
                violations.Add($"finalized commit {commit}: manifest lists [{string.Join(", ", manifest)}], its change rows' keys are [{string.Join(", ", rows)}]");
            }
        }

        return violations.Take(ShownPerTable);
    }

    /// <summary>
    /// The change rows of a version's own (not adopted) whose version has no row in any of <paramref name="tables"/> and
    /// no pruned record. Read only when every table seen on the database has the place columns (all of them are known).
    /// </summary>
    private static string OwnRowsWithoutVersionSql(IEnumerable<VersionTable> tables)
    {
        var changes = tables.First().ChangesQuoted;
        var pruned = changes.Replace("\"versioner_changes\"", "\"versioner_pruned\"", StringComparison.Ordinal);
        var rows = string.Concat(tables.Select(t => $" AND NOT EXISTS (SELECT 1 FROM {t.Quoted} AS t WHERE t.{Quote(t.VersionColumn)} = c.\"version_id\")"));
        return $"""
            SELECT c."version_id", c."commit_id", c."eternal_id", c."entity_type" FROM {changes} AS c
            WHERE NOT c."adopted" AND c."version_id" IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM {pruned} AS p WHERE p."version_id" = c."version_id"){rows}
            """;
    }

    /// <summary>Drops what was noted about <paramref name="database"/> (once its test has ended).</summary>
    public static void Forget(PlaceDatabase database) => TablesByDatabase.TryRemove(database.Key, out _);

    /// <summary>The tables of the catalog that have <c>versioner_segment</c>, as <see cref="VersionTable.CatalogName"/>s: one query per database.</summary>
    private static async Task<HashSet<string>> TablesWithPlaceColumnsAsync(DbConnection connection, bool isPostgres)
    {
        var sql = isPostgres
            ? "SELECT table_schema || '.' || table_name FROM information_schema.columns WHERE column_name = 'versioner_segment'"
            : "SELECT m.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table' AND p.name = 'versioner_segment'";
        return [.. await RawRows.Rows(connection, sql, r => r.GetString(0))];
    }

    /// <summary>The rows of <paramref name="table"/> without an own change row or with a column that differs from it.</summary>
    private static string CheckSql(VersionTable table)
    {
        var own = string.Join(", ", Places.Select(p => $"t.{Quote(p.Own)}"));
        var change = string.Join(", ", Places.Select(p => $"c.{Quote(p.Change)}"));
        var differs = Places.Select(p => $"t.{Quote(p.Own)} IS DISTINCT FROM c.{Quote(p.Change)}").ToArray();
        // The entity type the version row stands for: its type's versioned name, or a document row's own column.
        var type = table.EntityType is { } name ? $"'{name.Replace("'", "''", StringComparison.Ordinal)}'" : "t.\"entity_type\"";
        var typeDiffers = $"c.\"entity_type\" <> {type}";
        return $"""
            SELECT t.{Quote(table.VersionColumn)}, t.{Quote(table.CommitColumn)}, t.{Quote(table.EternalColumn)}, c."commit_id", {own}, {change}, {string.Join(", ", differs)}, {type}, c."entity_type", {typeDiffers}
            FROM {table.Quoted} AS t
            LEFT JOIN {table.ChangesQuoted} AS c ON c."commit_id" = t.{Quote(table.CommitColumn)} AND c."eternal_id" = t.{Quote(table.EternalColumn)}
                AND c."version_id" = t.{Quote(table.VersionColumn)} AND NOT c."adopted"
            WHERE c."commit_id" IS NULL OR {string.Join(" OR ", differs)} OR {typeDiffers}
            """;
    }

    private static List<string> Describe(VersionTable table, DbDataReader row)
    {
        var prefix = $"{table.Display} row {RawRows.Id(row, 0)}";
        if (row.IsDBNull(3))
        {
            return [$"{prefix}: no change row of its own (none with commit_id {RawRows.Id(row, 1)}, eternal_id {RawRows.Id(row, 2)}, version_id {RawRows.Id(row, 0)}, not adopted)"];
        }

        // Which columns differ is the database's answer (IS DISTINCT FROM), not a comparison of the values as shown.
        var lines = new List<string>();
        for (var i = 0; i < Places.Length; i++)
        {
            if (Convert.ToBoolean(row.GetValue(4 + (2 * Places.Length) + i), CultureInfo.InvariantCulture))
            {
                lines.Add($"{prefix}: {Places[i].Own} {Show(row.GetValue(4 + i))}, its change row's {Places[i].Change} {Show(row.GetValue(4 + Places.Length + i))}");
            }
        }

        var typeAt = 4 + (3 * Places.Length);
        if (Convert.ToBoolean(row.GetValue(typeAt + 2), CultureInfo.InvariantCulture))
        {
            lines.Add($"{prefix}: entity type {row.GetString(typeAt)}, its change row's entity_type {row.GetString(typeAt + 1)}");
        }

        return lines;
    }

    private static string Show(object value) => value switch
    {
        DBNull => "null",
        byte[] bytes => Convert.ToHexStringLower(bytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>The version tables of <paramref name="model"/>: each versioned type's, and <c>versioner_documents</c>; none when it has no Versioner tables.</summary>
    private static IEnumerable<VersionTable> VersionTablesOf(IModel model)
    {
        var changes = model.GetEntityTypes().FirstOrDefault(e => e.GetTableName() == Changes);
        if (changes is null)
        {
            return [];
        }

        return model.GetEntityTypes()
            .Where(e => e.BaseType is null && (typeof(Versioned).IsAssignableFrom(e.ClrType) || e.GetTableName() == Documents))
            .Where(e => e.GetTableName() is not null)
            .Select(e =>
            {
                var store = StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema());
                string Column(string property) => e.FindProperty(property)?.GetColumnName(store)
                    ?? throw new InvalidOperationException($"{e.DisplayName()} has no column for {property}.");
                return new VersionTable(
                    e.GetSchema(), e.GetTableName()!, Column(nameof(Versioned.VersionId)), Column(nameof(Versioned.EternalId)), Column(nameof(Versioned.CommitId)), changes.GetSchema(),
                    e.FindAnnotation(VersioningAnnotations.EntityTypeName)?.Value as string);
            });
    }

    /// <summary>
    /// A table of version rows as a model maps it: its name and schema, its id columns, the schema of the change rows, and
    /// the versioned name of its type (null for <c>versioner_documents</c>, whose rows name their own).
    /// </summary>
    private sealed record VersionTable(string? Schema, string Name, string VersionColumn, string EternalColumn, string CommitColumn, string? ChangesSchema, string? EntityType)
    {
        /// <summary>The table as a message names it: <c>Books</c>, or <c>schema.Books</c>.</summary>
        public string Display => Schema is null ? Name : $"{Schema}.{Name}";

        public string Quoted => Qualified(Schema, Name);

        public string ChangesQuoted => Qualified(ChangesSchema, "versioner_changes");

        /// <summary>The name the catalog query gives the table: <c>schema.name</c> on PostgreSQL (<c>public</c> when the model names none), the name on SQLite.</summary>
        public string CatalogName(bool isPostgres) => isPostgres ? $"{Schema ?? "public"}.{Name}" : Name;

        private static string Qualified(string? schema, string name) =>
            schema is null ? Quote(name) : $"{Quote(schema)}.{Quote(name)}";
    }

    /// <summary>Notes the version tables of each context as EF initializes it (EF's <c>ContextInitialized</c> event).</summary>
    private sealed class ContextObserver : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(this, name => name == CoreEventId.ContextInitialized.Name);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is ContextInitializedEventData { Context: var context } && PlaceDatabase.Of(context) is { } database)
            {
                IModel model;
                try
                {
                    model = context.Model;
                }
#pragma warning disable CA1031 // a model that does not build holds no rows; the test meets the error at its own first use
                catch (Exception)
#pragma warning restore CA1031
                {
                    return;
                }

                var tables = TablesByDatabase.GetOrAdd(database.Key, _ => new());
                foreach (var table in VersionTablesOf(model))
                {
                    tables.TryAdd(table, true);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}

/// <summary>
/// A database a test made, as the place invariant reaches it: its engine and connection string. <see cref="Key"/> is
/// the same for every connection string naming the database (the SQLite file's full path; PostgreSQL's host, port and
/// database), so a context seen on it is matched whatever its connection string adds.
/// </summary>
internal sealed record PlaceDatabase(bool IsPostgres, string ConnectionString)
{
    public string Key
    {
        get
        {
            if (IsPostgres)
            {
                var postgres = new NpgsqlConnectionStringBuilder(ConnectionString);
                return $"postgres:{postgres.Host}:{postgres.Port}/{postgres.Database}";
            }

            return $"sqlite:{Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource)}";
        }
    }

    /// <summary>Whether the database is there to read: a SQLite file is made only when a connection first opens it.</summary>
    public bool Exists => IsPostgres || File.Exists(new SqliteConnectionStringBuilder(ConnectionString).DataSource);

    /// <summary>The database of <paramref name="provider"/>, or null before it is created (or on an engine the check does not read).</summary>
    public static PlaceDatabase? Of(TestProvider provider) =>
        provider is SqliteProvider or PostgresProvider
        && Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension.Extract(provider.OptionsFor<DbContext>()).ConnectionString is { } connectionString
            ? new PlaceDatabase(provider is PostgresProvider, connectionString)
            : null;

    /// <summary>The database <paramref name="context"/> is on, or null on an engine the check does not read.</summary>
    public static PlaceDatabase? Of(DbContext context) =>
        (context.Database.IsSqlite() || context.Database.IsNpgsql()) && context.Database.GetConnectionString() is { } connectionString
            ? new PlaceDatabase(context.Database.IsNpgsql(), connectionString)
            : null;

    /// <summary>A new, closed connection of its own (not pooled, so nothing stays open on the database once it is disposed).</summary>
    public DbConnection NewConnection() => IsPostgres
        ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString)
        : new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ConnectionString);
}
