using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Internal;
using Versioner.Model;

namespace Versioner.Storage.Dialects;

/// <summary>
/// Everything Versioner does differently per database engine, in one place (as EF Core puts an engine's differences in
/// its provider package): the SQL that differs, the bulk paths, the translation of the driver's errors, native access
/// to the driver, and what is done on a bare connection. Resolved once per opening from the EF provider
/// (<see cref="GraphStore.Dialect"/>); nothing outside this folder asks which engine it talks to.
/// </summary>
/// <remarks>
/// To add an engine: derive from this class, register the instance with <see cref="Register"/> (SQL Server's lives in
/// the Versioner.Graph.SqlServer assembly), and give the abstract members their engine's form; the virtual ones default
/// to "nothing needed" (no lock, no bulk path, no native access). See docs/architecture.md, "The provider seam".
/// </remarks>
internal abstract class Dialect
{
    private static readonly object Gate = new();
    private static Dialect[] _known = [SqliteDialect.Instance, PostgresDialect.Instance];

    /// <summary>The engine's name as users know it ("SQLite").</summary>
    public abstract string Name { get; }

    /// <summary>The EF Core provider this dialect speaks for (<c>DatabaseFacade.ProviderName</c>).</summary>
    public abstract string ProviderName { get; }

    /// <summary>The OpenTelemetry <c>db.system.name</c> of the engine.</summary>
    public abstract string SystemName { get; }

    /// <summary>The dialects Versioner knows: SQLite, PostgreSQL and any registered since.</summary>
    public static IReadOnlyList<Dialect> Known => Volatile.Read(ref _known);

    /// <summary>Adds a dialect (one in an assembly of its own); registering the same provider twice keeps the first.</summary>
    public static void Register(Dialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        lock (Gate)
        {
            if (_known.All(d => d.ProviderName != dialect.ProviderName))
            {
                Volatile.Write(ref _known, [.. _known, dialect]);
            }
        }
    }

    /// <summary>The dialect of the context's EF provider.</summary>
    /// <exception cref="UnsupportedDatabaseProviderException">No dialect speaks for that provider.</exception>
    public static Dialect For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var provider = db.Database.ProviderName;
        return Find(provider) ?? throw new UnsupportedDatabaseProviderException(provider ?? "(none)", Known.Select(d => $"{d.Name} ({d.ProviderName})").ToArray());
    }

    /// <summary>The dialect of the context's EF provider, or null.</summary>
    public static Dialect? Find(DbContext db) => Find(db.Database.ProviderName);

    /// <summary>The dialect of an EF provider, or null.</summary>
    public static Dialect? Find(string? providerName) => Known.FirstOrDefault(d => d.ProviderName == providerName);

    /// <summary>The dialect whose driver made <paramref name="connection"/>.</summary>
    /// <exception cref="ArgumentException">No dialect's driver made it.</exception>
    public static Dialect ForConnection(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Known.FirstOrDefault(d => d.Owns(connection)) ?? throw new ArgumentException(
            $"Versioner opens {string.Join(", ", Known.Select(d => d.ConnectionDescription))} databases; a {connection.GetType().Name} is none of them.",
            nameof(connection));
    }

    // ---- Connections -------------------------------------------------------------------------------------------

    /// <summary>The connection type this dialect's driver makes, as an error message names it.</summary>
    protected abstract string ConnectionDescription { get; }

    /// <summary>Whether this dialect's driver made <paramref name="connection"/>.</summary>
    public abstract bool Owns(DbConnection connection);

    /// <summary>Configures <paramref name="builder"/> with this engine's EF provider over an existing connection (the model-free opening).</summary>
    public abstract void Use(DbContextOptionsBuilder builder, DbConnection connection);

    // ---- Errors ------------------------------------------------------------------------------------------------

    /// <summary>
    /// Versioner's exception for one of this driver's exceptions (<paramref name="exception"/> itself, not its inner
    /// ones: <see cref="ProviderErrors"/> walks those), or null when it is not this driver's.
    /// </summary>
    public abstract DatabaseException? Translate(Exception exception);

    /// <summary>A value the driver refused before sending it (not a database error), or null.</summary>
    public virtual DatabaseException? TranslateRefusedValue(Exception exception) => null;

    /// <summary>Whether <paramref name="exception"/> is this engine's unique-key violation.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Whether <paramref name="exception"/> is this engine's refusal for lack of privilege.</summary>
    public virtual bool IsPermissionDenied(DbException exception) => false;

    /// <summary>
    /// The table <paramref name="exception"/> says does not exist (how a database without Versioner's tables answers, or
    /// one whose table was dropped outside Versioner), as the database names it; null for any other error, such as a
    /// database that could not be read at all (locked, not a database, no access), which <see cref="Translate"/> explains.
    /// </summary>
    public abstract string? MissingTable(DbException exception);

    /// <summary>
    /// Whether Versioner's ids are stored as 16 bytes in RFC 9562 order (storage format 3 on SQLite, which has no UUID
    /// type) rather than as the EF provider's own UUID type: the model's id columns then convert to bytes
    /// (<see cref="VersionerConverters.AsBytes"/>), and raw reads go through <see cref="GuidColumn"/>.
    /// </summary>
    public virtual bool StoresIdsAsBytes => false;

    /// <summary>
    /// Whether the planner seeks an index by a row value compared with a subquery's rows (<c>(a, b) IN (SELECT x, y
    /// ...)</c>, a seek per row on an index of <c>(a, ..., b)</c>), as SQLite does. PostgreSQL plans that as a join, which
    /// before the table's first analysis may read the whole table; SQL Server has no row values. Closing the rows a
    /// commit supersedes (<see cref="Internal.ValidityClosing"/>) then seeks each entity's one open row
    /// instead of reading all its earlier rows on the segment.
    /// </summary>
    public virtual bool SeeksRowValues => false;

    /// <summary>
    /// The system column holding a row's physical address, which the engine fetches rows by directly when a condition
    /// compares it with a list of addresses (PostgreSQL's <c>ctid</c>, a TID scan), or null. Closing the rows a commit
    /// supersedes (<see cref="Internal.ValidityClosing"/>) where <see cref="SeeksRowValues"/> is false
    /// then reads each entity's one open row by the address its newest index entry leads to, not all its earlier rows.
    /// An address read in a statement holds for that statement (the rows it updates are fetched by it in the same
    /// snapshot); it is never kept.
    /// </summary>
    public virtual string? RowAddress => null;

    /// <summary>
    /// The type mapping EF reads and writes an id column with, given the one EF's provider made for it (with one of
    /// Versioner's converters, 16-byte ones where <see cref="StoresIdsAsBytes"/>): set on the model's id properties when
    /// the model is finalized. The provider's own by default; SQLite's reads the bytes in place (<see cref="SqliteIdMapping"/>).
    /// </summary>
    public virtual RelationalTypeMapping IdColumnMapping(RelationalTypeMapping mapping) => mapping;

    /// <summary>
    /// Whether a round trip costs more than planning a larger statement, as on a database server: a hot read then joins
    /// a lookup into the statement that uses it (<c>HistoryAsync</c> reads a branch's head in its history statement). Not
    /// on SQLite, in process, where preparing a join of three more tables costs more than a second small statement,
    /// unless the statement stays prepared (<see cref="GraphStore.FoldsLookups"/>).
    /// </summary>
    public virtual bool FoldsLookups => true;

    /// <summary>
    /// Whether a read of one entity's newest change through storage format 4's union of the version rows
    /// (<see cref="ChangeSource.VersionRowsWhereSql"/>) takes each arm's newest row first (<c>ORDER BY depth DESC LIMIT 1</c>
    /// in every arm), as PostgreSQL plans best. Not on SQLite, which pushes the reader's condition into every arm of the
    /// union itself, and where the arms nested for their own <c>LIMIT</c> cost more than the sort of the entity's rows
    /// they save (docs/performance.md, "Phase C's read source").
    /// </summary>
    public virtual bool LimitsEachUnionArm => true;

    /// <summary>
    /// Whether the hot reads keep their statements prepared on an open connection between calls
    /// (<see cref="KeptStatements"/>): where preparing costs as much as running a small read, as SQLite's does in process.
    /// Not where the driver keeps prepared statements by text itself (Npgsql, once a command is prepared).
    /// </summary>
    public virtual bool KeepsStatements => false;

    /// <summary>
    /// Whether the id columns are as this format makes them (16 bytes where <see cref="StoresIdsAsBytes"/>): a database
    /// with no commit yet whose columns are not was made by an older Versioner.
    /// </summary>
    public virtual Task<bool> HasCurrentIdColumnsAsync(GraphStore store, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>
    /// Storage format 3's change of the id columns (<see cref="StorageUpgrade"/>), in the caller's transaction; the
    /// number of rows rewritten. Nothing where ids keep the provider's UUID type.
    /// </summary>
    public virtual Task<long> ConvertIdColumnsAsync(GraphStore store, CancellationToken cancellationToken) => Task.FromResult(0L);

    /// <summary>
    /// Sets up the connection, before its transaction begins, for <see cref="ConvertIdColumnsAsync"/> (SQLite turns
    /// foreign keys off, which it cannot do inside a transaction); the returned action puts it back. Null: nothing to do.
    /// </summary>
    public virtual Task<Func<Task>?> PrepareTableRebuildAsync(GraphStore store, CancellationToken cancellationToken) => Task.FromResult<Func<Task>?>(null);

    // ---- Lists as one parameter --------------------------------------------------------------------------------

    /// <summary>The <c>IN</c> operand reading the JSON array parameter <paramref name="parameter"/>.</summary>
    /// <exception cref="DatabaseFeatureUnavailableException">The engine binds no list as JSON (it binds an array, <see cref="IdListParameter"/>).</exception>
    public virtual string JsonList(string parameter) =>
        throw new DatabaseFeatureUnavailableException(Name, "A list of ids bound as one JSON parameter", "Versioner binds such lists one parameter per id here; reaching this is a defect of Versioner's dialect, please report it.");

    /// <summary>A condition that <paramref name="column"/> is one of the UUIDs held by one parameter (<see cref="IdListParameter"/>).</summary>
    public abstract string InIdList(string column, string parameter);

    /// <summary>
    /// The condition that <paramref name="column"/> is one of the values <paramref name="subquery"/> returns (a small
    /// set: a commit's entities, say), in the form that seeks an index led by <paramref name="column"/> whatever the
    /// planner's statistics say.
    /// </summary>
    public virtual string InSubquery(string column, string subquery) => $"{column} IN ({subquery})";

    /// <summary>The one parameter holding <paramref name="ids"/> for <see cref="InIdList"/>: its type mapping and value.</summary>
    public abstract (RelationalTypeMapping Mapping, object Value) IdListParameter(Mappings map, IEnumerable<Guid> ids);

    /// <summary>
    /// Path ranges as a row source <c>p(segment, after, up_to)</c> bound as data, read from parameters named by
    /// <paramref name="parameterName"/> (see <see cref="AncestryPath"/>).
    /// </summary>
    public abstract (string Sql, RelationalTypeMapping[] Mappings, object?[] Values) PathRanges(
        Mappings map, IReadOnlyList<PathRange> ranges, Func<int, string> parameterName);

    /// <summary>
    /// Of the change rows <c>r</c> that <paramref name="from"/> selects (a <c>FROM ... WHERE ...</c>), the deepest per
    /// entity, as whole rows. The deepest row on a path is unique: each depth is one commit.
    /// </summary>
    public abstract string DeepestPerEntity(string from);

    /// <summary>
    /// The expression to sort and compare UUID column <paramref name="column"/> by (or a UUID parameter), so that every
    /// engine orders ids alike: by their big-endian bytes, as the canonical text sorts (<see cref="UuidOrder"/>).
    /// Compare and transfer page through two databases by this order and join the streams.
    /// </summary>
    public virtual string IdOrder(string column) => column;

    /// <summary>
    /// A <c>SELECT</c> of at most <paramref name="count"/> rows: <paramref name="columns"/>, then <paramref name="rest"/>
    /// (<c>FROM ... WHERE ... ORDER BY ...</c>).
    /// </summary>
    public virtual string SelectFirst(int count, string columns, string rest) =>
        FormattableString.Invariant($"SELECT {columns} {rest} LIMIT {count}");

    // ---- Statements the engines write differently ----------------------------------------------------------------

    /// <summary>
    /// An <c>INSERT</c> into <paramref name="table"/> of the rows <paramref name="source"/> yields (<c>VALUES (...)</c>
    /// or a <c>SELECT</c>, columns in <paramref name="columns"/> order, each <paramref name="key"/> at most once) that
    /// skips a row whose key is there already; the statement's count is the rows inserted.
    /// </summary>
    public virtual string InsertIfAbsent(string table, IReadOnlyList<string> columns, IReadOnlyList<string> key, string source) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) {source} ON CONFLICT ({string.Join(", ", key)}) DO NOTHING";

    /// <summary>
    /// As <see cref="InsertIfAbsent"/>, but a row whose key is there already is updated by <paramref name="set"/>: the
    /// assignments, given the name the existing row goes by (its new values go by <c>excluded</c>).
    /// </summary>
    public virtual string Upsert(string table, IReadOnlyList<string> columns, IReadOnlyList<string> key, string source, Func<string, string> set) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) {source} ON CONFLICT ({string.Join(", ", key)}) DO UPDATE SET {set(table)}";

    /// <summary>
    /// An <c>UPDATE</c> of <paramref name="column"/> in <paramref name="table"/> from <paramref name="rows"/>, a list of
    /// <c>(key, value)</c> tuples (<c>(@p0, @p1), (@p2, @p3)</c>) matched on <paramref name="key"/>: one statement for a batch.
    /// </summary>
    public virtual string UpdateFromRows(string table, string key, string column, string rows) =>
        $"UPDATE {table} SET {column} = v.column2 FROM (VALUES {rows}) AS v WHERE {table}.{key} = v.column1";

    /// <summary>What opens a recursive common table expression (<c>WITH RECURSIVE</c>); its recursive part is joined with <c>UNION ALL</c>.</summary>
    public virtual string WithRecursive => "WITH RECURSIVE";

    /// <summary>
    /// A statement that collects, each once, the UUID nodes reachable from the node <paramref name="start"/> (a
    /// parameter as a rule; itself excluded) over the edges of the acyclic graph <paramref name="edges"/> (column
    /// <paramref name="from"/> to column <paramref name="to"/>), then runs <paramref name="query"/>, given the row source
    /// <c>walk(id)</c> to read them from (<c>FROM {walk} JOIN ... ON ... = walk.id</c>); its rows are the statement's result.
    /// </summary>
    /// <remarks>
    /// A recursive <c>UNION</c>: a node reached twice (two parents share an ancestor) is walked once, so the work is
    /// proportional to the nodes reached, not to the paths.
    /// </remarks>
    public virtual string Reachable(string edges, string from, string to, string start, Func<string, string> query) => $"""
        WITH RECURSIVE walk(id) AS (
            SELECT {to} FROM {edges} WHERE {from} = {start}
            UNION
            SELECT p.{to} FROM {edges} p JOIN walk w ON p.{from} = w.id)
        {query("walk")}
        """;

    /// <summary>The literal of boolean <paramref name="value"/> as a boolean column compares and stores it.</summary>
    public virtual string Boolean(bool value) => value ? "TRUE" : "FALSE";

    /// <summary>
    /// Text expression <paramref name="expression"/> changed into one with the same value that no index matches, so
    /// that the planner keeps to another index for the condition it is in.
    /// </summary>
    public virtual string Unindexed(string expression) => $"{expression} || ''";

    // ---- Values ------------------------------------------------------------------------------------------------

    /// <summary>
    /// Refuses, before anything is written, a field value the engine would store changed (rounded, cut), so that what
    /// is stored is what was hashed. Nothing to refuse on SQLite and PostgreSQL.
    /// </summary>
    /// <exception cref="InvalidFieldValueException">The column would not store <paramref name="value"/> exactly.</exception>
    public virtual void ValidateValue(IProperty property, object? value)
    {
    }

    /// <summary>
    /// What follows an <c>ORDER BY</c> to skip <paramref name="offset"/> rows and return at most <paramref name="count"/>
    /// (both SQL expressions, parameters as a rule).
    /// </summary>
    public virtual string Page(string count, string offset) => $"LIMIT {count} OFFSET {offset}";

    // ---- Locks -------------------------------------------------------------------------------------------------

    /// <summary>What a <c>SELECT</c> of one ref appends to lock the row until the transaction ends ("" where writers are serialized anyway).</summary>
    public virtual string LockRowClause => "";

    /// <summary>What follows the table's name in that <c>SELECT</c> for the same lock (a table hint, on engines that lock so).</summary>
    public virtual string LockRowHint => "";

    /// <summary>
    /// Makes writers of one working commit take turns until the transaction ends: its saves, removals, merges, resolutions,
    /// discard and finalize each lock its row before they read it (see <see cref="WorkingCommits.LockAsync"/>). Nothing
    /// where writers are serialized anyway (SQLite's write lock); elsewhere a <c>SELECT</c> of the row with
    /// <see cref="LockRowHint"/> and <see cref="LockRowClause"/>. A row that is not there (not written yet, or deleted) locks nothing.
    /// </summary>
    public virtual Task LockWorkingCommitAsync(GraphStore store, CommitId workingCommit, CancellationToken cancellationToken) =>
        LockRowClause.Length == 0 && LockRowHint.Length == 0
            ? Task.CompletedTask
            : store.ExecuteAsync($"SELECT 1 FROM {SystemTables.Commits}{LockRowHint} WHERE id = @p0{LockRowClause}", [store.Map.CommitId], [workingCommit], cancellationToken);

    /// <summary>Makes takers of the commit sequence's next number wait for each other until the transaction ends (see <see cref="CommitSequence"/>).</summary>
    public virtual Task LockCommitSequenceAsync(GraphStore store, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Makes commits competing for the slot after <paramref name="parent"/> take turns (see <see cref="Finalizer"/>).</summary>
    public virtual Task LockChildSlotAsync(GraphStore store, CommitId parent, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Holds refs and pointer records still while retention decides what they keep (see <see cref="Retention"/>).</summary>
    public virtual Task LockForRetentionAsync(GraphStore store, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Keeps finalizes out until a redaction commits (see <see cref="Redactor.LockCommitsAsync"/>).</summary>
    public virtual Task LockCommitsForRedactionAsync(GraphStore store, CancellationToken cancellationToken) => Task.CompletedTask;

    // ---- Schema and guards -------------------------------------------------------------------------------------

    /// <summary>The name statements use for the connection's temporary table <paramref name="name"/>.</summary>
    public virtual string TemporaryTable(string name) => name;

    /// <summary>
    /// Creates the connection's temporary table <paramref name="name"/> (its <see cref="TemporaryTable"/> name) with
    /// <paramref name="columns"/>, a column list; it lives until it is dropped or the connection closes.
    /// </summary>
    public virtual string CreateTemporaryTable(string name, string columns) => $"CREATE TEMPORARY TABLE {TemporaryTable(name)} ({columns})";

    /// <summary>Drops the connection's temporary table <paramref name="name"/> if it exists, never a permanent table of that name.</summary>
    public abstract string DropTemporaryTable(string name);

    /// <summary>
    /// A query with one parameter (<c>{0}</c>, a table name) whose single <c>"Value"</c> column counts the tables of
    /// that name in the connection's schema.
    /// </summary>
    public abstract string CountTablesSql { get; }

    /// <summary>
    /// A query with two parameters (<c>{0}</c> a table name, <c>{1}</c> a column name) whose single <c>"Value"</c>
    /// column counts the columns of that name in that table of the connection's schema.
    /// </summary>
    public abstract string CountColumnsSql { get; }

    /// <summary>
    /// A query with two parameters (<c>{0}</c> a table name, <c>{1}</c> an index name) whose single <c>"Value"</c>
    /// column counts the indexes of that name on that table of the connection's schema.
    /// </summary>
    public abstract string CountIndexesSql { get; }

    /// <summary>
    /// <paramref name="text"/> as a standard SQL string literal (quotes doubled), for an identifier-like value the
    /// library writes into a statement's text (a type or table name from the model); never for a caller's values, which
    /// go as parameters.
    /// </summary>
    public static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>The statements that drop <paramref name="guard"/>'s triggers, if present (a storage upgrade reinstalls changed guards).</summary>
    public abstract IEnumerable<string> DropGuardStatements(DatabaseGuard guard);

    /// <summary>
    /// Installs <paramref name="guards"/> (and the maintenance table they consult) as this engine's triggers, idempotently;
    /// skipped by the caller where the options say so.
    /// </summary>
    public abstract Task InstallGuardsAsync(GraphStore store, IReadOnlyList<DatabaseGuard> guards, CancellationToken cancellationToken);

    /// <summary>Lifts the guards for the calling transaction alone (see <see cref="MaintenanceTransaction"/>).</summary>
    /// <exception cref="MaintenanceNotPermittedException">The connection's role may not lift them.</exception>
    public abstract Task LiftGuardsAsync(GraphStore store, CancellationToken cancellationToken);

    /// <summary>Puts the guards back before the maintenance transaction commits.</summary>
    public abstract Task RestoreGuardsAsync(GraphStore store);

    // ---- Bulk paths --------------------------------------------------------------------------------------------

    /// <summary>Whether <see cref="CopyAsync"/> streams rows to the server (PostgreSQL's binary COPY).</summary>
    public virtual bool CanCopy => false;

    /// <summary>Streams <paramref name="rows"/> (values in <paramref name="columns"/> order) into <paramref name="table"/> in one command.</summary>
    /// <returns>The number of rows the server received.</returns>
    /// <exception cref="DatabaseFeatureUnavailableException">The engine has no bulk copy (<see cref="CanCopy"/> is false).</exception>
    public virtual Task<ulong> CopyAsync(
        DbContext db, string table, IReadOnlyList<string> columns, RelationalTypeMapping?[] mappings, IEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        throw new DatabaseFeatureUnavailableException(Name, "Bulk copy", "Versioner writes rows with batched INSERT statements here; reaching this is a defect of Versioner's dialect, please report it.");

    /// <summary>
    /// An <c>INSERT</c> of many rows from one parameter holding them as a JSON array of arrays (blobs as hex), or null
    /// where the engine takes rows otherwise (see <see cref="BulkInsert"/>).
    /// </summary>
    public virtual string? JsonRowsInsert(string table, IReadOnlyList<string> columns, IReadOnlyList<bool> bytesColumns) => null;

    /// <summary>Whether the planner's statistics are refreshed (<c>ANALYZE</c>) after a large transfer.</summary>
    public virtual bool AnalyzesAfterBulkLoad => false;

    /// <summary>
    /// A query of the names among <paramref name="tables"/> (as SQL writes them) whose planner statistics are as stale
    /// as the server's own background analysis would refresh, or never analyzed and written, one row each, counting for
    /// each table at least the rows given beside it (written by this process, perhaps not yet in the server's counters);
    /// null where the engine's planner does not need them (see <see cref="GraphStore.RefreshStaleStatisticsAsync"/>).
    /// </summary>
    public virtual string? StaleStatisticsSql(IReadOnlyList<(string Table, long Written)> tables) => null;

    // ---- Native access -----------------------------------------------------------------------------------------

    /// <summary>Direct access to the stored bytes of <paramref name="reader"/>'s current row, or null where the driver has none.</summary>
    public virtual NativeRow? Native(DbDataReader reader) => null;

    /// <summary>
    /// Whether a text column can be read as the UTF-8 bytes the database holds (<see cref="NativeRow.TryGetText"/>,
    /// or <c>GetFieldValue&lt;byte[]&gt;</c> where there is no native row), with no string in between.
    /// </summary>
    public virtual Task<bool> ReadsTextAsUtf8Async(GraphStore store, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>
    /// Prepares the connection for a scan of every row (Verify), returning what undoes it before the connection goes
    /// back to its pool, or null when nothing was changed.
    /// </summary>
    public virtual Task<Func<Task>?> PrepareFullScanAsync(GraphStore store, CancellationToken cancellationToken) => Task.FromResult<Func<Task>?>(null);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
