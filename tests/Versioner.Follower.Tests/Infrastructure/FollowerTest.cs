using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Versioner.Tests.Following.Infrastructure;

/// <summary>
/// Base of every follower test: a fresh database on <typeparamref name="TProvider"/> with the catalog model, an open
/// repository to write with, and helpers to make followers over it. One sealed subclass per engine runs the bodies.
/// </summary>
public abstract class FollowerTest<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private readonly List<DbContext> _contexts = [];

    /// <summary>Contexts disposed with the test.</summary>
    protected List<DbContext> Owned => _contexts;
    private readonly List<Follower> _followers = [];
    private readonly List<TestProvider> _others = [];
    private DbContextOptions<CatalogContext>? _options;

    /// <summary>The clock of commit timestamps and of the followers' waits, moved by hand.</summary>
    protected FakeTimeProvider Clock { get; } = TestClock.Create();

    protected TProvider Provider { get; } = new();

    protected CatalogContext Db { get; private set; } = null!;

    protected Repository Repo { get; private set; } = null!;

    protected DbContextOptions<CatalogContext> Options => _options!;

    /// <summary>What the followers logged, with event ids.</summary>
    protected RecordingLogger Log { get; } = new();

    public async Task InitializeAsync()
    {
        _options = await Provider.CreateAsync<CatalogContext>();
        Db = NewContext();
        await Db.Database.EnsureCreatedAsync();
        Repo = await Repository.OpenAsync(Db, new RepositoryOptions { TimeProvider = Clock });
    }

    public async Task DisposeAsync()
    {
        foreach (var follower in _followers)
        {
            await follower.DisposeAsync();
        }

        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        await Provider.DisposeAsync();
        foreach (var other in _others)
        {
            await other.DisposeAsync();
        }
    }

    protected CatalogContext NewContext()
    {
        var context = new CatalogContext(_options!);
        _contexts.Add(context);
        return context;
    }

    /// <summary>Another, empty database on this engine with the catalog model, opened as a repository.</summary>
    protected async Task<Repository> OpenOtherDatabaseAsync()
    {
        var provider = new TProvider();
        _others.Add(provider);
        var context = new CatalogContext(await provider.CreateAsync<CatalogContext>());
        _contexts.Add(context);
        await context.Database.EnsureCreatedAsync();
        return await Repository.OpenAsync(context, new RepositoryOptions { TimeProvider = Clock });
    }

    /// <summary>Follower options on the test clock that follow books, rates and accounts; <paramref name="configure"/> adds the rest.</summary>
    protected FollowerOptions FollowerOptions(Action<FollowerOptions>? configure = null)
    {
        var options = new FollowerOptions { TimeProvider = Clock, Jitter = 0, PollInterval = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(8) }
            .Include<Book>().Include<Rate>().Include<Account>();
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A follower reading this test's database through <paramref name="options"/> (default: the test's own).</summary>
    protected Follower NewFollower(FollowerOptions options, DbContextOptions<CatalogContext>? through = null)
    {
        var follower = new Follower(() => new CatalogContext(through ?? _options!), options, Log);
        _followers.Add(follower);
        return follower;
    }

    /// <summary>Commits <paramref name="entities"/> on <paramref name="branch"/> (saved in order) as one commit.</summary>
    protected async Task<Commit> CommitAsync(string message, params Versioned[] entities) => await CommitOnAsync(Repo, "main", message, entities);

    protected async Task<Commit> CommitOnAsync(Repository repo, string branch, string message, params Versioned[] entities)
    {
        var ws = await repo.CheckoutAsync(branch);
        foreach (var entity in entities)
        {
            await (entity switch
            {
                Book b => (Task)ws.SaveAsync(b),
                Rate r => ws.SaveAsync(r),
                Account a => ws.SaveAsync(a),
                _ => throw new ArgumentException(entity.GetType().Name),
            });
        }

        Clock.Advance(TimeSpan.FromMilliseconds(10));
        return await ws.FinalizeAsync("tester", message);
    }

    /// <summary>Waits (real time, at most <paramref name="seconds"/>) until <paramref name="condition"/> holds, running <paramref name="between"/> between looks.</summary>
    protected static async Task EventuallyAsync(Func<bool> condition, string what, Action? between = null, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {seconds} s waiting until {what}.");
            }

            between?.Invoke();
            await Task.Delay(25);
        }
    }

    /// <summary>Every entity of the follower's snapshot by eternal id, with its version, for comparing two snapshots.</summary>
    protected static Dictionary<EternalId, string> Contents(InMemorySnapshot snapshot) =>
        snapshot.All<Book>().Select(b => (b.EternalId, $"{b.VersionId} {b.Title} {b.Price} [{string.Join(",", b.Tags)}] {b.Blurb?.Value}"))
            .Concat(snapshot.All<Rate>().Select(r => (r.EternalId, $"{r.VersionId} {r.Code} {r.PerDay}")))
            .Concat(snapshot.All<Account>().Select(a => (a.EternalId, $"{a.VersionId} {a.Name} {a.Balance}")))
            .ToDictionary(x => x.EternalId, x => x.Item2);
}

/// <summary>An <see cref="ILogger{T}"/> that keeps what was logged, so tests can check event ids and messages.</summary>
public sealed class RecordingLogger : ILogger<Follower>
{
    private readonly List<(EventId Id, LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(EventId Id, LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            _entries.Add((eventId, logLevel, formatter(state, exception)));
        }
    }
}
