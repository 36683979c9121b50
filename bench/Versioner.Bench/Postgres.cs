using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Versioner.Bench;

/// <summary>
/// Databases on a PostgreSQL server, one fresh database per variant and repetition, dropped after. The server comes
/// from <c>VERSIONER_BENCH_POSTGRES</c>, else <c>VERSIONER_TEST_POSTGRES</c>, else the one <c>.ci/postgres.sh</c> sets up.
/// </summary>
internal static class Postgres
{
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=ci;Password=ci;Database=ci";
    private static readonly string[] Settings = ["server_version", "shared_buffers", "synchronous_commit", "fsync", "wal_level", "max_wal_size"];
    private static int s_counter;

    public static string Server =>
        Environment.GetEnvironmentVariable("VERSIONER_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
        : Environment.GetEnvironmentVariable("VERSIONER_TEST_POSTGRES") is { Length: > 0 } test ? test
        : DefaultServer;

    /// <summary>Why the server cannot be used, or null when it can.</summary>
    public static string? Unreachable()
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Timeout = 3, Pooling = false }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return ex.GetBaseException().Message;
        }
    }

    /// <summary>Server version and the settings that decide write speed.</summary>
    public static string Describe()
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        string Show(string name)
        {
            using var command = new NpgsqlCommand($"SHOW {name}", connection);
            return $"{name}={command.ExecuteScalar()}";
        }

        return string.Join(", ", Settings.Select(Show));
    }

    /// <summary>A new, empty database; returns its connection string.</summary>
    public static async Task<string> CreateAsync(string name)
    {
        var database = $"versioner_bench_{Environment.ProcessId}_{name}_{Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture)}";
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = database, CommandTimeout = 0 }.ConnectionString;
    }

    public static async Task DropAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (Sqlite.Keep)
        {
            Console.WriteLine($"- kept PostgreSQL database {database} (VERSIONER_BENCH_KEEP=1)");
            return;
        }

        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The index definitions of a table, names included, sorted: the raw baseline must have the same ones.</summary>
    public static async Task<List<string>> IndexesAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT indexdef FROM pg_indexes WHERE tablename = '{table}' ORDER BY indexdef", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<string>();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    /// <summary>
    /// Seconds taken by <paramref name="work"/>. On the wall clock by default. With <c>--cpu-time</c>, the CPU time
    /// of this process plus that of the server backends serving <paramref name="connections"/> (read from
    /// <c>/proc/PID/stat</c>; the server runs on this machine): most of the work of these scenarios is done by the
    /// backend, which this process's CPU time alone would not count. The server's background writers (WAL writer,
    /// checkpointer) are not counted, on either side of a ratio.
    /// </summary>
    public static async Task<double> TimeAsync(Func<Task> work, params NpgsqlConnection[] connections)
    {
        if (!Clock.Cpu)
        {
            var started = Stopwatch.GetTimestamp();
            await work();
            return Stopwatch.GetElapsedTime(started).TotalSeconds;
        }

        var pids = new List<int>();
        foreach (var connection in connections)
        {
            await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
            pids.Add((int)(await command.ExecuteScalarAsync())!);
        }

        double Now() => Environment.CpuUsage.TotalTime.TotalSeconds + pids.Sum(BackendCpuSeconds);
        var before = Now();
        await work();
        return Now() - before;
    }

    /// <summary>The connection an EF context runs on, opened (and so kept open for the context's whole life).</summary>
    public static async Task<NpgsqlConnection> OpenAsync(Microsoft.EntityFrameworkCore.DbContext db)
    {
        await db.Database.OpenConnectionAsync();
        return (NpgsqlConnection)db.Database.GetDbConnection();
    }

    private static double BackendCpuSeconds(int pid)
    {
        // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15, in clock ticks.
        var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / 100.0; // USER_HZ is 100 on Linux
    }
}

/// <summary>The benchmark's versioned context on PostgreSQL.</summary>
public sealed class PgVersionedContext(string connectionString) : DbContext
{
    public DbSet<Item> Items => Set<Item>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseNpgsql(connectionString).UseVersioning();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseVersioning();
}

/// <summary>The same context with <c>UseVersioning(o => o.ForeignKeys = false)</c>: the bulk-load schema.</summary>
public sealed class PgVersionedContextWithoutForeignKeys(string connectionString) : DbContext
{
    public DbSet<Item> Items => Set<Item>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseNpgsql(connectionString).UseVersioning();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseVersioning(o => o.ForeignKeys = false);
}
