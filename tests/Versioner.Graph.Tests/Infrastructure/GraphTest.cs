using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Versioner.Tests.Model;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// Base of every Graph test: a fresh database on <typeparamref name="TProvider"/>, a library context and an open
/// repository. The same test bodies run on each provider through one sealed subclass per engine. When a test ends, the
/// place invariant (<see cref="PlaceInvariant"/>) is checked on every database it made, and the test fails naming each
/// version row that breaks it, unless the test tampers with stored rows on purpose (<see cref="SkipPlaceInvariant"/>).
/// </summary>
public abstract class GraphTest<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly List<DbContext> _contexts = [];
    private readonly List<TestProvider> _others = [];
    private readonly List<PlaceDatabase> _clones = [];
    private DbContextOptions<LibraryContext>? _options;
    private string? _placeInvariantSkipped;

    /// <summary>The clock of commit timestamps, moved by hand so timestamps (and checksums) are reproducible.</summary>
    protected FakeTimeProvider Clock { get; } = TestClock.Create();

    protected LibraryContext Db { get; private set; } = null!;

    /// <summary>The engine of this test's database (to configure an app's <c>AddDbContext</c> on it, say).</summary>
    protected TProvider Provider => _provider;

    protected Repository Repo { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        PlaceInvariant.ObserveContexts();
        _options = await _provider.CreateAsync<LibraryContext>();
        Db = NewContext();
        await Db.Database.EnsureCreatedAsync();
        Repo = await Repository.OpenAsync(Db, new RepositoryOptions { TimeProvider = Clock });
    }

    public virtual async Task DisposeAsync()
    {
        try
        {
            if (_placeInvariantSkipped is null && await PlaceInvariantViolationsAsync() is { Count: > 0 } violations)
            {
                throw new Xunit.Sdk.XunitException(
                    "The place invariant does not hold: a version row is its version's only record (no own change row but a pruned version's), every row of a "
                    + "finalized commit is at its commit's place and valid until the next change of its entity on its segment, and each manifest lists its commit's changes.\n"
                    + string.Join("\n", violations));
            }
        }
        finally
        {
            foreach (var database in Databases())
            {
                PlaceInvariant.Forget(database);
            }

            foreach (var context in _contexts)
            {
                await context.DisposeAsync();
            }

            await _provider.DisposeAsync();
            foreach (var other in _others)
            {
                await other.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Leaves this test's databases out of the place-invariant check at its end, saying why: only for a test that
    /// changes stored rows behind Versioner's back on purpose (a deleted change row, a changed depth or checksum).
    /// </summary>
    protected void SkipPlaceInvariant(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _placeInvariantSkipped = reason;
    }

    /// <summary>Every version row breaking the place invariant (<see cref="PlaceInvariant"/>) on the databases this test made so far, one line per broken rule.</summary>
    protected async Task<IReadOnlyList<string>> PlaceInvariantViolationsAsync()
    {
        var violations = new List<string>();
        foreach (var database in Databases())
        {
            violations.AddRange(await PlaceInvariant.ViolationsAsync(database));
        }

        return violations;
    }

    /// <summary>The databases this test made: its own, the others it asked for, and the copies of its own.</summary>
    private IEnumerable<PlaceDatabase> Databases() =>
        _others.Prepend<TestProvider>(_provider).Select(PlaceDatabase.Of).OfType<PlaceDatabase>().Concat(_clones).DistinctBy(d => d.Key);

    /// <summary>Another context on the same database (another connection, as another process would have).</summary>
    protected LibraryContext NewContext(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var options = interceptors.Length == 0 ? _options! : new DbContextOptionsBuilder<LibraryContext>(_options!).AddInterceptors(interceptors).Options;
        var context = new LibraryContext(options);
        _contexts.Add(context);
        return context;
    }

    /// <summary>Another, empty database on <typeparamref name="TOther"/>'s engine, with the same model, opened as a repository.</summary>
    protected async Task<(LibraryContext Db, Repository Repo)> OpenOtherDatabaseAsync<TOther>()
        where TOther : TestProvider, new()
    {
        var provider = new TOther();
        _others.Add(provider);
        var context = new LibraryContext(await provider.CreateAsync<LibraryContext>());
        _contexts.Add(context);
        await context.Database.EnsureCreatedAsync();
        return (context, await OpenRepositoryAsync(context));
    }

    /// <summary>Another, empty database on <typeparamref name="TOther"/>'s engine, for a model of the test's own; disposed with the test.</summary>
    protected TOther NewDatabase<TOther>()
        where TOther : TestProvider, new()
    {
        var provider = new TOther();
        _others.Add(provider);
        return provider;
    }

    /// <summary>Another, empty database on this test's engine for a model of the test's own, created and opened as a repository; disposed with the test.</summary>
    protected async Task<(TContext Db, Repository Repo)> OpenModelAsync<TContext>(Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        var context = create(await NewDatabase<TProvider>().CreateAsync<TContext>());
        _contexts.Add(context);
        await context.Database.EnsureCreatedAsync();
        return (context, await OpenRepositoryAsync(context));
    }

    /// <summary>An exact copy of the database so far, opened as another repository (a replica, a backup).</summary>
    protected async Task<(LibraryContext Db, Repository Repo)> CloneAsync()
    {
        var context = new LibraryContext(await _provider.CloneAsync<LibraryContext>());
        _contexts.Add(context);
        if (PlaceDatabase.Of(context) is { } clone)
        {
            _clones.Add(clone);
        }

        return (context, await OpenRepositoryAsync(context));
    }

    protected Task<Repository> OpenRepositoryAsync(DbContext context) =>
        Repository.OpenAsync(context, new RepositoryOptions { TimeProvider = Clock });

    /// <summary>Commits <paramref name="entities"/> on main as one commit and returns it.</summary>
    protected Task<Commit> CommitAsync(string message, params Versioned[] entities) => CommitOnAsync("main", message, entities);

    /// <summary>Commits <paramref name="entities"/> on <paramref name="branch"/> as one commit and returns it.</summary>
    protected async Task<Commit> CommitOnAsync(string branch, string message, params Versioned[] entities)
    {
        var ws = await Repo.CheckoutAsync(branch);
        foreach (var entity in entities)
        {
            await SaveAnyAsync(ws, entity);
        }

        Clock.Advance(TimeSpan.FromMinutes(1));
        return await ws.FinalizeAsync("tester", message);
    }

    protected static Task SaveAnyAsync(Workspace ws, Versioned entity) => entity switch
    {
        Book b => ws.SaveAsync(b),
        Author a => ws.SaveAsync(a),
        Tag t => ws.SaveAsync(t),
        Rate r => ws.SaveAsync(r),
        Appointment ap => ws.SaveAsync(ap),
        Revenue rv => ws.SaveAsync(rv),
        _ => throw new ArgumentException(entity.GetType().Name),
    };
}
