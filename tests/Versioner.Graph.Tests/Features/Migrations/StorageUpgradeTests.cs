using System.Data.Common;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// A database in storage format 1, written by the previous Versioner (fixtures in <c>Fixtures/</c>: a SQLite file and a
/// PostgreSQL dump of the same history, made by commit 8df52f8; see <c>Fixtures/README.md</c>), is refused with
/// directions until <see cref="Repository.UpgradeStorageAsync(Microsoft.EntityFrameworkCore.DbContext, System.Threading.CancellationToken)"/> upgrades it; the upgrade keeps every commit checksum,
/// Verify finds nothing, every commit's state reads as the format-1 rows record it, and writing goes on.
/// </summary>
public abstract class StorageUpgradeTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    /// <summary>A new database holding the format-1 fixture, and options for a library context on it.</summary>
    protected abstract Task<DbContextOptions<LibraryContext>> Format1DatabaseAsync();

    protected static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [GraphFact]
    public async Task A_format_1_database_is_refused_with_directions_then_upgraded_keeping_every_checksum_and_every_state()
    {
        var options = await Format1DatabaseAsync();
        await using var db = new LibraryContext(options);
        var checksums = await CommitChecksumsAsync(db);
        var states = await StatesByFirstParentWalkAsync(db);
        checksums.Should().HaveCountGreaterThan(10, "the fixture holds a history with branches and merges");

        var refused = (await FluentActions.Awaiting(() => Repository.OpenAsync(db)).Should().ThrowAsync<StorageUpgradeRequiredException>()).Which;
        refused.Format.Should().Be(1);
        refused.Message.Should().Contain("Repository.UpgradeStorageAsync").And.Contain("format 1");
        await FluentActions.Awaiting(() => Repository.OpenAsync(db, new RepositoryOptions { ReadOnly = true })).Should().ThrowAsync<StorageUpgradeRequiredException>();

        var result = await Repository.UpgradeStorageAsync(db);

        result.Should().Match<StorageUpgradeResult>(r => r.FromFormat == 1 && r.ToFormat == 2 && r.Upgraded && r.ChangeRowsIndexed > 0);
        (await Repository.UpgradeStorageAsync(db)).Should().Be(new StorageUpgradeResult(2, 2, 0), "a second upgrade has nothing to do");
        (await CommitChecksumsAsync(db)).Should().Equal(checksums);
        var repo = await OpenRepositoryAsync(db);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
        foreach (var (commit, expected) in states)
        {
            var snapshot = await repo.SnapshotAsync(new CommitId(commit));
            var books = await snapshot.Query<Book>().Select(b => new { b.EternalId, b.VersionId }).ToListAsync();
            var authors = await snapshot.Query<Author>().Select(a => new { a.EternalId, a.VersionId }).ToListAsync();
            books.Select(b => (b.EternalId.Value, b.VersionId.Value)).Concat(authors.Select(a => (a.EternalId.Value, a.VersionId.Value)))
                .Should().BeEquivalentTo(expected.Where(e => e.Value.Type is "Book" or "Author").Select(e => (e.Key, e.Value.Version)), $"commit {commit} reads as its format-1 rows record");
        }

        // Writing goes on after the upgrade, and the new rows are indexed as finalize indexes them.
        var ws = await repo.CheckoutAsync("main");
        var book = (await (await repo.SnapshotAsync("main")).Query<Book>().OrderBy(b => b.Title).FirstAsync());
        book.Price += 1;
        await ws.SaveAsync(book);
        await ws.FinalizeAsync("tester", "after the upgrade");
        (await (await repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId))!.Price.Should().Be(book.Price);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    private static async Task<List<(Guid Id, string Checksum)>> CommitChecksumsAsync(LibraryContext db) =>
        await Rows(db, "SELECT id, checksum FROM versioner_commits WHERE state = 1 ORDER BY seq", r => (r.GetGuid(0), Convert.ToHexString((byte[])r.GetValue(1))));

    /// <summary>
    /// The oracle: each finalized commit's state, by walking its first-parent chain in memory over the raw rows (newest
    /// change per entity wins), with no segment, depth or interval involved.
    /// </summary>
    private static async Task<Dictionary<Guid, Dictionary<Guid, (string Type, Guid Version)>>> StatesByFirstParentWalkAsync(LibraryContext db)
    {
        var commits = await Rows(db, "SELECT id FROM versioner_commits WHERE state = 1", r => r.GetGuid(0));
        var firstParent = (await Rows(db, "SELECT commit_id, parent_id FROM versioner_commit_parents WHERE ordinal = 0", r => (r.GetGuid(0), r.GetGuid(1)))).ToDictionary(p => p.Item1, p => p.Item2);
        var changes = (await Rows(db, "SELECT commit_id, eternal_id, entity_type, version_id FROM versioner_changes", r => (Commit: r.GetGuid(0), Entity: r.GetGuid(1), Type: r.GetString(2), Version: r.IsDBNull(3) ? (Guid?)null : r.GetGuid(3))))
            .ToLookup(c => c.Commit);
        var states = new Dictionary<Guid, Dictionary<Guid, (string Type, Guid Version)>>();
        foreach (var commit in commits)
        {
            var seen = new HashSet<Guid>();
            var state = new Dictionary<Guid, (string Type, Guid Version)>();
            for (Guid? at = commit; at is { } c; at = firstParent.TryGetValue(c, out var p) ? p : null)
            {
                foreach (var change in changes[c].Where(change => seen.Add(change.Entity)))
                {
                    if (change.Version is { } version)
                    {
                        state[change.Entity] = (change.Type, version);
                    }
                }
            }

            states[commit] = state;
        }

        return states;
    }

    private static async Task<List<T>> Rows<T>(LibraryContext db, string sql, Func<DbDataReader, T> read)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}

public sealed class SqliteStorageUpgradeTests : StorageUpgradeTests<SqliteProvider>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"versioner-format1-{Guid.NewGuid():N}.db");

    protected override Task<DbContextOptions<LibraryContext>> Format1DatabaseAsync()
    {
        File.Copy(Fixture("format1.sqlite.db"), _path);
        return Task.FromResult(new DbContextOptionsBuilder<LibraryContext>().UseSqlite($"Data Source={_path}").UseVersioning().Options);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

public sealed class PostgresStorageUpgradeTests : StorageUpgradeTests<PostgresProvider>
{
    private PostgresTestDatabase? _database;

    protected override async Task<DbContextOptions<LibraryContext>> Format1DatabaseAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var restore = new NpgsqlCommand(await File.ReadAllTextAsync(Fixture("format1.postgres.sql")), connection);
            await restore.ExecuteNonQueryAsync();
        }

        return new DbContextOptionsBuilder<LibraryContext>().UseNpgsql(_database.ConnectionString).UseVersioning().Options;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
