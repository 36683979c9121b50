// A consumer of the packed Versioner libraries: save, finalize, branch, merge, verify, push and compare on SQLite,
// and (when a PostgreSQL server is given) on PostgreSQL and across the two; a follower (Versioner.Follower) serves the
// merged branch from memory on each. Any failure exits non-zero.
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner;

var postgres = args.Length > 0 ? args[0] : null;
var passed = 0;
var failed = 0;
var created = new List<(string? File, string? Database)>(); // what the run made, removed at its end

await RunAsync("sqlite", async () =>
{
    var (db, repo, open) = await OpenSqliteAsync();
    await FollowAsync(open, await WriteHistoryAsync(repo));
    var (_, copy, _) = await OpenSqliteAsync();
    await PushAndCompareAsync(repo, copy);
    await db.DisposeAsync();
});

if (postgres is null)
{
    Console.WriteLine("consumer: postgresql skipped (give a server's connection string as the first argument)");
}
else
{
    await RunAsync("postgresql", async () =>
    {
        var (_, repo, open) = await OpenPostgresAsync(postgres);
        await FollowAsync(open, await WriteHistoryAsync(repo));
        var (_, sqlite, _) = await OpenSqliteAsync();
        await PushAndCompareAsync(repo, sqlite);
        var (_, back, _) = await OpenPostgresAsync(postgres);
        await PushAndCompareAsync(sqlite, back);
    });
}

await CleanUpAsync();
Console.WriteLine($"consumer: {passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;

// Removes the SQLite files and PostgreSQL databases the run made, so repeated runs leave nothing behind.
async Task CleanUpAsync()
{
    SqliteConnection.ClearAllPools();
    NpgsqlConnection.ClearAllPools();
    foreach (var (file, database) in created)
    {
        try
        {
            if (file is not null)
            {
                File.Delete(file);
            }
            else if (database is not null && postgres is not null)
            {
                await using var connection = new NpgsqlConnection(postgres);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NpgsqlException)
        {
            Console.WriteLine($"consumer: could not remove {file ?? database}: {ex.Message}");
        }
    }
}

async Task RunAsync(string name, Func<Task> scenario)
{
    try
    {
        await scenario();
        passed++;
        Console.WriteLine($"consumer: {name} ok");
    }
    catch (Exception ex)
    {
        failed++;
        Console.WriteLine($"consumer: {name} FAILED: {ex}");
    }
}

static async Task<EternalId> WriteHistoryAsync(Repository repo)
{
    var ws = await repo.CheckoutAsync("main");
    var frank = await ws.SaveAsync(new Author { Name = "Frank Herbert" });
    var dune = await ws.SaveAsync(new Book { Title = "Dune", AuthorId = frank.EternalId, Published = new DateTime(1965, 8, 1, 0, 0, 0, DateTimeKind.Utc) });
    await ws.FinalizeAsync("ada", "Add Dune");

    await repo.CreateBranchAsync("topic", "main");
    var topic = await repo.CheckoutAsync("topic");
    var book = (await (await repo.SnapshotAsync("topic")).FindAsync<Book>(dune.EternalId))!;
    book.Title = "Dune (1965)";
    await topic.SaveAsync(book);
    await topic.FinalizeAsync("bob", "Retitle on topic");

    await ws.SaveAsync(new Author { Name = "Ursula K. Le Guin" });
    await ws.FinalizeAsync("ada", "Add an author on main");

    var merge = await ws.MergeAsync("topic");
    Require(merge.Status == MergeStatus.Merged, $"merge status {merge.Status}"); // a clean merge finalizes itself

    var head = await repo.SnapshotAsync("main");
    var title = (await head.FindAsync<Book>(dune.EternalId))!.Title;
    Require(title == "Dune (1965)", $"merged title {title}");
    var verify = await repo.VerifyAsync();
    Require(verify.Issues.Count == 0, $"verify found {verify.Issues.Count} issues");
    return dune.EternalId;
}

// The follower loads main into memory, checking the new commits' checksums, and serves the merged title without the database.
static async Task FollowAsync(Func<DbContext> open, EternalId dune)
{
    await using var follower = new Follower(open, new FollowerOptions { Revision = "main" }.Include<Book>().Include<Author>());
    var state = await follower.RefreshAsync();
    Require(state.Status == FollowerStatus.Fresh, $"follower state {state}");
    var title = follower.Current.Find<Book>(dune)?.Title;
    Require(title == "Dune (1965)", $"followed title {title}");
}

static async Task PushAndCompareAsync(Repository source, Repository target)
{
    await source.PushAsync(target, "main");
    await source.PushAsync(target, "topic");
    Require((await source.CompareAsync(target)).IsIdentical, "compare after push: not identical");
    var verify = await target.VerifyAsync();
    Require(verify.Issues.Count == 0, $"verify of the push target found {verify.Issues.Count} issues");
}

async Task<(ShopContext, Repository, Func<DbContext>)> OpenSqliteAsync()
{
    var file = Path.Combine(Path.GetTempPath(), $"versioner-consumer-{Guid.NewGuid():N}.db");
    created.Add((file, null));
    var options = new DbContextOptionsBuilder<ShopContext>().UseSqlite($"Data Source={file}").UseVersioning().Options;
    var db = new ShopContext(options);
    await db.Database.EnsureCreatedAsync();
    return (db, await Repository.OpenAsync(db), () => new ShopContext(options));
}

async Task<(ShopContext, Repository, Func<DbContext>)> OpenPostgresAsync(string server)
{
    var name = $"versioner_consumer_{Guid.NewGuid():N}";
    created.Add((null, name));
    await using (var connection = new NpgsqlConnection(server))
    {
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    var options = new DbContextOptionsBuilder<ShopContext>().UseNpgsql(connectionString).UseVersioning().Options;
    var db = new ShopContext(options);
    await db.Database.EnsureCreatedAsync();
    return (db, await Repository.OpenAsync(db), () => new ShopContext(options));
}

static void Require(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException(what);
    }
}

public sealed class Author : Versioned
{
    public string Name { get; set; } = "";
}

public sealed class Book : Versioned
{
    public string Title { get; set; } = "";
    public EternalId AuthorId { get; set; }
    public DateTime Published { get; set; }
}

public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Book> Books => Set<Book>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Book>().Reference(b => b.AuthorId).To<Author>();
        modelBuilder.UseVersioning();
    }
}
