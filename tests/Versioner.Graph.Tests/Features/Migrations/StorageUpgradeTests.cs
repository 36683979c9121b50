using System.Data.Common;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;
using static Versioner.Tests.Features.UpgradeOracle;
using static Versioner.Tests.Infrastructure.RawRows;

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

        result.Should().Match<StorageUpgradeResult>(r => r.FromFormat == 1 && r.ToFormat == 7 && r.Upgraded && r.ChangeRowsIndexed > 0);
        (await Repository.UpgradeStorageAsync(db)).Should().Be(new StorageUpgradeResult(7, 7, 0), "a second upgrade has nothing to do");
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

/// <summary>
/// A SQLite database in storage format 2 (ids as 36-character text), written by the format-2 code (commit 2196b99,
/// <c>Fixtures/format2.sqlite.db</c>), is refused until the upgrade, which turns every id column of Versioner's tables
/// and of the versioned types' tables into 16-byte blobs in RFC 9562 order, with the schema a new database has.
/// </summary>
public sealed class SqliteFormat2UpgradeTests : GraphTest<SqliteProvider>
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"versioner-format2-{Guid.NewGuid():N}.db");

    [GraphFact]
    public async Task A_format_2_database_is_refused_then_upgraded_to_16_byte_ids_keeping_every_checksum_id_and_state()
    {
        File.Copy(Fixture("format2.sqlite.db"), _path, overwrite: true);
        var options = new DbContextOptionsBuilder<LibraryContext>().UseSqlite($"Data Source={_path}").UseVersioning().Options;
        await using var db = new LibraryContext(options);
        var checksums = await CommitChecksumsAsync(db);
        var states = await StatesByFirstParentWalkAsync(db);
        var bookIds = await Rows(db, "SELECT \"VersionId\", \"EternalId\", \"CommitId\", \"AuthorId\" FROM \"Books\" ORDER BY \"VersionId\"", r => (Id(r, 0), Id(r, 1), Id(r, 2), Id(r, 3)));
        (await Rows(db, "SELECT typeof(id) FROM versioner_commits LIMIT 1", r => r.GetString(0))).Should().Equal(["text"], "the fixture is format 2");
        checksums.Should().HaveCountGreaterThan(10);

        var refused = (await FluentActions.Awaiting(() => Repository.OpenAsync(db)).Should().ThrowAsync<StorageUpgradeRequiredException>()).Which;
        refused.Format.Should().Be(2);

        var result = await Repository.UpgradeStorageAsync(db);

        result.Should().Be(new StorageUpgradeResult(2, 7, 0));
        (await Repository.UpgradeStorageAsync(db)).Should().Be(new StorageUpgradeResult(7, 7, 0));
        (await CommitChecksumsAsync(db)).Should().Equal(checksums, "ids read back equal and no checksum changed");
        (await Rows(db, "SELECT \"VersionId\", \"EternalId\", \"CommitId\", \"AuthorId\" FROM \"Books\" ORDER BY \"VersionId\"", r => (Id(r, 0), Id(r, 1), Id(r, 2), Id(r, 3))))
            .Should().Equal(bookIds, "every id reads back equal, and in the same order as its text sorted");
        (await StatesByFirstParentWalkAsync(db)).Should().BeEquivalentTo(states);
        var ordered = await Rows(db, "SELECT id FROM versioner_commits ORDER BY id", r => Id(r, 0));
        ordered.Should().Equal(ordered.OrderBy(id => id.ToString(), StringComparer.Ordinal), "blob ids sort as their text");
        foreach (var (table, column) in new[] { ("Books", "VersionId"), ("Books", "EternalId"), ("Books", "CommitId"), ("Books", "AuthorId"), ("Authors", "VersionId"), ("versioner_changes", "version_id"), ("versioner_commit_parents", "parent_id"), ("versioner_pointer_members", "member") })
        {
            (await Rows(db, $"SELECT DISTINCT typeof(\"{column}\") FROM \"{table}\" WHERE \"{column}\" IS NOT NULL", r => r.GetString(0))).Should().Equal(["blob"], $"{table}.{column} holds blobs");
        }

        // The schema is a new database's: declared types, indexes and the guards' triggers.
        await using var fresh = await NewDatabaseSchemaAsync();
        (await SchemaAsync(db)).Should().Equal(await SchemaAsync(fresh));

        var repo = await OpenRepositoryAsync(db);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
        var ws = await repo.CheckoutAsync("main");
        var book = await (await repo.SnapshotAsync("main")).Query<Book>().OrderBy(b => b.Title).FirstAsync();
        book.Price += 1;
        await ws.SaveAsync(book);
        await ws.FinalizeAsync("tester", "after the upgrade");
        (await (await repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId))!.Price.Should().Be(book.Price);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_table_with_a_column_the_model_does_not_map_is_refused_and_nothing_changes()
    {
        File.Copy(Fixture("format2.sqlite.db"), _path, overwrite: true);
        var options = new DbContextOptionsBuilder<LibraryContext>().UseSqlite($"Data Source={_path}").UseVersioning().Options;
        await using var db = new LibraryContext(options);
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Books\" ADD COLUMN legacy TEXT");

        var refused = await FluentActions.Awaiting(() => Repository.UpgradeStorageAsync(db)).Should().ThrowAsync<VersioningNotConfiguredException>();

        refused.Which.Message.Should().Contain("Books").And.Contain("legacy").And.Contain("Nothing was changed");
        (await Rows(db, "SELECT value FROM versioner_meta WHERE key = 'format'", r => r.GetString(0))).Should().Equal(["2"]);
        (await Rows(db, "SELECT DISTINCT typeof(id) FROM versioner_commits", r => r.GetString(0))).Should().Equal(["text"]);
        (await Rows(db, "SELECT COUNT(*) FROM pragma_table_info('Books') WHERE name = 'legacy'", r => r.GetInt64(0))).Should().Equal([1L]);
    }

    [GraphFact]
    public async Task An_upgrade_inside_an_open_transaction_is_refused_and_nothing_changes()
    {
        File.Copy(Fixture("format2.sqlite.db"), _path, overwrite: true);
        var options = new DbContextOptionsBuilder<LibraryContext>().UseSqlite($"Data Source={_path}").UseVersioning().Options;
        await using var db = new LibraryContext(options);
        var checksums = await CommitChecksumsAsync(db);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var refused = await FluentActions.Awaiting(() => Repository.UpgradeStorageAsync(db)).Should().ThrowAsync<TransactionNotAllowedException>();

            refused.Which.Operation.Should().Be("Repository.UpgradeStorageAsync");
            refused.Which.Message.Should().Contain("foreign keys off").And.Contain("Nothing was changed");
            await transaction.RollbackAsync();
        }

        (await Rows(db, "SELECT value FROM versioner_meta WHERE key = 'format'", r => r.GetString(0))).Should().Equal(["2"]);
        (await Rows(db, "SELECT DISTINCT typeof(id) FROM versioner_commits", r => r.GetString(0))).Should().Equal(["text"]);
        (await Rows(db, "PRAGMA foreign_keys", r => r.GetInt64(0))).Should().Equal([1L], "the connection's setting is restored");
        (await Repository.UpgradeStorageAsync(db)).Should().Be(new StorageUpgradeResult(2, 7, 0), "outside the transaction it runs");
        (await CommitChecksumsAsync(db)).Should().Equal(checksums);
    }

    [GraphFact]
    public async Task A_tool_upgrading_a_database_with_an_undescribed_type_is_refused_and_nothing_changes()
    {
        File.Copy(Fixture("format2.sqlite.db"), _path, overwrite: true);
        await using (var raw = new SqliteConnection($"Data Source={_path}"))
        {
            await raw.OpenAsync();
            await using var forget = raw.CreateCommand();
            forget.CommandText = "DELETE FROM versioner_meta WHERE key = 'schema:Tag'";
            (await forget.ExecuteNonQueryAsync()).Should().Be(1, "the fixture describes Tag");
        }

        await using var connection = new SqliteConnection($"Data Source={_path}");
        var refused = await FluentActions.Awaiting(() => Repository.UpgradeStorageAsync(connection)).Should().ThrowAsync<UndescribedTypeException>();

        refused.Which.EntityType.Should().Be("Tag");
        var options = new DbContextOptionsBuilder<LibraryContext>().UseSqlite($"Data Source={_path}").UseVersioning().Options;
        await using var db = new LibraryContext(options);
        (await Rows(db, "SELECT value FROM versioner_meta WHERE key = 'format'", r => r.GetString(0))).Should().Equal(["2"]);
        (await Rows(db, "SELECT DISTINCT typeof(id) FROM versioner_commits", r => r.GetString(0))).Should().Equal(["text"]);
        (await Repository.UpgradeStorageAsync(db)).Should().Be(new StorageUpgradeResult(2, 7, 0), "the application's context knows Tag");
    }

    [GraphFact]
    public async Task An_open_connection_refused_for_an_undescribed_type_keeps_its_foreign_keys_on()
    {
        // The refusal comes before the SQLite table rebuild is prepared (which turns the connection's foreign keys off
        // for the rebuild and restores them after): a caller's open connection is handed back as it came.
        File.Copy(Fixture("format2.sqlite.db"), _path, overwrite: true);
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "DELETE FROM versioner_meta WHERE key = 'schema:Tag'; PRAGMA foreign_keys = ON;";
            await setup.ExecuteNonQueryAsync();
        }

        var refused = await FluentActions.Awaiting(() => Repository.UpgradeStorageAsync(connection)).Should().ThrowAsync<UndescribedTypeException>();

        refused.Which.EntityType.Should().Be("Tag");
        connection.State.Should().Be(System.Data.ConnectionState.Open, "the caller opened it");
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA foreign_keys";
        (await check.ExecuteScalarAsync()).Should().Be(1L);
        check.CommandText = "SELECT value FROM versioner_meta WHERE key = 'format'";
        (await check.ExecuteScalarAsync()).Should().Be("2", "nothing changed");
    }

    /// <summary>A new database of the same model made by this version (EnsureCreated, then opened: guards installed).</summary>
    private async Task<LibraryContext> NewDatabaseSchemaAsync()
    {
        var path = _path + ".new";
        var fresh = new LibraryContext(new DbContextOptionsBuilder<LibraryContext>().UseSqlite($"Data Source={path}").UseVersioning().Options);
        await fresh.Database.EnsureCreatedAsync();
        await OpenRepositoryAsync(fresh);
        return fresh;
    }

    /// <summary>Every table's, index's and trigger's SQL as SQLite records it (whitespace aside), by name.</summary>
    private static Task<List<string>> SchemaAsync(LibraryContext db) =>
        Rows(db, "SELECT type || ' ' || name || ': ' || replace(replace(sql, char(10), ' '), '  ', ' ') FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name", r => r.GetString(0));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        File.Delete(_path + ".new");
    }
}

public sealed class PostgresStorageUpgradeTests : StorageUpgradeTests<PostgresProvider>
{
    private PostgresTestDatabase? _database;

    protected override async Task<DbContextOptions<LibraryContext>> Format1DatabaseAsync()
    {
        _database = await RestoredPostgresAsync("format1.postgres.sql");

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

/// <summary>What the upgrade tests read beneath Versioner's API: stored ids, commit checksums, and each commit's state by a first-parent walk.</summary>
internal static class UpgradeOracle
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>A new PostgreSQL test database holding the fixture dump <paramref name="dump"/> (pg_dump --inserts, one command).</summary>
    public static async Task<PostgresTestDatabase> RestoredPostgresAsync(string dump)
    {
        var database = await PostgresTestDatabase.CreateAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var restore = new NpgsqlCommand(await File.ReadAllTextAsync(Fixture(dump)), connection);
        await restore.ExecuteNonQueryAsync();
        return database;
    }

    internal static async Task<List<(Guid Id, string Checksum)>> CommitChecksumsAsync(LibraryContext db) =>
        await Rows(db, "SELECT id, checksum FROM versioner_commits WHERE state = 1 ORDER BY seq", r => (Id(r, 0), Convert.ToHexString((byte[])r.GetValue(1))));

    /// <summary>
    /// The oracle: each finalized commit's state, by walking its first-parent chain in memory over the raw rows (newest
    /// change per entity wins), with no segment, depth or interval involved.
    /// </summary>
    internal static async Task<Dictionary<Guid, Dictionary<Guid, (string Type, Guid Version)>>> StatesByFirstParentWalkAsync(LibraryContext db)
    {
        var commits = await Rows(db, "SELECT id FROM versioner_commits WHERE state = 1", r => Id(r, 0));
        var firstParent = (await Rows(db, "SELECT commit_id, parent_id FROM versioner_commit_parents WHERE ordinal = 0", r => (Id(r, 0), Id(r, 1)))).ToDictionary(p => p.Item1, p => p.Item2);
        // The change rows as stored, and each version row its own change row when the change table holds none for it
        // (storage format 7 keeps no own change rows): the same changes before the upgrade and after.
        var versionRows = string.Concat(db.Model.GetEntityTypes()
            .Where(e => e.BaseType is null && typeof(Versioned).IsAssignableFrom(e.ClrType) && e.GetTableName() is not null)
            .Select(e =>
            {
                string Column(string property) => e.FindProperty(property)!.GetColumnName();
                var type = (e.FindAnnotation(Versioner.Model.VersioningAnnotations.EntityTypeName)?.Value as string ?? e.ClrType.Name).Replace("'", "''", StringComparison.Ordinal);
                var (version, commit) = (Column(nameof(Versioned.VersionId)), Column(nameof(Versioned.CommitId)));
                return $" UNION ALL SELECT v.\"{commit}\", v.\"{Column(nameof(Versioned.EternalId))}\", '{type}', v.\"{version}\" FROM \"{e.GetTableName()}\" v "
                    + $"WHERE NOT EXISTS (SELECT 1 FROM versioner_changes o WHERE o.version_id = v.\"{version}\" AND o.commit_id = v.\"{commit}\")";
            }));
        var changes = (await Rows(db, "SELECT commit_id, eternal_id, entity_type, version_id FROM versioner_changes" + versionRows, r => (Commit: Id(r, 0), Entity: Id(r, 1), Type: r.GetString(2), Version: r.IsDBNull(3) ? (Guid?)null : Id(r, 3))))
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
}
