using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Versioner.Studio.Hosting;

namespace Versioner.Studio.Standalone;

/// <summary>
/// The Studio as a program of its own over any Versioner database: Kestrel on the loopback interface only, every page
/// for callers on this machine, read-only unless asked to write.
/// </summary>
internal static class StandaloneStudio
{
    private const string Policy = "versioner-studio-this-machine";

    /// <summary>
    /// Checks the database opens (and, with --write, installs its guards once), then builds the app; the caller starts it.
    /// </summary>
    /// <exception cref="VersionerException">The database cannot be opened as a Versioner database (the message says why).</exception>
    public static async Task<WebApplication> CreateAsync(StandaloneDatabase database, int port, CancellationToken cancellationToken = default)
    {
        await using (var connection = database.NewConnection())
        {
            var first = database.Options;
            first.InstallDatabaseGuards = database.Write;
            await using var repository = await Repository.OpenAsync(connection, first, cancellationToken).ConfigureAwait(false);
            await repository.LogAsync(repository.Options.DefaultBranch, new LogOptions { Take = 1 }, cancellationToken).ConfigureAwait(false);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A start that fails (a port in use) is reported by the caller in one line; the host's own log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddSingleton(database);
        builder.Services.AddScoped<StudioSource, ModelFreeSource>();
        builder.Services.AddOptions<StudioOptions>().Configure(o => o.ReadOnly = !database.Write);
        Microsoft.Extensions.DependencyInjection.VersionerStudioServiceCollectionExtensions.AddCommon(builder.Services);
        builder.Services.AddAuthorization(o => o.AddPolicy(Policy, p => p.RequireAssertion(c =>
            c.Resource is HttpContext http && http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip))));
        var app = builder.Build();
        app.MapVersionerStudio("/", Policy);
        return app;
    }
}
