using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner.Cli.Tests.Model;

namespace Versioner.Cli.Tests.Infrastructure;

/// <summary>
/// A database of its own on a real PostgreSQL server; <c>--db</c> is its connection string. The server comes from
/// <c>VERSIONER_TEST_POSTGRES</c>, by default the one <c>.ci/postgres.sh</c> sets up.
/// </summary>
public sealed class PostgresDatabase : TestDatabase
{
    public const string EnvironmentVariable = "VERSIONER_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=ci;Password=ci;Database=ci";

    private static readonly Lazy<string?> Unreachable = new(Probe);

    private readonly string _name = $"versioner_cli_test_{Guid.NewGuid():N}";
    private string? _connectionString;

    /// <summary>The server's connection string (for tests that make one wrong on purpose).</summary>
    public static string Server => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultServer;

    public override string DbArgument => _connectionString ?? throw new InvalidOperationException("Create the database first.");

    /// <summary>Under CI the server must be there (an unreachable one fails the run); elsewhere its absence skips.</summary>
    public override string? SkipReason =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? null : Unreachable.Value;

    public override async Task<DbContextOptions<ShelfContext>> CreateAsync()
    {
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString;
        return new DbContextOptionsBuilder<ShelfContext>().UseNpgsql(_connectionString).UseVersioning().Options;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_connectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        try
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (PostgresException e)
        {
            Console.Error.WriteLine($"PostgresDatabase: could not drop {_name}: {e.MessageText}");
        }
    }

    private static string? Probe()
    {
        var server = new NpgsqlConnectionStringBuilder(Server) { Timeout = 3, Pooling = false };
        try
        {
            using var connection = new NpgsqlConnection(server.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return $"PostgreSQL is not reachable at {server.Host}:{server.Port} as '{server.Username}' ({e.GetBaseException().Message}); "
                + $"run `bash .ci/postgres.sh` to start it, or set {EnvironmentVariable} to a server's connection string.";
        }
    }
}
