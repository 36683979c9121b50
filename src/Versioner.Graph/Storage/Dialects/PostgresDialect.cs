using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Versioner.Internal;
using Versioner.Model;

namespace Versioner.Storage.Dialects;

/// <summary>
/// PostgreSQL through Npgsql: lists bound as arrays (<c>= ANY(@ids)</c>, <c>unnest</c>), guards as
/// <c>SECURITY DEFINER</c> plpgsql trigger functions lifted only through owner-granted functions, row and advisory locks
/// where concurrent writers must take turns, and binary COPY for bulk writes (<see cref="PostgresBinaryCopy"/>).
/// </summary>
internal sealed class PostgresDialect : Dialect
{
    public static readonly PostgresDialect Instance = new();

    /// <summary>The function that lifts the guards for the calling transaction (see <see cref="MaintenanceTransaction"/>).</summary>
    public const string LiftFunction = "versioner_lift_guards";

    /// <summary>The function that puts them back before that transaction commits.</summary>
    public const string RestoreFunction = "versioner_restore_guards";

    /// <summary>The refusal of a maintenance token written by a role that may not lift the guards.</summary>
    public const string MaintenanceRefused = "versioner: only the owner of the versioner tables may lift the guards";

    private const string TokenGuard = "versioner_guard_maintenance";

    /// <summary>The trigger (and its function) that announces every ref change on <see cref="RefNotifications.Channel"/>.</summary>
    private const string RefNotifier = "versioner_notify_refs";

    // Any lock id will do as long as it is constant: it serializes concurrent installs on one database.
    private const long InstallLock = 0x7665_7273_696F_6E;

    // Names the commit sequence's lock, distinct from the install lock.
    private const long SequenceLock = 0x7665_7273_7365_71;

    private PostgresDialect()
    {
    }

    public override string Name => "PostgreSQL";

    public override string ProviderName => "Npgsql.EntityFrameworkCore.PostgreSQL";

    public override string SystemName => "postgresql";

    protected override string ConnectionDescription => "PostgreSQL (NpgsqlConnection)";

    public override bool Owns(DbConnection connection) => connection is NpgsqlConnection;

    public override void Use(DbContextOptionsBuilder builder, DbConnection connection) => builder.UseNpgsql((NpgsqlConnection)connection);

    public override DatabaseException? Translate(Exception exception) => exception is not PostgresException postgres ? null : postgres.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation => new DuplicateKeyException(postgres.ConstraintName, postgres),
        PostgresErrorCodes.ForeignKeyViolation => new ForeignKeyViolationException(postgres.ConstraintName, postgres),
        PostgresErrorCodes.SerializationFailure => new ConcurrentWriteException("serialization failure", postgres),
        PostgresErrorCodes.DeadlockDetected => new ConcurrentWriteException("deadlock", postgres),
        PostgresErrorCodes.LockNotAvailable => new ConcurrentWriteException("lock not available", postgres),
        PostgresErrorCodes.ReadOnlySqlTransaction => new DatabaseReadOnlyException(postgres.MessageText.TrimEnd('.'), postgres),
        _ => ProviderErrors.Refused(postgres.MessageText, postgres.IsTransient, postgres),
    };

    /// <summary>Npgsql refuses some values before sending them (an ArgumentException or InvalidCastException from the driver).</summary>
    public override DatabaseException? TranslateRefusedValue(Exception exception) =>
        exception.TargetSite?.Module.Assembly == typeof(NpgsqlConnection).Assembly
            ? ProviderErrors.Refused($"the PostgreSQL driver refused a value: {exception.Message}", false, exception)
            : null;

    public override bool IsUniqueViolation(DbException exception) => exception.SqlState == PostgresErrorCodes.UniqueViolation;

    public override bool IsPermissionDenied(DbException exception) => exception.SqlState == PostgresErrorCodes.InsufficientPrivilege;

    /// <summary>
    /// <c>42P01</c> (undefined_table), whose text is <c>relation "NAME" does not exist</c>: the name between the quotes
    /// (the whole text should a server's language put none there).
    /// </summary>
    public override string? MissingTable(DbException exception)
    {
        if (exception is not PostgresException { SqlState: PostgresErrorCodes.UndefinedTable } postgres)
        {
            return null;
        }

        var text = postgres.MessageText;
        var (open, close) = (text.IndexOf('"', StringComparison.Ordinal), text.LastIndexOf('"'));
        return close > open + 1 ? text[(open + 1)..close] : text;
    }

    public override string InIdList(string column, string parameter) => $"{column} = ANY({parameter})";

    /// <summary>
    /// <c>= ANY(ARRAY(subquery))</c>: the subquery runs once, first, and its array is an index condition. Written as
    /// <c>IN (subquery)</c>, a join, the planner of a table without statistics (new, or filled inside the current
    /// transaction: a push) estimates the outer filter at one row and scans it, probing the subquery per row: the
    /// interval closing then read every change row of the segment per commit, and a push of 10,000 commits ran at 49
    /// commits/s.
    /// </summary>
    public override string InSubquery(string column, string subquery) => $"{column} = ANY(ARRAY({subquery}))";

    /// <summary>
    /// <c>ctid</c>: compared with <c>= ANY(ARRAY(subquery))</c> it is a TID scan fed by an init plan, a plan without a
    /// join whether or not the table was ever analyzed. The row-value form SQLite seeks by (<see cref="Dialect.SeeksRowValues"/>)
    /// is a join here, and its plan before the first analysis may read the whole table.
    /// </summary>
    public override string? RowAddress => "ctid";

    public override (RelationalTypeMapping Mapping, object Value) IdListParameter(Mappings map, IEnumerable<Guid> ids) => (map.GuidList, ids.ToArray());

    /// <summary>Three <c>bigint[]</c> read with <c>unnest</c>.</summary>
    public override (string Sql, RelationalTypeMapping[] Mappings, object?[] Values) PathRanges(
        Mappings map, IReadOnlyList<PathRange> ranges, Func<int, string> parameterName) =>
        (
            $"unnest({parameterName(0)}, {parameterName(1)}, {parameterName(2)}) AS p(segment, after, up_to)",
            [map.LongList, map.LongList, map.LongList],
            [ranges.Select(r => r.Segment).ToArray(), ranges.Select(r => r.After).ToArray(), ranges.Select(r => r.UpTo).ToArray()]);

    /// <summary><c>DISTINCT ON (eternal_id)</c> ordered by depth.</summary>
    public override string DeepestPerEntity(string from) => $"SELECT DISTINCT ON (r.eternal_id) r.* {from} ORDER BY r.eternal_id, r.depth DESC";

    /// <summary>Finalizes on one branch take turns, and the second finds the branch moved (rather than a slot or a number taken).</summary>
    public override string LockRowClause => " FOR UPDATE";

    /// <summary>
    /// A sequence would hand out numbers without waiting but commit them out of order; a transaction-scoped advisory lock
    /// makes the few statements from taking the number to the commit one after another instead.
    /// </summary>
    public override Task LockCommitSequenceAsync(GraphStore store, CancellationToken cancellationToken) =>
        store.ExecuteAsync($"SELECT pg_advisory_xact_lock({SequenceLock})", [], [], cancellationToken);

    /// <summary>
    /// Only the parent's children compete for the slot after it: they take turns (on other branches, the first commits
    /// after a common fork), so the second sees the slot taken instead of failing on the unique index. NO KEY UPDATE, so
    /// that checkouts (whose parent links only share-lock the key) are not held up.
    /// </summary>
    public override Task LockChildSlotAsync(GraphStore store, CommitId parent, CancellationToken cancellationToken) =>
        store.ExecuteAsync($"SELECT 1 FROM {SystemTables.Commits} WHERE id = @p0 FOR NO KEY UPDATE", [store.Map.CommitId], [parent], cancellationToken);

    /// <summary>
    /// Refs are locked against writes (readers go on, finalizes wait for the run to commit). A save reusing an existing
    /// pointer record (<c>INSERT ... ON CONFLICT DO NOTHING</c>) holds ROW EXCLUSIVE on the table until it commits:
    /// waiting for it here means its version row is visible before records no version holds are collected, and saves
    /// that come later wait for the run.
    /// </summary>
    public override async Task LockForRetentionAsync(GraphStore store, CancellationToken cancellationToken)
    {
        await store.ExecuteAsync($"LOCK TABLE {SystemTables.Refs} IN SHARE MODE", [], [], cancellationToken).ConfigureAwait(false);
        await store.ExecuteAsync($"LOCK TABLE {SystemTables.Pointers} IN SHARE ROW EXCLUSIVE MODE", [], [], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The commits table is locked against every other access, which also waits for finalizes already under way; it must
    /// be the transaction's first use of that table (a later lock could deadlock with a reader upgrading).
    /// </summary>
    public override Task LockCommitsForRedactionAsync(GraphStore store, CancellationToken cancellationToken) =>
        store.Db.Database.ExecuteSqlRawAsync($"LOCK TABLE {SystemTables.Commits} IN ACCESS EXCLUSIVE MODE", cancellationToken);

    public override string DropTemporaryTable(string name) => $"DROP TABLE IF EXISTS pg_temp.{name}";

    public override string CountTablesSql =>
        "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {0}";

    public override string CountIndexesSql =>
        "SELECT COUNT(*)::int AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema() AND tablename = {0} AND indexname = {1}";

    public override string CountColumnsSql =>
        "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = {0} AND column_name = {1}";

    public override IEnumerable<string> DropGuardStatements(DatabaseGuard guard) => [$"DROP TRIGGER IF EXISTS \"{TriggerName(guard)}\" ON {guard.Table}"];

    /// <summary>
    /// One plpgsql function and one row trigger per guarded table (a trigger's WHEN cannot hold the subqueries, so the
    /// condition lives in the function). Skipped when every trigger (of this generation) and both maintenance functions
    /// are there, so opening a repository does not take DDL locks on tables in use; otherwise (re)created in one
    /// transaction under an advisory lock, so concurrent opens neither race nor leave a table unguarded for a moment.
    /// Installing needs the role that owns the tables (as creating them did).
    /// </summary>
    /// <remarks>
    /// Lifting the guards takes what a plain writer of the tables lacks. The token goes in only through
    /// <see cref="LiftFunction"/> (<c>SECURITY DEFINER</c>, owned by the installing role, <c>EXECUTE</c> revoked from
    /// <c>PUBLIC</c>), and a trigger on the maintenance table refuses a token from any role without the owner's
    /// privileges, even one granted <c>INSERT</c> on every table of the schema. The guard functions run as their owner
    /// too, so writers need no privilege on the maintenance table at all. Each function pins its search path to the
    /// schema it was installed in, as <c>SECURITY DEFINER</c> functions must.
    /// </remarks>
    public override async Task InstallGuardsAsync(GraphStore store, IReadOnlyList<DatabaseGuard> guards, CancellationToken cancellationToken)
    {
        var expected = string.Join(", ", guards.Select(g => $"({Literal(g.Table)}, {Literal(TriggerName(g))})"));
        var count = $"SELECT (SELECT COUNT(*)::int FROM pg_trigger t JOIN (VALUES {expected}) AS g(tbl, name) ON t.tgrelid = to_regclass(g.tbl)::oid AND t.tgname = g.name"
            + $" JOIN pg_proc f ON f.oid = t.tgfoid AND f.prosecdef AND f.prosrc LIKE '%{SystemTables.Maintenance}%')"
            + $" + (SELECT COUNT(*)::int FROM pg_proc f WHERE f.oid IN (to_regprocedure('{LiftFunction}()'), to_regprocedure('{RestoreFunction}()')) AND f.prosecdef)"
            + $" + (SELECT COUNT(*)::int FROM pg_trigger t WHERE t.tgrelid = to_regclass('{SystemTables.Maintenance}')::oid AND t.tgname = '{TokenGuard}')"
            + $" + (SELECT COUNT(*)::int FROM pg_trigger t WHERE t.tgrelid = to_regclass('{SystemTables.Refs}')::oid AND t.tgname = '{RefNotifier}') AS \"Value\"";
        var present = (await store.Db.Database.SqlQueryRaw<int>(count).ToListAsync(cancellationToken).ConfigureAwait(false))[0];
        if (present == guards.Count + 4)
        {
            return;
        }

        var schema = (await store.Db.Database.SqlQueryRaw<string>("SELECT current_schema() AS \"Value\"").ToListAsync(cancellationToken).ConfigureAwait(false))[0];
        var statements = InstallStatements(guards, schema);
        await store.InTransactionAsync(async () =>
        {
            foreach (var sql in statements)
            {
                await store.Db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The statements that (re)create the guards in <paramref name="schema"/>, in order.</summary>
    internal static List<string> InstallStatements(IReadOnlyList<DatabaseGuard> guards, string schema)
    {
        var definer = $"SECURITY DEFINER SET search_path = \"{schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\", pg_temp";
        var statements = new List<string>
        {
            $"SELECT pg_advisory_xact_lock({InstallLock})",
            $"CREATE TABLE IF NOT EXISTS {SystemTables.Maintenance} (token integer NOT NULL CONSTRAINT \"PK_{SystemTables.Maintenance}\" PRIMARY KEY)",
            $"REVOKE ALL ON {SystemTables.Maintenance} FROM PUBLIC",
            // Only a role with the owner's privileges (who could drop the guards anyway) may write a token directly.
            $"CREATE OR REPLACE FUNCTION \"{TokenGuard}\"() RETURNS trigger LANGUAGE plpgsql AS $versioner$ BEGIN "
                + "IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN "
                + $"RAISE EXCEPTION '{MaintenanceRefused}' USING ERRCODE = '42501'; END IF; "
                + "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $versioner$",
            $"DROP TRIGGER IF EXISTS \"{TokenGuard}\" ON {SystemTables.Maintenance}",
            $"CREATE TRIGGER \"{TokenGuard}\" BEFORE INSERT OR UPDATE OR DELETE ON {SystemTables.Maintenance} FOR EACH ROW EXECUTE FUNCTION \"{TokenGuard}\"()",
            $"CREATE OR REPLACE FUNCTION {LiftFunction}() RETURNS void LANGUAGE plpgsql {definer} AS $versioner$ BEGIN INSERT INTO {SystemTables.Maintenance} (token) VALUES (1); END $versioner$",
            $"CREATE OR REPLACE FUNCTION {RestoreFunction}() RETURNS void LANGUAGE plpgsql {definer} AS $versioner$ BEGIN DELETE FROM {SystemTables.Maintenance}; END $versioner$",
            $"REVOKE ALL ON FUNCTION {LiftFunction}(), {RestoreFunction}() FROM PUBLIC",
            // Not a guard: every branch or tag change (finalize, merge, push, pull, ingest, create, delete) is announced,
            // with the ref's name, to listeners (a follower), delivered when the writing transaction commits.
            $"CREATE OR REPLACE FUNCTION \"{RefNotifier}\"() RETURNS trigger LANGUAGE plpgsql AS $versioner$ BEGIN "
                + $"PERFORM pg_notify('{RefNotifications.Channel}', CASE WHEN TG_OP = 'DELETE' THEN OLD.name ELSE NEW.name END); RETURN NULL; END $versioner$",
            $"DROP TRIGGER IF EXISTS \"{RefNotifier}\" ON {SystemTables.Refs}",
            $"CREATE TRIGGER \"{RefNotifier}\" AFTER INSERT OR UPDATE OR DELETE ON {SystemTables.Refs} FOR EACH ROW EXECUTE FUNCTION \"{RefNotifier}\"()",
        };
        foreach (var guard in guards)
        {
            var trigger = TriggerName(guard);
            var refuse = $"RAISE EXCEPTION '{DatabaseGuards.Message}';";
            var condition = guard.Condition is null ? DatabaseGuards.NotInMaintenance : $"({guard.Condition}) AND {DatabaseGuards.NotInMaintenance}";
            // Columns Versioner may write on finalized rows: the row is compared with them put back, not listed by column.
            var putBack = string.Concat(guard.Writable?.Select(c => $" - {Literal(c)}") ?? []);
            var changed = guard.Writable is null ? "" : $" AND (TG_OP = 'DELETE' OR (to_jsonb(NEW){putBack}) IS DISTINCT FROM (to_jsonb(OLD){putBack}))";
            var body = $"IF {condition}{changed} THEN {refuse} END IF;";
            var update = guard.Writable is null ? guard.UpdateEvent : "UPDATE";
            var operations = string.Join(" OR ", new[] { guard.Updates ? update : null, guard.Deletes ? "DELETE" : null }.OfType<string>());
            statements.Add(
                $"CREATE OR REPLACE FUNCTION \"{trigger}\"() RETURNS trigger LANGUAGE plpgsql {definer} AS $versioner$ BEGIN {body} "
                + "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $versioner$");
            statements.Add($"DROP TRIGGER IF EXISTS \"{trigger}\" ON {guard.Table}");
            statements.Add($"CREATE TRIGGER \"{trigger}\" BEFORE {operations} ON {guard.Table} FOR EACH ROW EXECUTE FUNCTION \"{trigger}\"()");
        }

        return statements;
    }

    /// <summary>
    /// Through <see cref="LiftFunction"/>, which the owner of the tables may run and grant; a role that may not gets
    /// <see cref="MaintenanceNotPermittedException"/> before anything is changed. A second maintenance transaction waits
    /// on the token's key until the first commits.
    /// </summary>
    public override async Task LiftGuardsAsync(GraphStore store, CancellationToken cancellationToken)
    {
        try
        {
            await store.Db.Database.ExecuteSqlRawAsync($"SELECT {LiftFunction}()", cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex) when (IsPermissionDenied(ex))
        {
            // The failed statement aborted the transaction: no query can ask for the role, so the connection string names it.
            var role = new NpgsqlConnectionStringBuilder(store.Db.Database.GetDbConnection().ConnectionString).Username ?? "(the connection's role)";
            throw new MaintenanceNotPermittedException(role, ex);
        }
    }

    public override Task RestoreGuardsAsync(GraphStore store) =>
        store.Db.Database.ExecuteSqlRawAsync($"SELECT {RestoreFunction}()", CancellationToken.None);

    public override bool CanCopy => true;

    public override Task<ulong> CopyAsync(
        DbContext db, string table, IReadOnlyList<string> columns, RelationalTypeMapping?[] mappings, IEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        PostgresBinaryCopy.WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), table, columns, mappings, rows, cancellationToken);

    /// <summary>
    /// Until autovacuum gets to them, which can take minutes, the planner would plan the next queries for tables as small
    /// as they were before the load.
    /// </summary>
    public override bool AnalyzesAfterBulkLoad => true;

    /// <summary>
    /// The tables changed since their last analysis (or since they were made, never analyzed) by more than autovacuum's
    /// default analyze threshold, 50 rows plus a tenth of the table: its own rule, which it applies only on its next
    /// round. The changes counted are the server's (<c>n_mod_since_analyze</c>, which a backend reports only every second
    /// or so) or the rows given as written, whichever is more. A table given as written that was never analyzed nor
    /// vacuumed (<c>reltuples</c> -1, so the planner guesses its size from its pages) is listed however few its rows:
    /// autovacuum would never analyze a table of a few rows. A table untouched since is not listed, however many the
    /// model has.
    /// </summary>
    public override string StaleStatisticsSql(IReadOnlyList<(string Table, long Written)> tables) =>
        $"SELECT t.name FROM unnest(ARRAY[{string.Join(", ", tables.Select(t => Literal(t.Table)))}]::text[], "
        + $"ARRAY[{string.Join(", ", tables.Select(t => t.Written.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]::bigint[]) AS t(name, written) "
        + "JOIN pg_stat_user_tables s ON s.relid = to_regclass(t.name) JOIN pg_class c ON c.oid = s.relid "
        + "WHERE greatest(s.n_mod_since_analyze, t.written) > 50 + 0.1 * greatest(c.reltuples, 0) OR (c.reltuples < 0 AND t.written > 0)";

    /// <summary>Npgsql hands text over as the UTF-8 bytes the server sent (its client encoding is always UTF-8).</summary>
    public override Task<bool> ReadsTextAsUtf8Async(GraphStore store, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>The name of a guard's function and trigger, cut to PostgreSQL's 63 bytes as the server itself would.</summary>
    private static string TriggerName(DatabaseGuard guard)
    {
        var name = $"versioner_guard_{guard.Name}";
        while (System.Text.Encoding.UTF8.GetByteCount(name) > 63)
        {
            name = name[..^1];
        }

        return name;
    }

}
