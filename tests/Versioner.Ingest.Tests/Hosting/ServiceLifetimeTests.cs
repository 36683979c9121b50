using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Versioner.Ingest;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Hosting;

/// <summary>What an operator sees when the service starts and stops: the startup log, and the exit code.</summary>
public sealed class ServiceLifetimeTests
{
    private const string Category = "Versioner.Ingest.IngestApp";

    [Fact]
    public async Task The_startup_log_names_the_database_file_and_who_may_write()
    {
        var logs = new CapturedLogs();

        await using (var server = await IngestServer.StartAsync(LogStartup(), services => services.AddSingleton<ILoggerProvider>(logs)))
        {
            var started = logs.Entries.Should().ContainSingle(e => e.Category == Category && e.Event.Id == 1).Which.Message;
            started.Should().Be($"Versions are stored in SQLite file {server.DatabasePath} on branch main. Writes: with one of 1 API key(s) (X-Api-Key) or 0 bearer token(s). Reads: with one of 1 API key(s) (X-Api-Key) or 0 bearer token(s)");
        }
    }

    [Fact]
    public async Task The_startup_log_warns_when_anyone_may_write()
    {
        var logs = new CapturedLogs();
        var settings = LogStartup();
        settings["Versioner:Auth:ApiKeys:0"] = null;
        settings["Versioner:Auth:AllowAnonymousWrites"] = "true";

        await using (await IngestServer.StartAsync(settings, services => services.AddSingleton<ILoggerProvider>(logs)))
        {
            logs.Entries.Should().ContainSingle(e => e.Event.Id == 1).Which.Message.Should().Contain(
                "Writes: open to anyone who can reach the service, without a credential. Reads: refused: no API key or bearer token is configured");
            logs.Entries.Should().ContainSingle(e => e.Event.Id == 3).Which.Level.Should().Be(LogLevel.Warning);
        }
    }

    [Fact]
    public async Task A_background_failure_that_stops_the_host_exits_non_zero()
    {
        var database = IngestServer.NewDatabasePath();
        try
        {
            var app = Build(database, services => services.AddHostedService<FailingService>());

            var exitCode = await IngestApp.RunAsync(app).WaitAsync(TimeSpan.FromSeconds(60));

            exitCode.Should().Be(1);
        }
        finally
        {
            IngestServer.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task A_requested_stop_exits_zero()
    {
        var database = IngestServer.NewDatabasePath();
        try
        {
            var app = Build(database);
            var running = IngestApp.RunAsync(app);
            await Eventually.TrueAsync(() => Task.FromResult(app.Lifetime.ApplicationStarted.IsCancellationRequested));

            app.Lifetime.StopApplication();

            (await running.WaitAsync(TimeSpan.FromSeconds(60))).Should().Be(0);
        }
        finally
        {
            IngestServer.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task A_second_instance_on_the_same_SQLite_file_says_SQLite_is_single_instance_and_exits_non_zero()
    {
        var database = IngestServer.NewDatabasePath();
        try
        {
            await using var first = await IngestServer.StartAsync(databasePath: database);
            var logs = new CapturedLogs();
            var second = Build(database, services => services.AddSingleton<ILoggerProvider>(logs));

            var exitCode = await IngestApp.RunAsync(second).WaitAsync(TimeSpan.FromSeconds(60));

            exitCode.Should().Be(1);
            logs.Entries.Should().ContainSingle(e => e.Event.Id == 4).Which.Message.Should().Be(
                $"The service cannot start: SQLite is single-instance: another ingest service process already serves {database} (it holds {database}-ingest.lock). "
                + "Run one instance per SQLite file, or run several instances over one PostgreSQL database (Versioner:Storage:Provider=PostgreSql). Exiting with code 1");
            (await first.PostAsync(Messages.Upsert())).StatusCode.Should().Be(System.Net.HttpStatusCode.Created, "the first instance keeps serving");
        }
        finally
        {
            IngestServer.DeleteDatabase(database);
        }
    }

    private static Dictionary<string, string?> LogStartup() => new() { [$"Logging:LogLevel:{Category}"] = "Information" };

    private static WebApplication Build(string database, Action<IServiceCollection>? services = null) => IngestApp.Build([], builder =>
    {
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Versioner:Storage:ConnectionString"] = $"Data Source={database}",
            ["Versioner:Auth:ApiKeys:0"] = IngestServer.WriterKey,
        });
        builder.Logging.ClearProviders();
        services?.Invoke(builder.Services);
    });

    /// <summary>A background service that fails once the host runs, as the SQS consumer did on an undecodable message.</summary>
    private sealed class FailingService(IHostApplicationLifetime lifetime) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var started = new TaskCompletionSource();
            using (lifetime.ApplicationStarted.Register(started.SetResult))
            {
                await started.Task.WaitAsync(stoppingToken);
            }

            throw new InvalidOperationException("a background failure, once the service serves");
        }
    }
}
