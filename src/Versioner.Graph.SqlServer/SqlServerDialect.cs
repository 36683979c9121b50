using System.Data.Common;
using System.Globalization;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Internal;
using Versioner.Model;

namespace Versioner.Storage.Dialects;

/// <summary>
/// SQL Server through Microsoft.Data.SqlClient. Groundwork, not yet run against a live server (see the package README):
/// guards as <c>AFTER</c> triggers that <c>THROW</c>, lists as one JSON parameter read with <c>OPENJSON</c>, row and
/// application locks where writers must take turns, ids ordered by their canonical text, and decimals SQL Server would
/// round refused before they are written.
/// </summary>
internal sealed class SqlServerDialect : Dialect
{
    public static readonly SqlServerDialect Instance = new();

    /// <summary>The error number a guard throws (user-defined errors start at 50000).</summary>
    public const int GuardError = 50001;

    // SQL Server error numbers (sys.messages).
    private const int UniqueIndex = 2601;
    private const int UniqueConstraint = 2627;
    private const int ConstraintConflict = 547;
    private const int Deadlock = 1205;
    private const int LockTimeout = 1222;
    private const int SnapshotConflict = 3960;
    private const int ReadOnlyDatabase = 3906;
    private const int PermissionDenied = 229;
    private const int ColumnPermissionDenied = 230;
    private const int CreatePermissionDenied = 262;
    private const int InvalidObjectName = 208;

    /// <summary>The maintenance token a maintenance transaction writes (and deletes before it commits).</summary>
    private const int Token = 1;

    private SqlServerDialect()
    {
    }

    public override string Name => "SQL Server";

    public override string ProviderName => "Microsoft.EntityFrameworkCore.SqlServer";

    public override string SystemName => "microsoft.sql_server";

    protected override string ConnectionDescription => "SQL Server (SqlConnection)";

    public override bool Owns(DbConnection connection) => connection is SqlConnection;

    public override void Use(DbContextOptionsBuilder builder, DbConnection connection) => builder.UseSqlServer((SqlConnection)connection);

    public override DatabaseException? Translate(Exception exception) => exception is SqlException sql ? Translate(sql.Number, sql.Message, sql.IsTransient, sql) : null;

    /// <summary>The translation of error <paramref name="number"/> (with the server's <paramref name="message"/>).</summary>
    internal static DatabaseException Translate(int number, string message, bool transient, Exception provider) => number switch
    {
        UniqueIndex or UniqueConstraint => new DuplicateKeyException(null, provider),
        // 547 is also a CHECK constraint's number: only a foreign key (a "REFERENCE" constraint) is one.
        ConstraintConflict when message.Contains("FOREIGN KEY", StringComparison.Ordinal) || message.Contains("REFERENCE", StringComparison.Ordinal)
            => new ForeignKeyViolationException(null, provider),
        Deadlock => new ConcurrentWriteException("deadlock", provider),
        LockTimeout => new ConcurrentWriteException("lock request time out", provider),
        SnapshotConflict => new ConcurrentWriteException("snapshot isolation update conflict", provider),
        ReadOnlyDatabase => new DatabaseReadOnlyException(message.TrimEnd('.'), provider),
        _ => ProviderErrors.Refused(message, transient, provider),
    };

    public override bool IsUniqueViolation(DbException exception) => exception is SqlException { Number: UniqueIndex or UniqueConstraint };

    /// <summary>Error 208, <c>Invalid object name 'NAME'.</c>: the name between the quotes (the whole text should there be none).</summary>
    public override string? MissingTable(DbException exception)
    {
        if (exception is not SqlException { Number: InvalidObjectName } sql)
        {
            return null;
        }

        var (open, close) = (sql.Message.IndexOf('\'', StringComparison.Ordinal), sql.Message.LastIndexOf('\''));
        return close > open + 1 ? sql.Message[(open + 1)..close] : sql.Message;
    }

    public override bool IsPermissionDenied(DbException exception) =>
        exception is SqlException { Number: PermissionDenied or ColumnPermissionDenied or CreatePermissionDenied };

    /// <summary>Id lists are one JSON parameter: SQL Server takes at most 2,100 parameters, and one is cheaper to bind.</summary>
    public override string JsonList(string parameter) => $"(SELECT CAST([value] AS uniqueidentifier) FROM OPENJSON({parameter}))";

    public override string InIdList(string column, string parameter) => $"{column} IN {JsonList(parameter)}";

    public override (RelationalTypeMapping Mapping, object Value) IdListParameter(Mappings map, IEnumerable<Guid> ids) => (map.Text, IdList.Json(ids));

    /// <summary>One JSON array of <c>[segment, after, up_to]</c>, read with <c>OPENJSON ... WITH</c>.</summary>
    public override (string Sql, RelationalTypeMapping[] Mappings, object?[] Values) PathRanges(
        Mappings map, IReadOnlyList<PathRange> ranges, Func<int, string> parameterName)
    {
        var json = new System.Text.StringBuilder((ranges.Count * 48) + 2).Append('[');
        foreach (var range in ranges)
        {
            json.Append(json.Length > 1 ? ",[" : "[").Append(range.Segment).Append(',').Append(range.After).Append(',').Append(range.UpTo).Append(']');
        }

        return (
            $"OPENJSON({parameterName(0)}) WITH (segment bigint '$[0]', after bigint '$[1]', up_to bigint '$[2]') AS p",
            [map.Text],
            [json.Append(']').ToString()]);
    }

    /// <summary>No <c>DISTINCT ON</c>: the first row per entity by depth, numbered with <c>ROW_NUMBER()</c>.</summary>
    public override string DeepestPerEntity(string from) =>
        $"SELECT d.* FROM (SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r.eternal_id ORDER BY r.depth DESC) AS deepest {from}) AS d WHERE d.deepest = 1";

    /// <summary>
    /// SQL Server sorts <c>uniqueidentifier</c> by its last byte group first (bytes 10-15, then 8-9, 6-7, 4-5, 0-3),
    /// unlike SQLite's text and PostgreSQL's <c>uuid</c>; the canonical text compared byte by byte sorts as they do.
    /// </summary>
    public override string IdOrder(string column) => $"CONVERT(char(36), {column}) COLLATE Latin1_General_BIN2";

    public override string SelectFirst(int count, string columns, string rest) =>
        string.Create(CultureInfo.InvariantCulture, $"SELECT TOP ({count}) {columns} {rest}");

    public override string Page(string count, string offset) => $"OFFSET {offset} ROWS FETCH NEXT {count} ROWS ONLY";

    public override string LockRowHint => " WITH (UPDLOCK, ROWLOCK, HOLDLOCK)";

    /// <summary>An application lock owned by the transaction, as PostgreSQL's advisory lock.</summary>
    public override Task LockCommitSequenceAsync(GraphStore store, CancellationToken cancellationToken) =>
        store.ExecuteAsync(CommitSequenceLock, [], [], cancellationToken);

    internal const string CommitSequenceLock =
        "EXEC sp_getapplock @Resource = N'versioner_commit_sequence', @LockMode = N'Exclusive', @LockOwner = N'Transaction'";

    public override Task LockChildSlotAsync(GraphStore store, CommitId parent, CancellationToken cancellationToken) =>
        store.ExecuteAsync(ChildSlotLock, [store.Map.CommitId], [parent], cancellationToken);

    internal static readonly string ChildSlotLock = $"SELECT 1 FROM {SystemTables.Commits} WITH (UPDLOCK, ROWLOCK) WHERE id = @p0";

    public override async Task LockForRetentionAsync(GraphStore store, CancellationToken cancellationToken)
    {
        foreach (var sql in RetentionLocks)
        {
            await store.ExecuteAsync(sql, [], [], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Refs held against writes (readers go on), pointer records against saves under way: table locks kept to the end.</summary>
    internal static readonly string[] RetentionLocks =
    [
        $"SELECT TOP (0) 1 FROM {SystemTables.Refs} WITH (TABLOCK, HOLDLOCK)",
        $"SELECT TOP (0) 1 FROM {SystemTables.Pointers} WITH (TABLOCK, UPDLOCK, HOLDLOCK)",
    ];

    public override Task LockCommitsForRedactionAsync(GraphStore store, CancellationToken cancellationToken) =>
        store.ExecuteAsync(RedactionLock, [], [], cancellationToken);

    internal static readonly string RedactionLock = $"SELECT TOP (0) 1 FROM {SystemTables.Commits} WITH (TABLOCKX, HOLDLOCK)";

    /// <summary>
    /// A local temporary table (<c>#name</c>), the connection's own. It is created by a statement without parameters,
    /// which SqlClient sends as a batch of its own (not through <c>sp_executesql</c>, whose temporary tables end with it).
    /// </summary>
    public override string TemporaryTable(string name) => "#" + name;

    public override string CreateTemporaryTable(string name, string columns) => $"CREATE TABLE {TemporaryTable(name)} ({columns})";

    public override string DropTemporaryTable(string name) => $"DROP TABLE IF EXISTS {TemporaryTable(name)}";

    /// <summary>
    /// No <c>ON CONFLICT</c>: an <c>INSERT ... SELECT</c> of the rows whose key is not there, the key range held
    /// (<c>UPDLOCK, HOLDLOCK</c>) until the transaction ends so that a concurrent insert of the same key waits instead
    /// of failing on the key.
    /// </summary>
    public override string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> key, string source) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {string.Join(", ", columns.Select(c => "s." + c))} FROM ({source}) AS s ({string.Join(", ", columns)}) "
        + $"WHERE NOT EXISTS (SELECT 1 FROM {table} AS t WITH (UPDLOCK, HOLDLOCK) WHERE {string.Join(" AND ", key.Select(k => $"t.{k} = s.{k}"))})";

    /// <summary>A <c>MERGE</c> holding the key range (<c>HOLDLOCK</c>), the proposed row named <c>excluded</c> as the other engines name it.</summary>
    public override string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> key, string source, Func<string, string> set) =>
        $"MERGE INTO {table} WITH (HOLDLOCK) AS t USING ({source}) AS excluded ({string.Join(", ", columns)}) "
        + $"ON {string.Join(" AND ", key.Select(k => $"t.{k} = excluded.{k}"))} "
        + $"WHEN MATCHED THEN UPDATE SET {set("t")} "
        + $"WHEN NOT MATCHED THEN INSERT ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "excluded." + c))});";

    /// <summary>The rows as a derived table with named columns, joined to the table: <c>UPDATE alias SET ... FROM table alias JOIN (VALUES ...)</c>.</summary>
    public override string UpdateFromRows(string table, string key, string column, string rows) =>
        $"UPDATE t SET {column} = v.{column} FROM {table} AS t JOIN (VALUES {rows}) AS v ({key}, {column}) ON t.{key} = v.{key}";

    /// <summary>T-SQL has no <c>RECURSIVE</c> keyword: a common table expression that names itself is recursive.</summary>
    public override string WithRecursive => "WITH";

    /// <summary>
    /// A recursive common table expression takes only <c>UNION ALL</c> on SQL Server, which would walk a node once per
    /// path to it (paths multiply with every merge). Instead a breadth-first walk in one batch: a table variable keyed
    /// by node holds what was reached, and each round follows the edges of the last round's nodes alone to the nodes
    /// not reached yet (found by the index on the round, not by a scan of all reached), so each node is walked once and
    /// the loop ends when a round adds none. A linear history takes one round per commit.
    /// </summary>
    public override string Reachable(string edges, string from, string to, string start, Func<string, string> query) => $"""
        SET NOCOUNT ON;
        DECLARE @walk TABLE (id uniqueidentifier NOT NULL PRIMARY KEY, round int NOT NULL, INDEX walk_round (round));
        DECLARE @round int = 0;
        DECLARE @added int;
        INSERT INTO @walk (id, round) SELECT DISTINCT e.{to}, 0 FROM {edges} e WHERE e.{from} = {start};
        SET @added = @@ROWCOUNT;
        WHILE @added > 0
        BEGIN
            INSERT INTO @walk (id, round)
            SELECT DISTINCT p.{to}, @round + 1 FROM @walk w JOIN {edges} p ON p.{from} = w.id
            WHERE w.round = @round AND NOT EXISTS (SELECT 1 FROM @walk x WHERE x.id = p.{to});
            SET @added = @@ROWCOUNT;
            SET @round = @round + 1;
        END;
        {query("@walk AS walk")};
        """;

    public override string Boolean(bool value) => value ? "1" : "0";

    /// <summary>T-SQL concatenates with <c>+</c>.</summary>
    public override string Unindexed(string expression) => $"{expression} + N''";

    public override string CountTablesSql =>
        "SELECT COUNT(*) AS [Value] FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA_NAME() AND TABLE_NAME = {0}";

    public override string CountIndexesSql =>
        "SELECT COUNT(*) AS [Value] FROM sys.indexes WHERE object_id = OBJECT_ID(QUOTENAME(SCHEMA_NAME()) + '.' + QUOTENAME({0})) AND name = {1}";

    public override string CountColumnsSql =>
        "SELECT COUNT(*) AS [Value] FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA_NAME() AND TABLE_NAME = {0} AND COLUMN_NAME = {1}";

    public override IEnumerable<string> DropGuardStatements(DatabaseGuard guard) =>
        [$"DROP TRIGGER IF EXISTS [versioner_guard_{guard.Name}_u]", $"DROP TRIGGER IF EXISTS [versioner_guard_{guard.Name}_d]"];

    public override async Task InstallGuardsAsync(GraphStore store, IReadOnlyList<DatabaseGuard> guards, CancellationToken cancellationToken)
    {
        foreach (var sql in InstallStatements(guards))
        {
            await store.Db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The maintenance table, then one trigger per guard and operation (each <c>CREATE OR ALTER TRIGGER</c> alone in its
    /// batch, as SQL Server requires). <c>deleted</c> is aliased <c>OLD</c>, so the guards' conditions read as written.
    /// An <c>AFTER</c> trigger that throws rolls the statement (and its transaction) back: nothing is changed.
    /// </summary>
    internal static List<string> InstallStatements(IReadOnlyList<DatabaseGuard> guards)
    {
        var statements = new List<string>
        {
            $"IF OBJECT_ID(N'{SystemTables.Maintenance}', N'U') IS NULL CREATE TABLE {SystemTables.Maintenance} (token int NOT NULL CONSTRAINT PK_{SystemTables.Maintenance} PRIMARY KEY)",
        };
        foreach (var guard in guards)
        {
            var condition = guard.Condition is null ? DatabaseGuards.NotInMaintenance : $"({guard.Condition}) AND {DatabaseGuards.NotInMaintenance}";
            foreach (var (operation, suffix) in new[] { (guard.Updates, "UPDATE", "u"), (guard.Deletes, "DELETE", "d") }.Where(o => o.Item1).Select(o => (o.Item2, o.Item3)))
            {
                // UPDATE OF columns: T-SQL asks UPDATE(column) inside the trigger.
                var columns = operation == "UPDATE" && guard.UpdatesOf is { } of ? $"({string.Join(" OR ", of.Select(c => $"UPDATE({c})"))}) AND " : "";
                statements.Add(
                    $"CREATE OR ALTER TRIGGER [versioner_guard_{guard.Name}_{suffix}] ON {guard.Table} AFTER {operation} AS BEGIN SET NOCOUNT ON; "
                    + $"IF {columns}EXISTS (SELECT 1 FROM deleted AS OLD WHERE {condition}) THROW {GuardError}, N'{DatabaseGuards.Message}', 1; END");
            }
        }

        return statements;
    }

    /// <summary>The token is written directly, as on SQLite: roles are not yet checked (no signed procedure yet).</summary>
    public override Task LiftGuardsAsync(GraphStore store, CancellationToken cancellationToken) =>
        store.Db.Database.ExecuteSqlRawAsync(LiftStatement, cancellationToken);

    public override Task RestoreGuardsAsync(GraphStore store) =>
        store.Db.Database.ExecuteSqlRawAsync(RestoreStatement, CancellationToken.None);

    internal static readonly string LiftStatement = $"INSERT INTO {SystemTables.Maintenance} (token) VALUES ({Token})";

    internal static readonly string RestoreStatement = $"DELETE FROM {SystemTables.Maintenance} WHERE token = {Token}";

    /// <summary>
    /// Refuses a decimal SQL Server would round or overflow in its column: a value with more decimal places than the
    /// column's scale (after trailing zeros, which the canonical form drops anyway), or more integer digits than its
    /// precision leaves. The stored value would no longer be the hashed one.
    /// </summary>
    public override void ValidateValue(IProperty property, object? value)
    {
        if (value is not decimal number)
        {
            return;
        }

        var mapping = property.GetRelationalTypeMapping();
        CheckDecimal(property.Name, number, mapping.Precision ?? 18, mapping.Scale ?? 0, mapping.StoreType);
    }

    /// <exception cref="InvalidFieldValueException">The value does not fit <c>decimal(precision, scale)</c> exactly.</exception>
    internal static void CheckDecimal(string field, decimal value, int precision, int scale, string storeType)
    {
        // As the canonical form writes it: trailing zeros dropped (a column keeps them, and they hash alike).
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var places = point < 0 ? 0 : text.TrimEnd('0').Length - point - 1;
        var integer = point < 0 ? text : text[..point];
        var integerDigits = integer == "0" ? 0 : integer.Length;
        if (places > scale)
        {
            throw new InvalidFieldValueException(field, string.Create(CultureInfo.InvariantCulture,
                $"{value} has {places} decimal places and its column is {storeType}, which keeps {scale}: SQL Server would round it and the stored value would not match its checksum. Round it first, or give the property a wider scale (HasPrecision)."));
        }

        if (integerDigits > precision - scale)
        {
            throw new InvalidFieldValueException(field, string.Create(CultureInfo.InvariantCulture,
                $"{value} has {integerDigits} digits before the decimal point and its column is {storeType}, which holds {precision - scale}: SQL Server would refuse or overflow it. Give the property a wider precision (HasPrecision)."));
        }
    }
}
