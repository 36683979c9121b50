using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Versioner.Tests.Following.Infrastructure;

/// <summary>
/// A database of its own on a real PostgreSQL server, created for one test and dropped afterwards. The server comes
/// from <c>VERSIONER_TEST_POSTGRES</c> (a connection string whose database the tests may connect to and whose role
/// may create databases and roles), by default the one <c>.ci/postgres.sh</c> sets up.
/// </summary>
public sealed class PostgresProvider : TestProvider
{
    public const string EnvironmentVariable = "VERSIONER_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=ci;Password=ci;Database=ci";

    // Probed once per test run: a developer without the server gets one clear reason, not a connection error per test.
    private static readonly Lazy<string?> Unreachable = new(Probe);

    private readonly string _database = $"versioner_test_{Guid.NewGuid():N}";
    private string? _connectionString;

    private static NpgsqlConnectionStringBuilder Server =>
        new(Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultServer);

    /// <summary>Under CI the server must be there (an unreachable one fails the run); elsewhere its absence skips.</summary>
    public override string? SkipReason =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? null : Unreachable.Value;

    public override async Task<DbContextOptions<TContext>> CreateAsync<TContext>()
    {
        var server = Server;
        await using (var connection = await OpenAsync(server.ConnectionString))
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = _database }.ConnectionString;
        return new DbContextOptionsBuilder<TContext>().UseNpgsql(_connectionString).UseVersioning().Options;
    }

    /// <summary>The connection string of this test's database (to reach it through a proxy, say).</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("CreateAsync first.");

    public override DbContextOptions<TContext> OptionsFor<TContext>() =>
        new DbContextOptionsBuilder<TContext>().UseNpgsql(_connectionString).UseVersioning().Options;

    public override void Configure(DbContextOptionsBuilder builder) => builder.UseNpgsql(_connectionString).UseVersioning();

    private readonly List<string> _clones = [];

    public override async Task<DbContextOptions<TContext>> CloneAsync<TContext>()
    {
        var clone = $"versioner_test_{Guid.NewGuid():N}";
        await using (var pooled = new NpgsqlConnection(_connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using (var connection = await OpenAsync(Server.ConnectionString))
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{clone}\" TEMPLATE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        _clones.Add(clone);
        var connectionString = new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Database = clone }.ConnectionString;
        return new DbContextOptionsBuilder<TContext>().UseNpgsql(connectionString).UseVersioning().Options;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_connectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenAsync(Server.ConnectionString);
        foreach (var database in _clones.Append(_database))
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
            catch (PostgresException ex)
            {
                // Cleanup must not fail a test: a database left behind (say, while autovacuum works on it and the
                // role may not end that worker) is harmless and has a unique name.
                Console.Error.WriteLine($"PostgresProvider: could not drop {database}: {ex.MessageText}");
            }
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(Explain(ex), ex);
        }
    }

    private static string? Probe()
    {
        var server = Server;
        server.Timeout = 3;
        server.Pooling = false;
        try
        {
            using var connection = new NpgsqlConnection(server.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return Explain(ex);
        }
    }

    private static string Explain(Exception ex)
    {
        var server = Server;
        return $"PostgreSQL is not reachable at {server.Host}:{server.Port} as '{server.Username}' ({ex.GetBaseException().Message}); "
            + $"run `bash .ci/postgres.sh` (as root) to install and start it, or set {EnvironmentVariable} to a server's connection string.";
    }
}
