using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Versioner.Bench;

/// <summary>
/// Where a side's bytes go (scenario 8's storage line): bytes per table and per index, as measured and after the
/// engine compacts the data (SQLite <c>VACUUM</c>; PostgreSQL <c>VACUUM</c>, which only marks dead row versions' space
/// free, then <c>VACUUM FULL</c>, which rewrites every relation with its live rows). Printed after the storage line is
/// taken; the compaction changes the database, so it runs only once nothing else is measured on it.
/// </summary>
internal static class StorageBreakdown
{
    /// <summary>Bytes per table and index of a SQLite file (the <c>dbstat</c> virtual table, through the <c>sqlite3</c> shell), free pages, then the same after <c>VACUUM</c>.</summary>
    /// <returns>The file's bytes after the <c>VACUUM</c>.</returns>
    public static long PrintSqlite(string side, SqliteConnection connection)
    {
        var before = Sqlite(connection);
        var after = Sqlite(connection, "VACUUM");
        Print(side, "SQLite: as measured (after a checkpoint) / after VACUUM", before, after, null);
        Bench.Sqlite.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        return new FileInfo(connection.DataSource).Length;
    }

    /// <summary>
    /// Bytes per relation of a PostgreSQL database (heap with its free-space and visibility maps, TOAST, each index)
    /// whose table names match <paramref name="tables"/> (a <c>LIKE</c> pattern), with the dead row versions the
    /// statistics count, as measured, after <c>VACUUM</c> and after <c>VACUUM FULL</c>.
    /// </summary>
    /// <returns>The relations' bytes after <c>VACUUM FULL</c>.</returns>
    public static async Task<long> PrintPostgresAsync(string side, NpgsqlConnection connection, string tables)
    {
        var dead = await DeadRowsAsync(connection, tables);
        var before = await PostgresAsync(connection, tables);
        var names = before.Select(r => r.Table).Distinct().ToList();
        foreach (var table in names)
        {
            await Postgres.ExecuteAsync(connection, $"VACUUM \"{table}\"");
        }

        var vacuumed = await PostgresAsync(connection, tables);
        foreach (var table in names)
        {
            await Postgres.ExecuteAsync(connection, $"VACUUM FULL \"{table}\"");
        }

        var full = await PostgresAsync(connection, tables);
        Print(side, $"PostgreSQL: as measured (dead row versions per the statistics: {string.Join(", ", dead.Where(d => d.Value > 0).Select(d => $"{d.Key} {d.Value:N0}"))}) / after VACUUM / after VACUUM FULL", before, full, vacuumed);
        return full.Sum(r => r.Bytes);
    }

    private sealed record Row(string Table, string Relation, long Bytes);

    private static List<Row> Sqlite(SqliteConnection connection, string? first = null)
    {
        if (first is not null)
        {
            Bench.Sqlite.Execute(connection, first);
        }

        // The dbstat virtual table is not in the SQLitePCLRaw bundle; the sqlite3 shell has it. It reads the file
        // beside this connection (WAL mode; checkpointed first so the shell sees every page in the file).
        Bench.Sqlite.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        var rows = new List<Row>();
        var start = new System.Diagnostics.ProcessStartInfo("sqlite3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-readonly");
        start.ArgumentList.Add("-separator");
        start.ArgumentList.Add("|");
        start.ArgumentList.Add(connection.DataSource);
        start.ArgumentList.Add("""
            SELECT coalesce(m.tbl_name, d.name), d.name, sum(d.pgsize) FROM dbstat d LEFT JOIN sqlite_schema m ON m.name = d.name GROUP BY d.name;
            SELECT '(file)', 'free pages', (SELECT freelist_count FROM pragma_freelist_count) * (SELECT page_size FROM pragma_page_size);
            """);
        try
        {
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.WriteLine($"- storage breakdown skipped: sqlite3 failed: {error.Trim()}");
                return rows;
            }

            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var fields = line.Split('|');
                rows.Add(new Row(fields[0], fields[1], long.Parse(fields[2], CultureInfo.InvariantCulture)));
            }
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.WriteLine($"- storage breakdown skipped: no sqlite3 shell ({ex.Message})");
        }

        return rows;
    }

    private static async Task<List<Row>> PostgresAsync(NpgsqlConnection connection, string tables)
    {
        var sql = $"""
            SELECT t.relname, t.relname || ' (heap + maps)', pg_table_size(t.oid) - coalesce(pg_total_relation_size(NULLIF(t.reltoastrelid, 0)), 0)
            FROM pg_class t JOIN pg_namespace s ON s.oid = t.relnamespace
            WHERE s.nspname = current_schema() AND t.relkind = 'r' AND t.relname LIKE '{tables}'
            UNION ALL
            SELECT t.relname, t.relname || ' (TOAST)', pg_total_relation_size(t.reltoastrelid)
            FROM pg_class t JOIN pg_namespace s ON s.oid = t.relnamespace
            WHERE s.nspname = current_schema() AND t.relkind = 'r' AND t.relname LIKE '{tables}' AND t.reltoastrelid <> 0
            UNION ALL
            SELECT t.relname, i.relname, pg_relation_size(i.oid)
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace
            WHERE s.nspname = current_schema() AND t.relkind = 'r' AND t.relname LIKE '{tables}'
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Row>();
        while (await reader.ReadAsync())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return rows;
    }

    private static async Task<Dictionary<string, long>> DeadRowsAsync(NpgsqlConnection connection, string tables)
    {
        await using var command = new NpgsqlCommand($"SELECT relname, n_dead_tup FROM pg_stat_user_tables WHERE relname LIKE '{tables}' ORDER BY relname", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetInt64(1);
        }

        return rows;
    }

    private static void Print(string side, string columns, List<Row> before, List<Row> after, List<Row>? middle)
    {
        long Of(List<Row> rows, string relation) => rows.Where(r => r.Relation == relation).Sum(r => r.Bytes);
        Console.WriteLine();
        Console.WriteLine($"storage of {side}, bytes per table and index ({columns}):");
        Console.WriteLine();
        Console.WriteLine(middle is null ? "| table | relation | bytes | after |" : "| table | relation | bytes | after VACUUM | after VACUUM FULL |");
        Console.WriteLine(middle is null ? "|---|---|---:|---:|" : "|---|---|---:|---:|---:|");
        foreach (var row in before.Where(r => r.Bytes > 0 || Of(after, r.Relation) > 0).OrderBy(r => r.Table, StringComparer.Ordinal).ThenByDescending(r => r.Bytes))
        {
            var mid = middle is null ? "" : $" {Of(middle, row.Relation):N0} |";
            Console.WriteLine($"| {row.Table} | {row.Relation} | {row.Bytes:N0} |{mid} {Of(after, row.Relation):N0} |");
        }

        var midTotal = middle is null ? "" : $" {middle.Sum(r => r.Bytes):N0} |";
        Console.WriteLine($"| **total** | | {before.Sum(r => r.Bytes):N0} |{midTotal} {after.Sum(r => r.Bytes):N0} |");
    }
}
