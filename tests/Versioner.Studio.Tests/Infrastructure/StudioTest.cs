using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Versioner.Studio.Tests.Infrastructure;

/// <summary>
/// Base of the Studio's browser tests: a fresh database on <typeparamref name="TDatabase"/>, the Studio embedded in an
/// app over it, and a chromium page. The same bodies run on each engine through one sealed subclass per engine.
/// </summary>
public abstract class StudioTest<TDatabase>(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
    where TDatabase : StudioDatabase, new()
{
    private readonly TDatabase _database = new();
    private IBrowserContext? _context;
    private StudioServer? _server;
    private Action<DbContextOptionsBuilder>? _options;
    private Microsoft.AspNetCore.Builder.WebApplication? _standalone;

    /// <summary>This test's database (its connection string: <see cref="StudioDatabase.DbArgument"/>).</summary>
    protected TDatabase Database => _database;

    protected StudioServer Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    protected IPage Page { get; private set; } = null!;

    /// <summary>Options of the Studio for this class's tests (read-only, say); default: writable.</summary>
    protected virtual void Configure(StudioOptions options)
    {
    }

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null || _database.SkipReason is not null)
        {
            return; // the test is skipped
        }

        _options = await _database.CreateAsync();
        _server = await StudioServer.StartAsync(_options, Configure);
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        if (_standalone is not null)
        {
            await _standalone.StopAsync();
            await _standalone.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    /// <summary>
    /// Starts the standalone Studio (<c>--db</c>, <c>--write</c>) over this test's database, on 127.0.0.1 with a port of
    /// its choosing, without the app's classes; returns its address.
    /// </summary>
    protected async Task<string> StartStandaloneAsync(bool write)
    {
        var app = await Standalone.StandaloneStudio.CreateAsync(Standalone.StandaloneDatabase.Parse(_database.DbArgument, write), port: 0);
        _standalone = app;
        await app.StartAsync();
        return app.Urls.Single().TrimEnd('/') + "/";
    }

    /// <summary>Opens a Studio page like a user typing its address, and expects it to load.</summary>
    protected async Task<IResponse> GoAsync(string path = "")
    {
        var response = await Page.GotoAsync(Server.Root + path);
        return response ?? throw new InvalidOperationException($"No response for {path}.");
    }
}
