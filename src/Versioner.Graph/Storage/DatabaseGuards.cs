using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;

namespace Versioner.Internal;

/// <summary>
/// Triggers that refuse writes to finalized rows at the database itself, so raw SQL cannot rewrite history either
/// (verification would still find it). Installed where the provider supports them (SQLite, PostgreSQL); idempotent.
/// </summary>
internal static class DatabaseGuards
{
    public const string Message = "versioner: rows of finalized commits are immutable";

    /// <summary>PostgreSQL: the function that lifts the guards for the calling transaction (see <see cref="MaintenanceTransaction"/>).</summary>
    public const string LiftFunction = "versioner_lift_guards";

    /// <summary>PostgreSQL: the function that puts them back before that transaction commits.</summary>
    public const string RestoreFunction = "versioner_restore_guards";

    /// <summary>The refusal of a maintenance token written by a role that may not lift the guards.</summary>
    public const string MaintenanceRefused = "versioner: only the owner of the versioner tables may lift the guards";

    private const string TokenGuard = "versioner_guard_maintenance";

    /// <summary>PostgreSQL: the trigger (and its function) that announces every ref change on <see cref="RefNotifications.Channel"/>.</summary>
    private const string RefNotifier = "versioner_notify_refs";

    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    // Any lock id will do as long as it is constant: it serializes concurrent installs on one PostgreSQL database.
    private const long InstallLock = 0x7665_7273_696F_6E;

    /// <summary>
    /// What every guard also requires before refusing: no maintenance token in sight. Only the maintenance transaction
    /// that inserted the token sees it (it is deleted before that transaction commits), so the guards are lifted for it
    /// alone. The marker also tells an installed guard of this generation from an older one.
    /// </summary>
    private static readonly string NotInMaintenance = $"NOT EXISTS (SELECT 1 FROM {SystemTables.Maintenance})";

    /// <summary>A guarded table: <paramref name="Condition"/> (over <c>OLD</c>; null = always) refuses the write.</summary>
    private sealed record Guard(string Name, string Table, string? Condition, bool Updates, bool Deletes);

    public static async Task InstallAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var provider = store.Db.Database.ProviderName;
        if (provider is not (Sqlite or Npgsql))
        {
            return;
        }

        try
        {
            if (provider == Sqlite)
            {
                await store.Db.Database.ExecuteSqlRawAsync(
                    $"CREATE TABLE IF NOT EXISTS {SystemTables.Maintenance} (\"token\" INTEGER NOT NULL CONSTRAINT \"PK_{SystemTables.Maintenance}\" PRIMARY KEY)",
                    cancellationToken).ConfigureAwait(false);
                var outdated = await store.Db.Database.SqlQueryRaw<string>(
                    $"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'versioner_guard_%' AND sql NOT LIKE '%{SystemTables.Maintenance}%'")
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var name in outdated)
                {
#pragma warning disable EF1002 // a trigger name just read from the catalog, not input
                    await store.Db.Database.ExecuteSqlRawAsync($"DROP TRIGGER IF EXISTS \"{name}\"", cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
                }

                foreach (var sql in Guards(store).SelectMany(SqliteTriggers))
                {
                    await store.Db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                await InstallPostgresAsync(store, Guards(store), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (System.Data.Common.DbException ex) when (ex.SqlState == "42501")
        {
            throw new VersioningNotConfiguredException(
                $"Could not install Versioner's guards: {ex.Message}. Installing or upgrading them (on the first open after a Versioner upgrade) needs the role that owns Versioner's tables: open the repository once as that role, then the application's role can open it.");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException)
        {
            throw new VersioningNotConfiguredException(
                $"Could not install Versioner's guards: {ex.Message}. Create the database first (context.Database.EnsureCreatedAsync() or MigrateAsync()), then open the repository. A database made by an older Versioner lacks the tables newer ones added: add an EF migration, or, if the database was made with EnsureCreated, run `await Repository.CreateMissingTablesAsync(context)` once.");
        }
    }

    private static List<Guard> Guards(GraphStore store)
    {
        var finalized = $"EXISTS (SELECT 1 FROM {SystemTables.Commits} WHERE id = OLD.{{0}} AND state = 1)";
        string FinalizedBy(string column) => string.Format(CultureInfo.InvariantCulture, finalized, column);
        var guards = new List<Guard>
        {
            new("commits", SystemTables.Commits, "OLD.state = 1", Updates: true, Deletes: true),
            new("parents", SystemTables.CommitParents, FinalizedBy("commit_id"), Updates: true, Deletes: true),
            new("changes", SystemTables.Changes, FinalizedBy("commit_id"), Updates: true, Deletes: true),
            new("documents", SystemTables.Documents, FinalizedBy("commit_id"), Updates: true, Deletes: true),
            // A segment holding a finalized commit is part of the as-of index: moving its fork point rewrites history.
            new("segments", SystemTables.Segments, $"EXISTS (SELECT 1 FROM {SystemTables.Commits} WHERE segment = OLD.id AND state = 1)", Updates: true, Deletes: true),
            new("pointers", SystemTables.Pointers, null, Updates: true, Deletes: true),
            new("members", SystemTables.PointerMembers, null, Updates: true, Deletes: true),
            new("entities", SystemTables.Entities, null, Updates: true, Deletes: false),
            new("redactions", SystemTables.Redactions, null, Updates: true, Deletes: true),
            new("redacted_versions", SystemTables.RedactedVersions, null, Updates: true, Deletes: true),
            new("redacted_commits", SystemTables.RedactedCommits, null, Updates: true, Deletes: true),
            new("redacted_messages", SystemTables.RedactedMessages, null, Updates: true, Deletes: true),
            new("pruned", SystemTables.Pruned, null, Updates: true, Deletes: true),
        };
        if (!store.Model.ForeignKeys)
        {
            // The foreign keys of typed and change rows kept eternal-id rows from being deleted; without them a guard
            // of its own does (eternal ids are never deleted, except by maintenance).
            guards.Add(new("entity_deletes", SystemTables.Entities, null, Updates: false, Deletes: true));
        }

        foreach (var type in store.Model.Types)
        {
            var name = type.Table.Trim('"', '`', '[', ']').Replace("\".\"", "_", StringComparison.Ordinal);
            guards.Add(new(name, type.Table, FinalizedBy(type.CommitColumn), Updates: true, Deletes: true));
        }

        return guards;
    }

    private static IEnumerable<string> SqliteTriggers(Guard guard)
    {
        var condition = guard.Condition is null ? NotInMaintenance : $"({guard.Condition}) AND {NotInMaintenance}";
        if (guard.Updates)
        {
            yield return $"CREATE TRIGGER IF NOT EXISTS \"versioner_guard_{guard.Name}_u\" BEFORE UPDATE ON {guard.Table} WHEN {condition} BEGIN SELECT RAISE(ABORT, '{Message}'); END";
        }

        if (guard.Deletes)
        {
            yield return $"CREATE TRIGGER IF NOT EXISTS \"versioner_guard_{guard.Name}_d\" BEFORE DELETE ON {guard.Table} WHEN {condition} BEGIN SELECT RAISE(ABORT, '{Message}'); END";
        }
    }

    /// <summary>
    /// PostgreSQL: one plpgsql function and one row trigger per guarded table (a trigger's WHEN cannot hold the
    /// subqueries, so the condition lives in the function). Skipped when every trigger (of this generation) and both
    /// maintenance functions are there, so opening a repository does not take DDL locks on tables in use; otherwise
    /// (re)created in one transaction under an advisory lock, so concurrent opens neither race nor leave a table
    /// unguarded for a moment. Installing needs the role that owns the tables (as creating them did).
    /// </summary>
    /// <remarks>
    /// Lifting the guards takes what a plain writer of the tables lacks. The token goes in only through
    /// <see cref="LiftFunction"/> (<c>SECURITY DEFINER</c>, owned by the installing role, <c>EXECUTE</c> revoked from
    /// <c>PUBLIC</c>), and a trigger on the maintenance table refuses a token from any role without the owner's
    /// privileges, even one granted <c>INSERT</c> on every table of the schema. The guard functions run as their owner
    /// too, so writers need no privilege on the maintenance table at all. Each function pins its search path to the
    /// schema it was installed in, as <c>SECURITY DEFINER</c> functions must.
    /// </remarks>
    private static async Task InstallPostgresAsync(GraphStore store, List<Guard> guards, CancellationToken cancellationToken)
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
            var refuse = $"RAISE EXCEPTION '{Message}';";
            var condition = guard.Condition is null ? NotInMaintenance : $"({guard.Condition}) AND {NotInMaintenance}";
            var body = $"IF {condition} THEN {refuse} END IF;";
            var operations = string.Join(" OR ", new[] { guard.Updates ? "UPDATE" : null, guard.Deletes ? "DELETE" : null }.OfType<string>());
            statements.Add(
                $"CREATE OR REPLACE FUNCTION \"{trigger}\"() RETURNS trigger LANGUAGE plpgsql {definer} AS $versioner$ BEGIN {body} "
                + "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $versioner$");
            statements.Add($"DROP TRIGGER IF EXISTS \"{trigger}\" ON {guard.Table}");
            statements.Add($"CREATE TRIGGER \"{trigger}\" BEFORE {operations} ON {guard.Table} FOR EACH ROW EXECUTE FUNCTION \"{trigger}\"()");
        }

        await store.InTransactionAsync(async () =>
        {
            foreach (var sql in statements)
            {
                await store.Db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The name of a guard's function and trigger, cut to PostgreSQL's 63 bytes as the server itself would.</summary>
    private static string TriggerName(Guard guard)
    {
        var name = $"versioner_guard_{guard.Name}";
        while (System.Text.Encoding.UTF8.GetByteCount(name) > 63)
        {
            name = name[..^1];
        }

        return name;
    }

    private static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
