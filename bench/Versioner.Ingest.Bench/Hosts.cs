using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;

namespace Versioner.Ingest.Bench;

/// <summary>
/// A started server on 127.0.0.1 (port 0), with the SQLite file or PostgreSQL database it owns (if any), deleted or
/// dropped on dispose.
/// </summary>
internal sealed class Host(WebApplication app, string? databasePath, string? postgres = null, bool dropsDatabase = true) : IAsyncDisposable
{
    public const string WriterKey = "bench-writer-key-0123456789abcdef";

    public Uri BaseAddress { get; } = new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    public string? DatabasePath { get; } = databasePath;

    /// <summary>Whether this host stores versions (the service), as opposed to the bare endpoint.</summary>
    public bool Stores => DatabasePath is not null || postgres is not null;

    public async Task<long> CountStoredVersionsAsync()
    {
        if (postgres is not null)
        {
            await using var pg = new Npgsql.NpgsqlConnection(postgres);
            await pg.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM ingest_versions", pg);
            return (long)(await count.ExecuteScalarAsync())!;
        }

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ingest_versions";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private bool _stopped;

    /// <summary>Stops the server (the service's writer closes its connection); the database stays until dispose.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
        if (postgres is not null && dropsDatabase)
        {
            await Hosts.DropPostgresAsync(postgres);
        }

        if (DatabasePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }
}

/// <summary>Starts the servers measured: the ingest service as it composes itself, and a bare endpoint.</summary>
internal static class Hosts
{
    /// <summary>
    /// <c>--postgres CONNECTION-STRING</c>: store in a fresh database on that PostgreSQL server (its role may create
    /// databases) instead of a SQLite file.
    /// </summary>
    public static string? PostgresServer { get; set; }

    public static string Storage => PostgresServer is null ? "SQLite (WAL, synchronous=FULL)" : "PostgreSQL";

    private static async Task<string> CreatePostgresAsync()
    {
        var name = $"versioner_ingest_bench_{Guid.NewGuid():N}";
        await using var connection = new Npgsql.NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new Npgsql.NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
    }

    public static async Task DropPostgresAsync(string connectionString)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        var name = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new Npgsql.NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The service, built by its own composition root (<c>Versioner.Ingest.IngestApp.Build</c>, internal, so called by
    /// reflection; this project may not change src/). Configured like the tests: Kestrel on 127.0.0.1:0, an API key,
    /// a fresh SQLite file in /tmp, logging off.
    /// </summary>
    public static async Task<Host> StartServiceAsync(string policy, IReadOnlyDictionary<string, string?>? extra = null) =>
        await StartServiceOnAsync(policy, PostgresServer is null ? null : await CreatePostgresAsync(), extra);

    /// <summary>
    /// <paramref name="instances"/> instances of the service over one fresh PostgreSQL database (they share its branch,
    /// see docs/ingest.md, "Several instances"); the last one drops the database on dispose, so dispose it last.
    /// </summary>
    public static async Task<Host[]> StartServicesAsync(string policy, int instances)
    {
        var postgres = await CreatePostgresAsync();
        var hosts = new Host[instances];
        for (var i = 0; i < instances; i++)
        {
            hosts[i] = await StartServiceOnAsync(policy, postgres, dropsDatabase: i == instances - 1);
        }

        return hosts;
    }

    private static async Task<Host> StartServiceOnAsync(string policy, string? postgres, IReadOnlyDictionary<string, string?>? extra = null, bool dropsDatabase = true)
    {
        var databasePath = postgres is null ? Path.Combine(Path.GetTempPath(), $"versioner-ingest-bench-{Guid.NewGuid():N}.db") : null;
        var values = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Versioner:Storage:Provider"] = postgres is null ? "Sqlite" : "PostgreSql",
            ["Versioner:Storage:ConnectionString"] = postgres ?? $"Data Source={databasePath}",
            ["Versioner:Auth:ApiKeys:0"] = Host.WriterKey,
            ["Versioner:Commits:Policy"] = policy,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var build = Assembly.Load("Versioner.Ingest").GetType("Versioner.Ingest.IngestApp", throwOnError: true)!
            .GetMethod("Build", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        Action<WebApplicationBuilder> configure = builder =>
        {
            builder.Configuration.AddInMemoryCollection(values.Where(v => v.Value is not null));
            builder.Logging.ClearProviders();
        };
        var app = (WebApplication)build.Invoke(null, [Array.Empty<string>(), configure])!;
        await app.StartAsync();
        return new Host(app, databasePath, postgres, dropsDatabase);
    }

    /// <summary>
    /// The baseline: a minimal-API <c>POST /versions</c> (and <c>POST /versions/batch</c>) in the same kind of host (WebApplication, Kestrel, same GC
    /// mode) that parses the same JSON into a typed object (source-generated System.Text.Json) and answers 201 with a
    /// small receipt. No auth, no validation, no storage.
    /// </summary>
    public static async Task<Host> StartBareAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Urls"] = "http://127.0.0.1:0" });
        builder.Logging.ClearProviders();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, BareJsonContext.Default));
        var app = builder.Build();
        app.MapPost("/versions", (BareVersion version) =>
            Results.Json(new BareReceipt(Guid.CreateVersion7(), version.EntityType, version.EternalId, "committed"), BareJsonContext.Default.BareReceipt, statusCode: 201));

        // The HTTP floor of the batch path: the same body parsed into typed objects, answered with the ids it holds
        // (the eternal ids: no id is made, nothing is validated or stored).
        app.MapPost("/versions/batch", (List<BareVersion> versions) =>
            Results.Json(new BareBatchReceipt(versions.ConvertAll(v => v.EternalId)), BareJsonContext.Default.BareBatchReceipt, statusCode: 201));
        await app.StartAsync();
        return new Host(app, null);
    }
}

internal sealed record BareVersion(
    int? SchemaVersion, string EntityType, Guid EternalId, Guid? VersionId, string Operation, JsonElement? Data,
    string Author, DateTimeOffset Timestamp, string? Message, string? Source);

internal sealed record BareReceipt(Guid VersionId, string EntityType, Guid EternalId, string Status);

internal sealed record BareBatchReceipt(List<Guid> Ids);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BareVersion))]
[JsonSerializable(typeof(BareReceipt))]
[JsonSerializable(typeof(List<BareVersion>))]
[JsonSerializable(typeof(BareBatchReceipt))]
internal sealed partial class BareJsonContext : JsonSerializerContext;
