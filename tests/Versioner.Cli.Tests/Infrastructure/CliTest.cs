using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Versioner.Cli.Tests.Model;

namespace Versioner.Cli.Tests.Infrastructure;

/// <summary>
/// Base of the tool's tests: a fresh database on <typeparamref name="TDatabase"/>'s engine, written through Graph's
/// typed API with the test model (so the database records its schema, as an application's would), and a way to run
/// the tool on it. The same test bodies run on each engine through one sealed subclass per engine.
/// </summary>
public abstract class CliTest<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly List<TestDatabase> _databases = [];
    private readonly List<DbContext> _contexts = [];

    protected FakeTimeProvider Clock { get; } = TestClock.Create();

    protected TDatabase Database { get; } = new();

    protected ShelfContext Db { get; private set; } = null!;

    protected Repository Repo { get; private set; } = null!;

    public async Task InitializeAsync() => (Db, Repo) = await CreateAsync(Database);

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        await Database.DisposeAsync();
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>Another database on the same engine with the same model, for compare, push and pull.</summary>
    protected async Task<(TDatabase Database, Repository Repo)> OtherDatabaseAsync()
    {
        var database = new TDatabase();
        _databases.Add(database);
        var (_, repo) = await CreateAsync(database);
        return (database, repo);
    }

    /// <summary>
    /// Another database on the same engine with nothing in it, not even Versioner's tables: a SQLite path no file is at
    /// yet, or an empty PostgreSQL database. Removed with the test.
    /// </summary>
    protected async Task<TDatabase> EmptyDatabaseAsync()
    {
        var database = new TDatabase();
        _databases.Add(database);
        await database.CreateAsync();
        return database;
    }

    /// <summary>Runs the tool on this test's database (<c>--db</c> appended).</summary>
    protected Task<CliResult> RunAsync(params string[] arguments) => CliProcess.RunAsync([.. arguments, "--db", Database.DbArgument]);

    /// <summary>Commits <paramref name="entities"/> on <paramref name="branch"/> as one commit a minute after the last.</summary>
    protected async Task<Commit> CommitAsync(string message, params Versioned[] entities) => await CommitOnAsync("main", message, entities);

    protected Task<Commit> CommitOnAsync(string branch, string message, params Versioned[] entities) => CommitAsAsync("ada", branch, message, entities);

    protected async Task<Commit> CommitAsAsync(string author, string branch, string message, params Versioned[] entities)
    {
        var ws = await Repo.CheckoutAsync(branch);
        foreach (var entity in entities)
        {
            _ = entity switch
            {
                Book b => await ws.SaveAsync(b) as Versioned,
                Author a => await ws.SaveAsync(a),
                Shelf s => await ws.SaveAsync(s),
                _ => throw new ArgumentException(entity.GetType().Name),
            };
        }

        Clock.Advance(TimeSpan.FromMinutes(1));
        return await ws.FinalizeAsync(author, message);
    }

    /// <summary>
    /// A small history with a merge: main gets Dune (c1), its new price (c2); topic, forked there, gets Emma by bob
    /// (c3); main retitles Dune (c4) and merges topic (c5, parents c4 and c3).
    /// </summary>
    protected async Task<SampleHistory> SampleHistoryAsync()
    {
        var scifi = new Shelf { Label = "SciFi" };
        var frank = new Author { Name = "Frank Herbert" };
        var dune = new Book { Title = "Dune", Price = 9.99m };
        var ws = await Repo.CheckoutAsync("main");
        await ws.SaveAsync(scifi);
        await ws.SaveAsync(frank);
        dune.AuthorId = frank.EternalId;
        dune.Shelves = EternalIdSet.Of(scifi.EternalId);
        await ws.SaveAsync(dune);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var added = await ws.FinalizeAsync("ada", "Add Dune");

        dune.Price = 12.50m;
        var repriced = await CommitAsync("Reprice Dune", dune);
        await Repo.CreateBranchAsync("topic", "main");
        var austen = new Author { Name = "Jane Austen" };
        var emma = new Book { Title = "Emma", Price = 7m };
        var topicWs = await Repo.CheckoutAsync("topic");
        await topicWs.SaveAsync(austen);
        emma.AuthorId = austen.EternalId;
        await topicWs.SaveAsync(emma);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var emmaCommit = await topicWs.FinalizeAsync("bob", "Add Emma");

        dune.Title = "Dune (40th anniversary)";
        var retitled = await CommitAsync("Retitle Dune", dune);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var merge = await (await Repo.CheckoutAsync("main")).MergeAsync("topic", new MergeOptions { FastForward = FastForwardMode.Never, Author = "ada", Message = "Merge topic" });
        return new SampleHistory(dune, emma, frank, scifi, added, repriced, emmaCommit, retitled, merge.Commit!);
    }

    private async Task<(ShelfContext, Repository)> CreateAsync(TestDatabase database)
    {
        var context = new ShelfContext(await database.CreateAsync());
        _contexts.Add(context);
        await context.Database.EnsureCreatedAsync();
        return (context, await Repository.OpenAsync(context, new RepositoryOptions { TimeProvider = Clock }));
    }
}
