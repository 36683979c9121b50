using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Versioner.Ingest;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// The ingest service running for real in the test process: Kestrel on 127.0.0.1 with a free port, a SQLite file of
/// its own (deleted afterwards unless the test keeps it for a restart), and HTTP clients with and without a key.
/// </summary>
public sealed class IngestServer : IAsyncDisposable
{
    public const string WriterKey = "test-writer-key-0123456789";

    private readonly WebApplication _app;
    private readonly bool _ownsDatabase;

    private IngestServer(WebApplication app, string databasePath, bool ownsDatabase)
    {
        _app = app;
        _ownsDatabase = ownsDatabase;
        DatabasePath = databasePath;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
        Client = NewClient();
        Client.DefaultRequestHeaders.Add("X-Api-Key", WriterKey);
        Anonymous = NewClient();
    }

    public Uri BaseAddress { get; }

    public string DatabasePath { get; }

    /// <summary>Sends <see cref="WriterKey"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>Sends no credential.</summary>
    public HttpClient Anonymous { get; }

    public IServiceProvider Services => _app.Services;

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"versioner-ingest-test-{Guid.NewGuid():N}.db");

    /// <summary>Options of a context on the service's SQLite database at <paramref name="databasePath"/>, configured as the service configures its own.</summary>
    internal static Microsoft.EntityFrameworkCore.DbContextOptions<Versioner.Ingest.Storage.IngestDbContext> ContextOptions(string databasePath)
    {
        var builder = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<Versioner.Ingest.Storage.IngestDbContext>();
        Versioner.Ingest.Storage.StorageSetup.Configure(builder, new Versioner.Ingest.Configuration.StorageOptions { ConnectionString = $"Data Source={databasePath}" });
        return builder.Options;
    }

    /// <summary>
    /// Starts a server. <paramref name="settings"/> override configuration keys (<c>Versioner:Commits:Policy</c>...);
    /// a null value removes the default. Pass <paramref name="databasePath"/> to reuse a database (a restart); the
    /// caller then deletes it.
    /// </summary>
    public static async Task<IngestServer> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        string? databasePath = null)
    {
        var ownsDatabase = databasePath is null;
        databasePath ??= NewDatabasePath();
        var values = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            ["Versioner:Storage:ConnectionString"] = $"Data Source={databasePath}",
            ["Versioner:Auth:ApiKeys:0"] = WriterKey,
            ["Versioner:Commits:Policy"] = "PerRequest",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var app = IngestApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(values.Where(v => v.Value is not null));
            builder.Logging.ClearProviders();
            services?.Invoke(builder.Services);
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            if (ownsDatabase)
            {
                DeleteDatabase(databasePath);
            }

            throw;
        }

        return new IngestServer(app, databasePath, ownsDatabase);
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public Task<HttpResponseMessage> PutAsync(Guid versionId, string json) => Client.PutAsync($"/versions/{versionId}", Json(json));

    public Task<HttpResponseMessage> PostAsync(string json) => Client.PostAsync("/versions", Json(json));

    public HttpClient NewClient(string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal", "-ingest.lock" })
        {
            File.Delete(path + suffix);
        }
    }
}
