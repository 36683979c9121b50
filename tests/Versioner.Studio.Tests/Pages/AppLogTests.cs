using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;

namespace Versioner.Studio.Tests.Pages;

/// <summary>What the embedded Studio writes into the app's log: nothing at warning level for a page that works.</summary>
/// <remarks>
/// Only the Studio's own and the ASP.NET Core parts it drives are asserted: a query of the engine's (Graph) logs EF
/// Core's warning about First without OrderBy, which is the engine's to fix.
/// </remarks>
#pragma warning disable CA1001 // disposed in IAsyncLifetime.DisposeAsync, which xunit calls
public abstract class AppLogTests<TDatabase> : IAsyncLifetime
#pragma warning restore CA1001
    where TDatabase : StudioDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly HttpClient _http = new();
    private readonly AppLog _log = new();
    private StudioServer? _server;

    private StudioServer Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        if (_database.SkipReason is not null)
        {
            return; // the test is skipped
        }

        _server = await StudioServer.StartAsync(await _database.CreateAsync(), logs: _log);
        await _server.WithRepositoryAsync(Catalog.MakeAsync);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [EngineFact]
    public async Task Pages_of_a_writable_Studio_log_no_warning_into_the_apps_log()
    {
        foreach (var path in new[] { "", "log", "merge", "workspaces", "verify", "browse?type=Book" })
        {
            using var response = await _http.GetAsync(Server.Root + path);

            response.IsSuccessStatusCode.Should().BeTrue(path);
            response.Headers.CacheControl!.NoStore.Should().BeTrue($"{path}: a page is never served from a cache");
        }

        _log.Entries.Where(e => !e.StartsWith("Microsoft.EntityFrameworkCore.Query", StringComparison.Ordinal))
            .Should().BeEmpty("each page view logged the antiforgery's header warning into the app's log");
    }

    /// <summary>The app's log at warning level and above.</summary>
    private sealed class AppLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _entries = new();

        /// <summary>Each entry as <c>category level: message</c>.</summary>
        public IReadOnlyCollection<string> Entries => _entries;

        public ILogger CreateLogger(string categoryName) => new Category(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Category(string name, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    entries.Enqueue($"{name} {logLevel}: {formatter(state, exception)}");
                }
            }
        }
    }
}

public sealed class AppLogTests_Sqlite : AppLogTests<SqliteDatabase>;

public sealed class AppLogTests_Postgres : AppLogTests<PostgresDatabase>;
