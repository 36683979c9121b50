using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Versioner.Studio.Tests.Infrastructure;

/// <summary>
/// A database of its own on a real PostgreSQL server, dropped afterwards. The server comes from
/// <c>VERSIONER_TEST_POSTGRES</c>, by default the one <c>.ci/postgres.sh</c> sets up; unreachable, the tests skip
/// saying so, except under CI, where they fail.
/// </summary>
public sealed class PostgresDatabase : StudioDatabase
{
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=ci;Password=ci;Database=ci";
    private static readonly Lazy<string?> Unreachable = new(Probe);
    private readonly string _database = $"versioner_studio_{Guid.NewGuid():N}";
    private bool _created;
    private string? _connectionString;

    private static string Server =>
        Environment.GetEnvironmentVariable("VERSIONER_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    public override string? SkipReason =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? null : Unreachable.Value;

    public override async Task<Action<DbContextOptionsBuilder>> CreateAsync()
    {
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        _created = true;
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _database }.ConnectionString;
        _connectionString = connectionString;
        return o => o.UseNpgsql(connectionString).UseVersioning();
    }

    public override string DbArgument => _connectionString ?? throw new InvalidOperationException("Create the database first.");

    public override async ValueTask DisposeAsync()
    {
        if (!_created)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
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
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return $"No PostgreSQL server at {server.Host}:{server.Port} ({ex.Message}). Start one with `bash .ci/postgres.sh`, or point VERSIONER_TEST_POSTGRES at one.";
        }
    }
}
