using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Versioner.Bench;

/// <summary>
/// <c>--profile</c>: where Versioner's write and read time goes. SQLite's own time per statement (sqlite3_profile,
/// millisecond clock, summed over many executions), EF's commands with their duration including materialization
/// (a command interceptor), and wall-clock time per API call. Wall time not accounted for by SQLite is managed work:
/// EF query compilation and materialization, parameter binding, content building, hashing.
/// </summary>
internal static partial class Profiling
{
    public static async Task RunAsync(BenchOptions options)
    {
        var rows = RowData.Generate(options.Versions);
        var path = Sqlite.NewPath("profile");
        try
        {
            using var connection = Sqlite.Open(path);
            var sql = new SqlStats();
            var ef = new EfStats();
            await using var db = new VersionedContext(connection, ef);
            await db.Database.EnsureCreatedAsync();
            var repo = await Repository.OpenAsync(db);
            var ws = await repo.CheckoutAsync("main");
            var items = new Item[rows.Length];

            // Warm up on a separate database first, so JIT and EF query compilation do not count here.
            await WriteBench.RunVersionerAsync(RowData.Generate(3_000), options.CommitSize);

            SQLitePCL.raw.sqlite3_profile(connection.Handle, sql.Callback, null);
            foreach (var edited in new[] { false, true })
            {
                sql.Clear();
                ef.Clear();
                var (total, save, finalize) = await WriteBench.CommitAllAsync(ws, rows, options.CommitSize, items, edited);
                Console.WriteLine();
                Console.WriteLine($"### Profile: {(edited ? "updates" : "new entities")}, {rows.Length:N0} versions in commits of {options.CommitSize:N0}");
                Console.WriteLine($"{ClockWord} {total:0.000} s = SaveAllAsync {save:0.000} s + FinalizeAsync {finalize:0.000} s (+ building the entities); {rows.Length / total:N0} rows/s");
                Console.WriteLine($"SQLite time in all statements: {sql.TotalSeconds:0.000} s ({100 * sql.TotalSeconds / total:0}% of {ClockWord}); EF commands incl. materialization: {ef.TotalSeconds:0.000} s");
                sql.Print(total);
                ef.Print(total);
            }

            SQLitePCL.raw.sqlite3_profile(connection.Handle, (SQLitePCL.delegate_profile?)null, null);
        }
        finally
        {
            Sqlite.Delete(path);
        }
    }

    /// <summary>ToQueryString declares parameters with .param set lines; bind them instead and keep the SELECT.</summary>
    internal static string StripParameters(string text, SqliteCommand command)
    {
        var lines = text.Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set", StringComparison.Ordinal)))
        {
            var parts = line.Split(' ', 4);
            var value = parts[3].Trim();
            // Text in quotes, a blob as X'hex' (ids since storage format 3), otherwise an integer.
            command.Parameters.AddWithValue(parts[2],
                value.StartsWith("X'", StringComparison.OrdinalIgnoreCase) ? Convert.FromHexString(value[2..^1])
                : value.StartsWith('\'') ? value.Trim('\'')
                : long.Parse(value, CultureInfo.InvariantCulture));
        }

        return string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
    }

    /// <summary>What the totals are measured in (SQLite's and EF's own durations are always wall time).</summary>
    private static string ClockWord => Clock.Cpu ? "CPU time" : "wall";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    internal static string Normalize(string sql)
    {
        var text = Spaces().Replace(sql, " ").Trim();
        return text.Length > 150 ? text[..150] + "…" : text;
    }

    private sealed class SqlStats
    {
        private readonly Dictionary<string, (long Count, long Nanoseconds)> _stats = [];

        public double TotalSeconds => _stats.Values.Sum(s => s.Nanoseconds) / 1e9;

        public void Clear() => _stats.Clear();

        private readonly Dictionary<string, string> _keys = [];

        public void Callback(object userData, SQLitePCL.utf8z statement, long nanoseconds)
        {
            var text = statement.utf8_to_string();
            if (!_keys.TryGetValue(text, out var key))
            {
                _keys[text] = key = Normalize(text);
            }

            _stats[key] = _stats.TryGetValue(key, out var s) ? (s.Count + 1, s.Nanoseconds + nanoseconds) : (1, nanoseconds);
        }

        public void Print(double wall)
        {
            Console.WriteLine();
            Console.WriteLine($"| SQLite time (s) | % of {ClockWord} | executions | statement |");
            Console.WriteLine("|---:|---:|---:|---|");
            foreach (var (text, (count, ns)) in _stats.OrderByDescending(s => s.Value.Nanoseconds).Take(14))
            {
                Console.WriteLine($"| {ns / 1e9:0.000} | {100 * ns / 1e9 / wall:0.0} | {count:N0} | `{text}` |");
            }
        }
    }

    /// <summary>Durations of EF's own commands (Versioner's queries through LINQ), from execution to reader disposal.</summary>
    private sealed class EfStats : DbCommandInterceptor
    {
        private readonly Dictionary<string, (long Count, double Seconds)> _stats = [];

        public double TotalSeconds => _stats.Values.Sum(s => s.Seconds);

        public void Clear() => _stats.Clear();

        private void Add(DbCommand command, TimeSpan duration)
        {
            var key = Normalize(command.CommandText);
            _stats[key] = _stats.TryGetValue(key, out var s) ? (s.Count + 1, s.Seconds + duration.TotalSeconds) : (1, duration.TotalSeconds);
        }

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            Add(command, eventData.Duration);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Add(command, eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            Add(command, eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public void Print(double wall)
        {
            Console.WriteLine();
            Console.WriteLine($"| EF command time (s) | % of {ClockWord} | executions | EF command |");
            Console.WriteLine("|---:|---:|---:|---|");
            foreach (var (text, (count, seconds)) in _stats.OrderByDescending(s => s.Value.Seconds).Take(10))
            {
                Console.WriteLine($"| {seconds:0.000} | {100 * seconds / wall:0.0} | {count:N0} | `{text}` |");
            }
        }
    }
}
