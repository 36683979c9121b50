using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Versioner.Tests.Infrastructure;
using V1 = Versioner.Tests.Model.Migrations.V1;
using V2 = Versioner.Tests.Model.Migrations.V2;
using V3 = Versioner.Tests.Model.Migrations.V3;

namespace Versioner.Tests.Features;

/// <summary>
/// Schema migrations (issue 5): a real EF Core migration changes a versioned type's fields; Versioner notices, and
/// <see cref="Repository.MigrateChecksumsAsync"/> recomputes checksums so that verification passes and databases equal
/// before the migration are equal after it.
/// </summary>
public abstract class ChecksumMigrationTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly LogOptions Everything = new() { FirstParentOnly = false, Take = 1000 };

    [GraphFact]
    public async Task Adding_fields_with_an_EF_migration_requires_a_checksum_migration_and_then_verifies()
    {
        var database = await HistoryAsync<TProvider>();
        var before = await ChecksumsAsync(database.OptionsFor<V1.PamphletContext>());
        await using var db = new V2.PamphletContext(database.OptionsFor<V2.PamphletContext>());
        await db.Database.MigrateAsync();

        var open = () => Repository.OpenAsync(db);
        var refused = (await open.Should().ThrowAsync<ChecksumMigrationRequiredException>()).Which;
        refused.Changes.Should().ContainSingle().Which.Added.Should().BeEquivalentTo("Edition: System.Int32", "Isbn: System.String");
        refused.Message.Should().Contain("Pamphlet").And.Contain("MigrateChecksumsAsync");

        var migration = await Repository.MigrateChecksumsAsync(db);

        migration.Types.Should().ContainSingle().Which.EntityType.Should().Be("Pamphlet");
        migration.VersionsRehashed.Should().Be(5);
        migration.CommitsRehashed.Should().Be(before.Count);
        var repo = await Repository.OpenAsync(db, new RepositoryOptions { TimeProvider = Clock });
        (await repo.VerifyAsync()).IsValid.Should().BeTrue();
        var after = await ChecksumsAsync(repo);
        after.Keys.Should().BeEquivalentTo(before.Keys);
        after.Should().AllSatisfy(c => c.Value.Should().NotBe(before[c.Key]));

        // The history goes on under the new fields.
        var ws = await repo.CheckoutAsync();
        var pamphlet = (await (await repo.SnapshotAsync("main")).Query<V2.Pamphlet>().ToListAsync()).First(p => p.Title == "On Liberty");
        pamphlet.Edition.Should().Be(1);
        pamphlet.Isbn = "978-0-14-043207-3";
        await ws.SaveAsync(pamphlet);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await ws.FinalizeAsync("tester", "isbn");
        (await repo.VerifyAsync()).IsValid.Should().BeTrue();
    }

    [GraphFact]
    public async Task Renaming_and_dropping_fields_keeps_a_replica_equal_after_both_migrate()
    {
        var database = await HistoryAsync<TProvider>();
        var replica = await database.CloneAsync<V3.PamphletContext>();
        await using var db = new V3.PamphletContext(database.OptionsFor<V3.PamphletContext>());
        await using var other = new V3.PamphletContext(replica);

        foreach (var context in new DbContext[] { db, other })
        {
            await context.Database.MigrateAsync();
            (await Repository.MigrateChecksumsAsync(context)).Types.Should().ContainSingle()
                .Which.Removed.Should().BeEquivalentTo("Pages: System.Int32", "Title: System.String");
        }

        var here = await Repository.OpenAsync(db);
        var there = await Repository.OpenAsync(other);
        (await here.CompareAsync(there)).IsIdentical.Should().BeTrue();
        (await here.VerifyAsync()).IsValid.Should().BeTrue();
        (await there.VerifyAsync()).IsValid.Should().BeTrue();
        var headings = await (await here.SnapshotAsync("main")).Query<V3.Pamphlet>().Select(p => p.Heading).ToListAsync();
        headings.Should().BeEquivalentTo("On Liberty", "Common Sense");
    }

    [GraphFact]
    public async Task Without_field_changes_the_checksum_migration_changes_nothing()
    {
        var database = await HistoryAsync<TProvider>();
        var before = await ChecksumsAsync(database.OptionsFor<V1.PamphletContext>());
        await using var db = new V1.PamphletContext(database.OptionsFor<V1.PamphletContext>());

        var migration = await Repository.MigrateChecksumsAsync(db);

        migration.IsEmpty.Should().BeTrue();
        (await ChecksumsAsync(await Repository.OpenAsync(db))).Should().BeEquivalentTo(before);
    }

    [GraphFact]
    public async Task A_checksum_migration_that_fails_midway_leaves_the_database_as_it_was()
    {
        var database = await HistoryAsync<TProvider>();
        var before = await ChecksumsAsync(database.OptionsFor<V1.PamphletContext>());
        var versionsBefore = await VersionChecksumsAsync(database);
        await using (var migrate = new V2.PamphletContext(database.OptionsFor<V2.PamphletContext>()))
        {
            await migrate.Database.MigrateAsync();
        }

        // Fails once every version is re-hashed, when the commits' parents are read for re-hashing them.
        var options = new DbContextOptionsBuilder<V2.PamphletContext>(database.OptionsFor<V2.PamphletContext>())
            .AddInterceptors(new FailOn("versioner_commit_parents")).Options;
        await using (var failing = new V2.PamphletContext(options))
        {
            await FluentActions.Awaiting(() => Repository.MigrateChecksumsAsync(failing)).Should().ThrowAsync<InvalidOperationException>().WithMessage("injected*");
        }

        await using var db = new V2.PamphletContext(database.OptionsFor<V2.PamphletContext>());
        await FluentActions.Awaiting(() => Repository.OpenAsync(db)).Should().ThrowAsync<ChecksumMigrationRequiredException>();
        (await VersionChecksumsAsync(database)).Should().BeEquivalentTo(versionsBefore);
        await Repository.MigrateChecksumsAsync(db);
        var repo = await Repository.OpenAsync(db);
        (await repo.VerifyAsync()).IsValid.Should().BeTrue();
        (await ChecksumsAsync(repo)).Keys.Should().BeEquivalentTo(before.Keys);
    }

    [GraphFact]
    public async Task A_database_made_by_an_older_version_gets_the_missing_system_tables()
    {
        await CommitAsync("first", new Versioner.Tests.Model.Author { Name = "Ursula" });
        // What a database created with EnsureCreated before redaction and retention existed looks like.
        foreach (var table in new[] { "versioner_redacted_versions", "versioner_redacted_commits", "versioner_redacted_messages", "versioner_redactions", "versioner_pruned" })
        {
#pragma warning disable EF1002 // constant table names
            await Db.Database.ExecuteSqlRawAsync($"DROP TABLE {table}");
#pragma warning restore EF1002
        }

        await using var db = NewContext();
        var open = () => Repository.OpenAsync(db);
        (await open.Should().ThrowAsync<VersioningNotConfiguredException>()).Which.Message.Should().Contain("CreateMissingTablesAsync");

        var created = await Repository.CreateMissingTablesAsync(db);

        created.Should().BeEquivalentTo("versioner_redacted_versions", "versioner_redacted_commits", "versioner_redacted_messages", "versioner_redactions", "versioner_pruned");
        (await Repository.CreateMissingTablesAsync(db)).Should().BeEmpty();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            (await Repository.CreateMissingTablesAsync(db)).Should().BeEmpty("in the caller's transaction it runs in that one");
            await transaction.CommitAsync();
        }

        var repo = await Repository.OpenAsync(db);
        (await repo.VerifyAsync()).IsValid.Should().BeTrue();
        (await repo.RedactionsAsync()).Should().BeEmpty();
        (await repo.PreviewRetentionAsync(new RetentionPolicy { KeepNewest = 1 })).Versions.Should().Be(0);
    }

    /// <summary>
    /// A V1 history in a new database on <typeparamref name="TDb"/>: two pamphlets, a branch edited in parallel and
    /// merged, a third pamphlet added and removed. Five versions; ids and times are the test's own, so two runs on
    /// different engines hash alike.
    /// </summary>
    protected async Task<TestProvider> HistoryAsync<TDb>()
        where TDb : TestProvider, new()
    {
        var database = NewDatabase<TDb>();
        await using var db = new V1.PamphletContext(await database.CreateAsync<V1.PamphletContext>());
        await db.Database.EnsureCreatedAsync();
        var repo = await Repository.OpenAsync(db, new RepositoryOptions { TimeProvider = Clock });
        var liberty = new V1.Pamphlet { Title = "On Liberty", Pages = 40, Price = 2.50m };
        var sense = new V1.Pamphlet { Title = "Common Sense", Pages = 48, Price = 1.25m };
        var draft = new V1.Pamphlet { Title = "Draft", Pages = 1, Price = 0m };
        await CommitAsync(repo, "main", "first", liberty, sense);
        await repo.CreateBranchAsync("topic", "main");
        sense.Price = 1.50m;
        await CommitAsync(repo, "topic", "reprice", sense);
        liberty.Pages = 44;
        await CommitAsync(repo, "main", "more pages", liberty);
        Clock.Advance(TimeSpan.FromMinutes(1));
        (await (await repo.CheckoutAsync("main")).MergeAsync("topic", new MergeOptions { Author = "tester", Message = "merge topic" })).Commit.Should().NotBeNull();
        await CommitAsync(repo, "main", "draft", draft);
        var ws = await repo.CheckoutAsync("main");
        await ws.RemoveAsync(draft);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await ws.FinalizeAsync("tester", "drop draft");
        return database;
    }

    private static async Task<List<string>> VersionChecksumsAsync(TestProvider database)
    {
        await using var db = new V1.PamphletContext(database.OptionsFor<V1.PamphletContext>());
        return (await db.Set<Versioner.Storage.ChangeRow>().AsNoTracking().Where(c => c.VersionId != null).ToListAsync())
            .Select(c => $"{c.CommitId} {c.EternalId} {Convert.ToHexString(c.VersionChecksum!)}").ToList();
    }

    protected static async Task<Dictionary<CommitId, Checksum>> ChecksumsAsync(Repository repo) =>
        (await repo.LogAsync("main", Everything)).ToDictionary(c => c.Id, c => c.Checksum);

    private async Task<Dictionary<CommitId, Checksum>> ChecksumsAsync(DbContextOptions<V1.PamphletContext> options)
    {
        await using var db = new V1.PamphletContext(options);
        return await ChecksumsAsync(await Repository.OpenAsync(db, new RepositoryOptions { TimeProvider = Clock }));
    }

    private async Task CommitAsync(Repository repo, string branch, string message, params V1.Pamphlet[] pamphlets)
    {
        var ws = await repo.CheckoutAsync(branch);
        foreach (var pamphlet in pamphlets)
        {
            await ws.SaveAsync(pamphlet);
        }

        Clock.Advance(TimeSpan.FromMinutes(1));
        await ws.FinalizeAsync("tester", message);
    }

    /// <summary>Makes queries reading <paramref name="table"/> fail, as a crash or a lost connection would.</summary>
    private sealed class FailOn(string table) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains(table, StringComparison.Ordinal)
                ? throw new InvalidOperationException($"injected failure at: {command.CommandText}")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

public sealed class ChecksumMigrationTests_Sqlite : ChecksumMigrationTests<SqliteProvider>;

public sealed class ChecksumMigrationTests_Postgres : ChecksumMigrationTests<PostgresProvider>
{
    [GraphFact]
    public async Task The_same_migration_in_PostgreSQL_and_SQLite_gives_identical_checksums()
    {
        var postgres = await HistoryAsync<PostgresProvider>();
        var sqlite = NewDatabase<SqliteProvider>();
        await using (var source = new V1.PamphletContext(postgres.OptionsFor<V1.PamphletContext>()))
        await using (var target = new V1.PamphletContext(await sqlite.CreateAsync<V1.PamphletContext>()))
        {
            await target.Database.EnsureCreatedAsync();
            var from = await Repository.OpenAsync(source);
            var to = await Repository.OpenAsync(target);
            await from.PushAsync(to, "main");
            await from.PushAsync(to, "topic");
        }

        await using var pg = new V2.PamphletContext(postgres.OptionsFor<V2.PamphletContext>());
        await using var lite = new V2.PamphletContext(sqlite.OptionsFor<V2.PamphletContext>());
        foreach (var context in new DbContext[] { pg, lite })
        {
            await context.Database.MigrateAsync();
            await Repository.MigrateChecksumsAsync(context);
        }

        var here = await Repository.OpenAsync(pg);
        var there = await Repository.OpenAsync(lite);
        var comparison = await here.CompareAsync(there);
        comparison.IsIdentical.Should().BeTrue(comparison.ToString());
        (await ChecksumsAsync(here)).Should().BeEquivalentTo(await ChecksumsAsync(there));
    }
}
