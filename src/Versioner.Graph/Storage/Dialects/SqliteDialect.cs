using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Internal;
using Versioner.Model;

namespace Versioner.Storage.Dialects;

/// <summary>
/// SQLite through Microsoft.Data.Sqlite: lists bound as one JSON parameter (<c>json_each</c>), guards as
/// <c>RAISE(ABORT)</c> triggers with a maintenance token row, many rows inserted from one JSON parameter, and the
/// statement handle read directly (SQLitePCL) so Verify hashes stored text without making strings. One writer at a
/// time, so no locks are taken.
/// </summary>
internal sealed class SqliteDialect : Dialect
{
    public static readonly SqliteDialect Instance = new();

    // SQLite result codes (https://sqlite.org/rescode.html).
    private const int Error = 1;
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int Constraint = 19;
    private const int ConstraintForeignKey = 787;
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;

    /// <summary>The maintenance token a maintenance transaction writes (and deletes before it commits).</summary>
    private const int Token = 1;

    /// <summary>How much of the database file a full scan maps (SQLite caps it at its compile-time maximum, 2 GB by default).</summary>
    private const long MappedBytes = 1L << 31;

    private SqliteDialect()
    {
    }

    public override string Name => "SQLite";

    public override string ProviderName => "Microsoft.EntityFrameworkCore.Sqlite";

    public override string SystemName => "sqlite";

    protected override string ConnectionDescription => "SQLite (Microsoft.Data.Sqlite's SqliteConnection)";

    public override bool Owns(DbConnection connection) => connection is SqliteConnection;

    public override void Use(DbContextOptionsBuilder builder, DbConnection connection) => builder.UseSqlite((SqliteConnection)connection);

    /// <summary>
    /// SQLite reports a missing table as a plain <c>SQLITE_ERROR</c>, told apart by its fixed message,
    /// <c>no such table: NAME</c> (the name as the statement wrote it, schema-qualified or not).
    /// </summary>
    public override string? MissingTable(DbException exception)
    {
        const string Prefix = "no such table: ";
        if (exception is not SqliteException { SqliteErrorCode: Error } || exception.Message.IndexOf(Prefix, StringComparison.Ordinal) is not (>= 0 and var start))
        {
            return null;
        }

        var name = exception.Message[(start + Prefix.Length)..];
        return name[..(name.IndexOf('\'') is >= 0 and var end ? end : name.Length)].TrimEnd('.');
    }

    /// <summary>
    /// SQLite's constraint errors by extended result code; Microsoft.Data.Sqlite does not always have it (a foreign key
    /// checked at the end of a statement reports only <c>SQLITE_CONSTRAINT</c>), so then by SQLite's fixed message text.
    /// </summary>
    public override DatabaseException? Translate(Exception exception)
    {
        if (exception is not SqliteException sqlite)
        {
            return null;
        }

        var message = sqlite.Message;
        if (sqlite.SqliteExtendedErrorCode is ConstraintUnique or ConstraintPrimaryKey
            || (sqlite.SqliteErrorCode == Constraint && (message.Contains("UNIQUE constraint failed", StringComparison.Ordinal) || message.Contains("PRIMARY KEY", StringComparison.Ordinal))))
        {
            return new DuplicateKeyException(null, sqlite);
        }

        if (sqlite.SqliteExtendedErrorCode == ConstraintForeignKey
            || (sqlite.SqliteErrorCode == Constraint && message.Contains("FOREIGN KEY constraint failed", StringComparison.Ordinal)))
        {
            return new ForeignKeyViolationException(null, sqlite);
        }

        if (sqlite.SqliteErrorCode == ReadOnly)
        {
            return new DatabaseReadOnlyException(message.TrimEnd('.'), sqlite);
        }

        return sqlite.SqliteErrorCode is Busy or Locked
            ? new ConcurrentWriteException("the database is busy or locked", sqlite)
            : ProviderErrors.Refused(message, sqlite.IsTransient, sqlite);
    }

    /// <summary>A constraint failure (the primary code, as the finalize retry has always read it) or a unique one.</summary>
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException && exception.ErrorCode is Constraint or ConstraintUnique;

    /// <summary>SQLite has no UUID type: ids are 16-byte blobs in RFC 9562 order (storage format 3), not EF's 36-character text.</summary>
    public override bool StoresIdsAsBytes => true;

    /// <summary>EF's blob mapping of the column, read without an array per id (<see cref="SqliteIdMapping"/>).</summary>
    public override RelationalTypeMapping IdColumnMapping(RelationalTypeMapping mapping) => SqliteIdMapping.Of(mapping);

    public override bool FoldsLookups => false;

    public override bool SeeksRowValues => true;

    public override bool KeepsStatements => true;

    public override bool LimitsEachUnionArm => false;

    /// <summary>Whether <c>versioner_commits.id</c> is declared <c>BLOB</c>, as format 3 makes it (format 2's was <c>TEXT</c>).</summary>
    public override async Task<bool> HasCurrentIdColumnsAsync(GraphStore store, CancellationToken cancellationToken) =>
        (await store.QueryAsync(
            "SELECT type FROM pragma_table_info(@p0) WHERE name = 'id'", [store.Map.Text], [SystemTables.Commits], r => r.GetString(0), cancellationToken)
            .ConfigureAwait(false)) is [var type] && type.Equals("BLOB", StringComparison.OrdinalIgnoreCase);

    public override Task<long> ConvertIdColumnsAsync(GraphStore store, CancellationToken cancellationToken) => SqliteIdColumns.ConvertAsync(store, cancellationToken);

    /// <summary>
    /// Foreign keys off (a table is rebuilt while others name it) and the legacy rename (a renamed table's name is not
    /// rewritten into the schema of others), on a connection held open until the returned action puts both back.
    /// </summary>
    public override async Task<Func<Task>?> PrepareTableRebuildAsync(GraphStore store, CancellationToken cancellationToken)
    {
        await store.Db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var foreignKeys = (await store.QueryAsync("PRAGMA foreign_keys", [], [], r => r.GetInt64(0), cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        await store.ExecuteAsync("PRAGMA foreign_keys = OFF", [], [], cancellationToken).ConfigureAwait(false);
        await store.ExecuteAsync("PRAGMA legacy_alter_table = ON", [], [], cancellationToken).ConfigureAwait(false);
        async Task RestoreAsync()
        {
            await store.ExecuteAsync("PRAGMA legacy_alter_table = OFF", [], [], CancellationToken.None).ConfigureAwait(false);
            await store.ExecuteAsync($"PRAGMA foreign_keys = {(foreignKeys == 0 ? "OFF" : "ON")}", [], [], CancellationToken.None).ConfigureAwait(false);
            await store.Db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        // Inside a transaction (the caller's, through EF or on the connection itself) SQLite ignores the switch, and
        // dropping a rebuilt table would then delete through its foreign keys.
        if ((await store.QueryAsync("PRAGMA foreign_keys", [], [], r => r.GetInt64(0), cancellationToken).ConfigureAwait(false)).FirstOrDefault() != 0)
        {
            await RestoreAsync().ConfigureAwait(false);
            throw new TransactionNotAllowedException("Repository.UpgradeStorageAsync", "on SQLite it rebuilds tables with foreign keys off, which SQLite cannot switch inside a transaction");
        }

        return RestoreAsync;
    }

    /// <summary>The ids as a JSON array of 32 hex digits each (<see cref="IdList.HexJson"/>), made blobs by <c>unhex</c> (SQLite 3.41).</summary>
    public override string JsonList(string parameter) => $"(SELECT unhex(value) FROM json_each({parameter}))";

    public override string InIdList(string column, string parameter) => $"{column} IN {JsonList(parameter)}";

    public override (RelationalTypeMapping Mapping, object Value) IdListParameter(Mappings map, IEnumerable<Guid> ids) => (map.Text, IdList.HexJson(ids));

    /// <summary>One JSON array of <c>[segment, after, up_to]</c>, read with <c>json_each</c>.</summary>
    public override (string Sql, RelationalTypeMapping[] Mappings, object?[] Values) PathRanges(
        Mappings map, IReadOnlyList<PathRange> ranges, Func<int, string> parameterName)
    {
        var json = new System.Text.StringBuilder((ranges.Count * 48) + 2).Append('[');
        foreach (var range in ranges)
        {
            json.Append(json.Length > 1 ? ",[" : "[").Append(range.Segment).Append(',').Append(range.After).Append(',').Append(range.UpTo).Append(']');
        }

        return (
            $"(SELECT value ->> 0 AS segment, value ->> 1 AS after, value ->> 2 AS up_to FROM json_each({parameterName(0)})) p",
            [map.Text],
            [json.Append(']').ToString()]);
    }

    /// <summary>SQLite keeps the row holding <c>MAX(depth)</c> (its bare-column rule).</summary>
    public override string DeepestPerEntity(string from) => $"SELECT r.*, MAX(r.depth) AS deepest {from} GROUP BY r.eternal_id";

    public override string DropTemporaryTable(string name) => $"DROP TABLE IF EXISTS temp.{name}";

    public override string CountIndexesSql => "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = {0} AND name = {1}";

    public override string CountTablesSql => "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}";

    public override string CountColumnsSql => "SELECT COUNT(*) AS \"Value\" FROM pragma_table_info({0}) WHERE name = {1}";

    public override IEnumerable<string> DropGuardStatements(DatabaseGuard guard) =>
        [$"DROP TRIGGER IF EXISTS \"versioner_guard_{guard.Name}_u\"", $"DROP TRIGGER IF EXISTS \"versioner_guard_{guard.Name}_d\""];

    /// <summary>
    /// One <c>BEFORE</c> trigger per guarded table and operation, raising <see cref="DatabaseGuards.Message"/>. A trigger
    /// whose text is not the one this version makes (an older generation, or a guard whose columns the model changed) is
    /// made again; one already as made is left alone.
    /// </summary>
    public override async Task InstallGuardsAsync(GraphStore store, IReadOnlyList<DatabaseGuard> guards, CancellationToken cancellationToken)
    {
        await store.Db.Database.ExecuteSqlRawAsync(
            $"CREATE TABLE IF NOT EXISTS {SystemTables.Maintenance} (\"token\" INTEGER NOT NULL CONSTRAINT \"PK_{SystemTables.Maintenance}\" PRIMARY KEY)",
            cancellationToken).ConfigureAwait(false);
        var installed = (await store.QueryAsync(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'versioner_guard_%'", [], [],
                reader => (Name: reader.GetString(0), Sql: reader.GetString(1)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(t => t.Name, t => t.Sql, StringComparer.Ordinal);
        foreach (var (name, sql) in installed)
        {
            if (!sql.Contains(SystemTables.Maintenance, StringComparison.Ordinal))
            {
                // An older generation (one that does not consult the maintenance table), whatever its table.
                await DropTriggerAsync(store, name, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var (name, sql) in guards.SelectMany(Triggers))
        {
            if (installed.TryGetValue(name, out var current) && string.Equals(current, sql, StringComparison.Ordinal))
            {
                continue;
            }

            await DropTriggerAsync(store, name, cancellationToken).ConfigureAwait(false);
            await store.Db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task DropTriggerAsync(GraphStore store, string name, CancellationToken cancellationToken)
    {
#pragma warning disable EF1002 // a trigger name of Versioner's own, not input
        await store.Db.Database.ExecuteSqlRawAsync($"DROP TRIGGER IF EXISTS \"{name}\"", cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
    }

    /// <summary>The triggers of one guard: name and statement (as SQLite keeps it in <c>sqlite_master</c>).</summary>
    internal static IEnumerable<(string Name, string Sql)> Triggers(DatabaseGuard guard)
    {
        var condition = guard.Condition is null ? DatabaseGuards.NotInMaintenance : $"({guard.Condition}) AND {DatabaseGuards.NotInMaintenance}";
        if (guard.Updates)
        {
            var name = $"versioner_guard_{guard.Name}_u";
            yield return (name, $"CREATE TRIGGER \"{name}\" BEFORE {guard.UpdateEvent} ON {guard.Table} WHEN {condition} BEGIN SELECT RAISE(ABORT, '{DatabaseGuards.Message}'); END");
        }

        if (guard.Deletes)
        {
            var name = $"versioner_guard_{guard.Name}_d";
            yield return (name, $"CREATE TRIGGER \"{name}\" BEFORE DELETE ON {guard.Table} WHEN {condition} BEGIN SELECT RAISE(ABORT, '{DatabaseGuards.Message}'); END");
        }
    }

    /// <summary>SQLite has no roles: whoever can write the file can lift the guards (or drop them).</summary>
    public override Task LiftGuardsAsync(GraphStore store, CancellationToken cancellationToken) =>
        store.Db.Database.ExecuteSqlRawAsync($"INSERT INTO {SystemTables.Maintenance} (token) VALUES ({Token})", cancellationToken);

    public override Task RestoreGuardsAsync(GraphStore store) =>
        store.Db.Database.ExecuteSqlRawAsync($"DELETE FROM {SystemTables.Maintenance} WHERE token = {Token}", CancellationToken.None);

    /// <summary>The rows arrive as UTF-8 bytes (a blob) and are read as text: no conversion to UTF-16 and back.</summary>
    public override string? JsonRowsInsert(string table, IReadOnlyList<string> columns, IReadOnlyList<bool> bytesColumns)
    {
        var values = string.Join(", ", bytesColumns.Select((bytes, i) => bytes ? $"unhex(j.value ->> {i})" : $"j.value ->> {i}"));
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {values} FROM json_each(CAST(@p0 AS TEXT)) AS j";
    }

    public override NativeRow? Native(DbDataReader reader) =>
        reader is SqliteDataReader { Handle: { } handle } ? new Row(handle) : null;

    /// <summary>When the database stores text as UTF-8 (the default).</summary>
    public override async Task<bool> ReadsTextAsUtf8Async(GraphStore store, CancellationToken cancellationToken)
    {
        var encoding = await store.QueryAsync("PRAGMA encoding", [], [], r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        return encoding is ["UTF-8"];
    }

    /// <summary>
    /// Reads the database file through memory-mapped I/O for the scan when the file is larger than the page cache and
    /// the connection does not set <c>mmap_size</c> itself. A scan of more than the cache holds otherwise fetches each
    /// page with a system call and a copy, several times the cost of hashing large rows (64 MB of 64 KB rows: 0.35 s
    /// against 0.05 s, measured with the sqlite3 shell); a database that fits stays in the cache, which is faster still
    /// than mapping it afresh. Only on a UTF-8 database (the scan reads text natively there).
    /// </summary>
    public override async Task<Func<Task>?> PrepareFullScanAsync(GraphStore store, CancellationToken cancellationToken)
    {
        async Task<long> PragmaAsync(string name) =>
            (await store.QueryAsync($"PRAGMA {name}", [], [], r => r.GetInt64(0), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

        if (!await ReadsTextAsUtf8Async(store, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var pageSize = await PragmaAsync("page_size").ConfigureAwait(false);
        var cacheSize = await PragmaAsync("cache_size").ConfigureAwait(false);
        var cacheBytes = cacheSize < 0 ? -cacheSize * 1024 : cacheSize * pageSize;
        if (await PragmaAsync("mmap_size").ConfigureAwait(false) != 0
            || await PragmaAsync("page_count").ConfigureAwait(false) * pageSize <= cacheBytes)
        {
            return null;
        }

        await store.ExecuteAsync($"PRAGMA mmap_size = {MappedBytes}", [], [], cancellationToken).ConfigureAwait(false);
        // The connection may go back to a pool: its setting is put back.
        return () => store.ExecuteAsync("PRAGMA mmap_size = 0", [], [], CancellationToken.None);
    }

    /// <summary>The current row of a statement, read with SQLitePCL.</summary>
    private sealed class Row(SQLitePCL.sqlite3_stmt statement) : NativeRow
    {
        public override bool TryGetText(int ordinal, out ReadOnlySpan<byte> utf8)
        {
            if (SQLitePCL.raw.sqlite3_column_type(statement, ordinal) == SQLitePCL.raw.SQLITE_TEXT)
            {
                utf8 = SQLitePCL.raw.sqlite3_column_blob(statement, ordinal);
                return true;
            }

            utf8 = default;
            return false;
        }

        public override bool TryGetBlob(int ordinal, out ReadOnlySpan<byte> bytes)
        {
            if (SQLitePCL.raw.sqlite3_column_type(statement, ordinal) == SQLitePCL.raw.SQLITE_BLOB)
            {
                bytes = SQLitePCL.raw.sqlite3_column_blob(statement, ordinal);
                return true;
            }

            bytes = default;
            return false;
        }

        public override ReadOnlySpan<byte> GetBlob(int ordinal) => SQLitePCL.raw.sqlite3_column_blob(statement, ordinal);

        public override long GetInt64(int ordinal) => SQLitePCL.raw.sqlite3_column_int64(statement, ordinal);

        public override string GetString(int ordinal) => SQLitePCL.raw.sqlite3_column_text(statement, ordinal).utf8_to_string() ?? "";
    }
}
