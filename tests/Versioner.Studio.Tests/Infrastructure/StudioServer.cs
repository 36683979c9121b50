using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Versioner.Studio.Tests.Model;

namespace Versioner.Studio.Tests.Infrastructure;

/// <summary>
/// An app that embeds the Studio as a user's would: its own <see cref="ShopContext"/>, Versioner and the Studio in the
/// container, the pages mapped under /versioner behind a policy, Kestrel on 127.0.0.1 with a port of its choosing.
/// </summary>
public sealed class StudioServer : IAsyncDisposable
{
    public const string Policy = "studio-users";
    private readonly WebApplication _app;

    private StudioServer(WebApplication app, string root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The Studio's address, ending in <c>/versioner/</c>.</summary>
    public string Root { get; }

    /// <param name="database">Points the app's context at the test's database.</param>
    /// <param name="configure">The Studio's options.</param>
    /// <param name="logs">Also receives the app's log (warnings and above), as the app's own logging would.</param>
    public static async Task<StudioServer> StartAsync(Action<DbContextOptionsBuilder> database, Action<StudioOptions>? configure = null, ILoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddDbContext<ShopContext>(database);
        builder.Services.AddVersioning<ShopContext>();
        builder.Services.AddVersionerStudio<ShopContext>(configure);
        // The app's own rule for who may use the Studio; these tests let every local caller in, saying so.
        builder.Services.AddAuthorization(o => o.AddPolicy(Policy, p => p.RequireAssertion(_ => true)));
        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ShopContext>().Database.EnsureCreatedAsync();
        }

        app.MapVersionerStudio("/versioner", Policy);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new StudioServer(app, address.TrimEnd('/') + "/versioner/");
    }

    /// <summary>Runs <paramref name="work"/> on a repository of the app's own (what the app's code would do).</summary>
    public async Task<T> WithRepositoryAsync<T>(Func<Repository, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<Repository>());
    }

    public Task WithRepositoryAsync(Func<Repository, Task> work) => WithRepositoryAsync(async r => { await work(r); return true; });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
