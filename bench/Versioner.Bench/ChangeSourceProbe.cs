using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Bench;

/// <summary>
/// What the read source of storage format 7 costs (phase C, <see cref="ChangeSource"/>), for scenario 8's Versioner side:
/// <c>--typed-indexes open</c> creates a candidate index on the typed tables with raw DDL (not
/// in the model) and times the reads again (the indexes by entity and place and by place, once candidates measured so,
/// are in the model since storage format 6); <c>--plans</c> prints each read's query plan through the union.
/// </summary>
internal static partial class ChangeSourceProbe
{
    /// <summary>
    /// The candidate indexes to create after the loading (<c>--typed-indexes</c>): <c>open</c>
    /// <c>(versioner_segment, versioner_depth) WHERE versioner_until IS NULL</c>.
    /// </summary>
    public static string[] Indexes { get; set; } = [];

    /// <summary>Whether to print the plans of the reads through the union (<c>--plans</c>).</summary>
    public static bool Plans { get; set; }

    public static void Parse(string[] args)
    {
        var at = Array.IndexOf(args, "--typed-indexes");
        if (at >= 0)
        {
            Indexes = at + 1 < args.Length ? args[at + 1].Split(',') : throw new ArgumentException("--typed-indexes needs a list: open");
            if (Indexes.FirstOrDefault(i => i is "entity" or "place") is { } modelled)
            {
                throw new ArgumentException($"--typed-indexes {modelled}: that index is in the model since storage format 6 (every run has it); only 'open' remains a candidate.");
            }

            if (Indexes.Except(["open"]).FirstOrDefault() is { } other)
            {
                throw new ArgumentException($"--typed-indexes takes open; not '{other}'.");
            }
        }

        Plans = args.Contains("--plans");
    }

    /// <summary>The candidate indexes' DDL for every versioned type's table.</summary>
    public static IEnumerable<string> IndexDdl(GraphStore store)
    {
        var n = 0;
        foreach (var t in store.Model.Types)
        {
            n++;
            foreach (var which in Indexes)
            {
                yield return $"CREATE INDEX ix_probe_{n}_{which} ON {t.Table} ({PlaceColumns.Segment}, {PlaceColumns.Depth}) WHERE {PlaceColumns.Until} IS NULL";
            }
        }
    }

    /// <summary>Creates the candidate indexes and refreshes the planner's statistics.</summary>
    public static async Task CreateIndexesAsync(DbContext db, GraphStore store)
    {
        foreach (var ddl in IndexDdl(store))
        {
            Harness.Log($"peers: {ddl}");
            await db.Database.ExecuteSqlRawAsync(ddl);
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    /// <summary>
    /// Runs <paramref name="reads"/> (named calls), records every statement
    /// they send that reads change rows, and prints each one's plan: SQLite's <c>EXPLAIN QUERY PLAN</c> on the
    /// statement as it ran (parameters expanded by <c>sqlite3_trace</c>); PostgreSQL's <c>EXPLAIN</c> of the statement
    /// prepared with its generic plan (the text comes from Npgsql's tracing, without the parameter values).
    /// </summary>
    public static async Task PrintPlansAsync(string heading, DbContext db, GraphStore store, IReadOnlyList<(string Name, Func<Task> Read)> reads)
    {
        var union = ChangeSource.VersionRowsSql(store);
        var connection = db.Database.GetDbConnection();
        Console.WriteLine();
        Console.WriteLine($"#### Plans through the union: {heading}");
        Console.WriteLine();
        Console.WriteLine($"`<union>` = `{union}`");
        foreach (var (name, read) in reads)
        {
            var statements = connection is SqliteConnection sqlite ? await TraceSqliteAsync(sqlite, read) : await TraceNpgsqlAsync(read);
            Console.WriteLine();
            Console.WriteLine($"- **{name}**");
            // One statement per shape: the same text but for its literals (SQLite's trace expands the parameters).
            foreach (var sql in statements.Where(s => s.Contains(SystemTables.Changes, StringComparison.Ordinal)).DistinctBy(s => List().Replace(Literal().Replace(s, "?"), "(?)")))
            {
                var plan = connection is SqliteConnection s2 ? ExplainSqlite(s2, sql) : await ExplainNpgsqlAsync((NpgsqlConnection)connection, sql);
                Console.WriteLine($"  - `{Shorten(sql.Replace(union, "<union>", StringComparison.Ordinal))}`");
                Console.WriteLine("    ```");
                foreach (var line in plan)
                {
                    Console.WriteLine($"    {line}");
                }

                Console.WriteLine("    ```");
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a SQLite connection with <c>sqlite3_profile</c> on, then prints the statements
    /// that took longest (SQLite's own time, summed per statement text) with their plans: where a write or a merge
    /// through the union spends its time.
    /// </summary>
    public static async Task PrintSlowestSqliteAsync(string heading, SqliteConnection connection, GraphStore store, Func<Task> work, int top = 5)
    {
        var spent = new Dictionary<string, (double Ms, int Calls)>();
        SQLitePCL.raw.sqlite3_profile(connection.Handle, (SQLitePCL.strdelegate_profile)((_, key, ns) =>
        {
            var (ms, calls) = spent.GetValueOrDefault(key);
            spent[key] = (ms + ns / 1e6, calls + 1);
        }), null);
        try
        {
            await work();
        }
        finally
        {
            SQLitePCL.raw.sqlite3_profile(connection.Handle, (SQLitePCL.strdelegate_profile)null!, null);
        }

        var union = ChangeSource.VersionRowsSql(store);
        Console.WriteLine();
        Console.WriteLine($"#### Slowest statements: {heading} ({spent.Values.Sum(v => v.Ms):F1} ms of SQLite time in {spent.Values.Sum(v => v.Calls)} statements)");
        foreach (var (sql, (ms, calls)) in spent.OrderByDescending(e => e.Value.Ms).Take(top))
        {
            Console.WriteLine();
            Console.WriteLine($"- {ms:F1} ms in {calls} call(s): `{Shorten(sql.Replace(union, "<union>", StringComparison.Ordinal))}`");
            Console.WriteLine("    ```");
            foreach (var line in ExplainSqlite(connection, sql))
            {
                Console.WriteLine($"    {line}");
            }

            Console.WriteLine("    ```");
        }
    }

    private static string Shorten(string sql) => sql.Length <= 900 ? sql : sql[..900] + " …";

    private static async Task<List<string>> TraceSqliteAsync(SqliteConnection connection, Func<Task> read)
    {
        var seen = new List<string>();
        SQLitePCL.raw.sqlite3_trace(connection.Handle, (SQLitePCL.strdelegate_trace)((_, text) => seen.Add(text)), null);
        try
        {
            await read();
        }
        finally
        {
            SQLitePCL.raw.sqlite3_trace(connection.Handle, (SQLitePCL.strdelegate_trace)null!, null);
        }

        return seen;
    }

    private static List<string> ExplainSqlite(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var lines = new List<string>();
        var depth = new Dictionary<long, int> { [0] = 0 };
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                var parent = reader.GetInt64(1);
                var level = depth.GetValueOrDefault(parent) + 1;
                depth[id] = level;
                lines.Add($"{new string(' ', 2 * (level - 1))}{reader.GetString(3)}");
            }
        }
        catch (SqliteException e)
        {
            lines.Add($"(not explained: {e.Message})");
        }

        return lines;
    }

    private static async Task<List<string>> TraceNpgsqlAsync(Func<Task> read)
    {
        var seen = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Npgsql", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if ((activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string text)
                {
                    lock (seen)
                    {
                        seen.Add(text);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await read();
        return seen;
    }

    private static async Task<List<string>> ExplainNpgsqlAsync(NpgsqlConnection connection, string sql)
    {
        // EF's and Versioner's raw statements name parameters @p0...; Npgsql rewrites them to $1... before sending.
        var names = new List<string>();
        var positional = Parameter().Replace(sql, m =>
        {
            var index = names.IndexOf(m.Value);
            if (index < 0)
            {
                names.Add(m.Value);
                index = names.Count - 1;
            }

            return "$" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        var count = names.Count > 0 ? names.Count : Dollar().Matches(positional).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        var lines = new List<string>();
        try
        {
            await Postgres.ExecuteAsync(connection, $"PREPARE versioner_probe AS {positional}");
            await Postgres.ExecuteAsync(connection, "SET plan_cache_mode = force_generic_plan");
            var args = count == 0 ? "" : $"({string.Join(", ", Enumerable.Repeat("NULL", count))})";
            await using var command = new NpgsqlCommand($"EXPLAIN EXECUTE versioner_probe{args}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }
        catch (PostgresException e)
        {
            lines.Add($"(not explained: {e.MessageText})");
        }
        finally
        {
            await Postgres.ExecuteAsync(connection, "RESET plan_cache_mode");
            try
            {
                await Postgres.ExecuteAsync(connection, "DEALLOCATE versioner_probe");
            }
            catch (PostgresException)
            {
                // not prepared: the statement did not parse
            }
        }

        return lines;
    }

    [GeneratedRegex(@"x'[0-9a-fA-F]*'|\b\d+\b")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\((\?, )+\?\)")]
    private static partial Regex List();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\$(\d+)")]
    private static partial Regex Dollar();
}
