using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Storage;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// An empty database of its own on a real PostgreSQL server, dropped afterwards. The server comes from
/// <c>VERSIONER_TEST_POSTGRES</c> (a connection string whose role may create databases), by default the one
/// <c>.ci/postgres.sh</c> sets up.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "VERSIONER_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=ci;Password=ci;Database=ci";

    private static readonly Lazy<string?> Unreachable = new(Probe);

    private readonly string _name;

    private PostgresDatabase(string name, string connectionString)
    {
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Why no server can be used here, with how to start one; null when it can.</summary>
    public static string? Problem => Unreachable.Value;

    private static string Server => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultServer;

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var name = $"versioner_ingest_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new PostgresDatabase(name, new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString);
    }

    /// <summary>Verifies the history the ingest service wrote here (<see cref="Repository.VerifyAsync"/>).</summary>
    public async Task<VerifyReport> VerifyAsync()
    {
        await using var db = OpenIngestContext();
        var repository = await Repository.OpenAsync(db);
        return await repository.VerifyAsync();
    }

    /// <summary>A context on the ingest service's tables here.</summary>
    internal IngestDbContext OpenIngestContext()
    {
        var builder = new DbContextOptionsBuilder<IngestDbContext>();
        StorageSetup.Configure(builder, new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = ConnectionString });
        return new IngestDbContext(builder.Options);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string? Probe()
    {
        try
        {
            using var connection = new NpgsqlConnection(Server);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return $"PostgreSQL is not reachable at {new NpgsqlConnectionStringBuilder(Server) { Password = null }.ConnectionString} ({ex.GetBaseException().Message}). "
                + $"Start one with `bash .ci/postgres.sh`, or point {EnvironmentVariable} at a server whose role may create databases.";
        }
    }
}
