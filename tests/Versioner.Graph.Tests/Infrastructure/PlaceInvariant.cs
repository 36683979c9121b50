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
/// Phase C's place invariant, which every Graph test checks on each database it made when it ends
/// (<see cref="GraphTest{TProvider}"/>). A version's row (in a versioned type's table, or in <c>versioner_documents</c>)
/// is its only record: no change row in <c>versioner_changes</c> is a version's own (not adopted, naming a version)
/// unless that version was pruned (<c>versioner_pruned</c>). Every row of a finalized commit, version row or change row,
/// sits at its commit's place (its segment and depth are the commit's), and its validity ends exactly where the next
/// change of its entity on its segment is (<c>versioner_until</c> or <c>until_depth</c> that change's depth; null when
/// none follows). Each finalized commit's manifest lists exactly its change rows' keys and its version rows' ids.
/// </summary>
/// <remarks>
/// Which tables a database has comes from the model of every EF context initialized on it (EF's
/// <c>ContextInitialized</c> diagnostic event), so contexts a test builds itself, and the context of a repository
/// opened on a bare connection, count as well as <see cref="GraphTest{TProvider}"/>'s own. A table without
/// <c>versioner_segment</c> (a database before format 4, or one left in an older format) is not checked. The check reads
/// over a connection of its own: one catalog query, then one query for the places (a window over every table's rows) and
/// the manifests' reads. The rules over all rows are read only when every table seen on the database is known.
/// </remarks>
internal static class PlaceInvariant
{
    private const string Changes = "versioner_changes";
    private const string Documents = "versioner_documents";
    private const int ShownPerTable = 20;

    /// <summary>The version tables of every context seen on each database, by <see cref="PlaceDatabase.Key"/>.</summary>
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<VersionTable, bool>> TablesByDatabase = new();

    private static readonly Lazy<IDisposable> Subscription = new(() => DiagnosticListener.AllListeners.Subscribe(new ContextObserver()));

    /// <summary>Starts noting the version tables of every EF context initialized from now on (once per process; later calls do nothing).</summary>
    public static void ObserveContexts() => _ = Subscription.Value;

    /// <summary>
    /// One line per broken rule on <paramref name="database"/>, naming the table, the version id and, for a column that
    /// differs, what it should be: <c>Books row 0190...: versioner_until 7, the next change of its entity on segment 1 none</c>. Empty when
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
        var tables = seen.Keys.Where(t => placed.Contains(t.CatalogName(database.IsPostgres))).OrderBy(t => t.Display, StringComparer.Ordinal).ToArray();
        if (tables.Length == 0)
        {
            return [];
        }

        var changes = tables[0].ChangesQuoted;
        string Table(string name) => changes.Replace("\"versioner_changes\"", $"\"{name}\"", StringComparison.Ordinal);
        var own = await RawRows.Rows(connection, $"""
            SELECT c."version_id", c."commit_id", c."eternal_id", c."entity_type" FROM {changes} AS c
            WHERE NOT c."adopted" AND c."version_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {Table("versioner_pruned")} AS p WHERE p."version_id" = c."version_id")
            """, r => $"{Changes} row of commit {RawRows.Id(r, 1)}, entity {RawRows.Id(r, 2)} ({r.GetString(3)}): an own change row of version {RawRows.Id(r, 0)}, which is not pruned");
        var violations = own.Take(ShownPerTable).ToList();
        if (tables.Length == seen.Count)
        {
            violations.AddRange(await PlaceViolationsAsync(connection, tables, Table("versioner_commits")));
            violations.AddRange(await ManifestViolationsAsync(connection, changes, database.IsPostgres, tables));
        }

        return violations;
    }

    /// <summary>
    /// The rows of finalized commits (every version row and change row) not at their commit's place, or whose validity
    /// does not end at the next change of their entity on their segment (the least deeper depth among the entity's rows
    /// there: two rows at one place, a duplicate, are named by the other rules).
    /// </summary>
    private static async Task<IEnumerable<string>> PlaceViolationsAsync(DbConnection connection, IReadOnlyList<VersionTable> tables, string commits)
    {
        var arms = tables.Select((t, i) =>
                $"SELECT {i} AS source, t.{Quote(t.VersionColumn)} AS version_id, t.{Quote(t.CommitColumn)} AS commit_id, t.{Quote(t.EternalColumn)} AS eternal_id, "
                + $"t.\"versioner_segment\" AS segment, t.\"versioner_depth\" AS depth, t.\"versioner_until\" AS until_depth FROM {t.Quoted} AS t")
            .Append($"SELECT {tables.Count} AS source, c.\"version_id\", c.\"commit_id\", c.\"eternal_id\", c.\"segment\", c.\"depth\", c.\"until_depth\" FROM {tables[0].ChangesQuoted} AS c");
        var rows = await RawRows.Rows(connection, $"""
            SELECT w.source, w.version_id, w.commit_id, w.eternal_id, w.segment, w.depth, w.until_depth, w.commit_segment, w.commit_depth, w.next_depth
            FROM (SELECT u.*, k."segment" AS commit_segment, k."depth" AS commit_depth,
                    MIN(u.depth) OVER (PARTITION BY u.eternal_id, u.segment ORDER BY u.depth RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_depth
                FROM ({string.Join(" UNION ALL ", arms)}) AS u JOIN {commits} AS k ON k."id" = u.commit_id WHERE k."state" = 1) AS w
            WHERE w.segment <> w.commit_segment OR w.depth <> w.commit_depth OR w.until_depth IS DISTINCT FROM w.next_depth
            ORDER BY w.source, w.segment, w.depth
            """, r =>
        {
            var source = Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture);
            var inTable = source < tables.Count;
            var prefix = inTable
                ? $"{tables[source].Display} row {RawRows.Id(r, 1)}"
                : $"{Changes} row of commit {RawRows.Id(r, 2)}, entity {RawRows.Id(r, 3)}";
            var (segment, depth, until) = inTable ? ("versioner_segment", "versioner_depth", "versioner_until") : ("segment", "depth", "until_depth");
            long? Long(int ordinal) => r.IsDBNull(ordinal) ? null : Convert.ToInt64(r.GetValue(ordinal), CultureInfo.InvariantCulture);
            var lines = new List<string>();
            if (Long(4) != Long(7))
            {
                lines.Add($"{prefix}: {segment} {Long(4)}, its commit's segment {Long(7)}");
            }

            if (Long(5) != Long(8))
            {
                lines.Add($"{prefix}: {depth} {Long(5)}, its commit's depth {Long(8)}");
            }

            if (Long(6) != Long(9))
            {
                lines.Add($"{prefix}: {until} {Show(Long(6))}, the next change of its entity on segment {Long(4)} {(Long(9) is { } next ? $"at depth {next}" : "none")}");
            }

            return lines;
        });
        return rows.SelectMany(lines => lines).Take(ShownPerTable);
    }

    /// <summary>
    /// Storage format 5's manifests: every finalized commit has one, and it lists exactly its change rows' keys (the
    /// version each makes current, or a removal's eternal id), so Verify can name a row deleted behind Versioner's back.
    /// Read in full (test databases are small); nothing when the database has no manifests table (an older format).
    /// The rows of <paramref name="versionTables"/> count as their commits' changes too (they have no change rows of their own).
    /// </summary>
    private static async Task<IEnumerable<string>> ManifestViolationsAsync(DbConnection connection, string changes, bool isPostgres, IReadOnlyList<VersionTable> versionTables)
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
            {string.Concat(versionTables.Select(t => $" UNION ALL SELECT t.{Quote(t.CommitColumn)}, t.{Quote(t.VersionColumn)} FROM {t.Quoted} AS t JOIN {commits} AS k ON k.\"id\" = t.{Quote(t.CommitColumn)} WHERE k.\"state\" = 1"))}
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

    private static string Show(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

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
