using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// A database records the storage format it is written in (<c>versioner_meta</c>, key <c>format</c>); a database in a
/// format this version does not read, written by a newer Versioner, is refused by every opening before anything is read
/// or written, and one in an older format is refused with directions until it is upgraded (StorageUpgradeTests).
/// </summary>
public abstract class StorageFormatTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private Task<string?> RecordedAsync() =>
        Db.Database.SqlQueryRaw<string>("SELECT value AS \"Value\" FROM versioner_meta WHERE key = 'format'").FirstOrDefaultAsync();

    [GraphFact]
    public async Task A_database_records_the_format_it_is_written_in()
    {
        (await RecordedAsync()).Should().Be("7");
    }

    [GraphFact]
    public async Task A_new_database_gets_the_record_at_its_first_writable_opening_and_not_at_a_read_only_one()
    {
        await Db.Database.ExecuteSqlRawAsync("DELETE FROM versioner_meta WHERE key = 'format'");

        await using (var context = NewContext())
        await using (var readOnly = await Repository.OpenAsync(context, new RepositoryOptions { ReadOnly = true }))
        {
            (await readOnly.BranchesAsync()).Should().BeEmpty();
        }

        (await RecordedAsync()).Should().BeNull("a read-only opening writes nothing");
        await using (var context = NewContext())
        {
            await Repository.OpenAsync(context);
        }

        (await RecordedAsync()).Should().Be("7");
    }

    [GraphFact]
    public async Task A_database_with_history_but_no_record_is_from_before_the_record_and_is_refused_until_upgraded()
    {
        await CommitAsync("first", new Book { Title = "Dune" });
        await Db.Database.ExecuteSqlRawAsync("DELETE FROM versioner_meta WHERE key = 'format'");

        await using var context = NewContext();
        (await FluentActions.Awaiting(() => Repository.OpenAsync(context)).Should().ThrowAsync<StorageUpgradeRequiredException>())
            .Which.Should().Match<StorageUpgradeRequiredException>(e => e.Format == 1 && e.Current == 7 && e.Message.Contains("UpgradeStorageAsync"));
        await FluentActions.Awaiting(() => Repository.OpenAsync(context, new RepositoryOptions { ReadOnly = true }))
            .Should().ThrowAsync<StorageUpgradeRequiredException>();
        (await RecordedAsync()).Should().BeNull("a refused opening writes nothing");
    }

    [GraphFact]
    public async Task A_database_recording_an_older_format_is_refused_by_every_opening_with_directions()
    {
        await CommitAsync("first", new Book { Title = "Dune" });
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_meta SET value = '1' WHERE key = 'format'");

        await using var context = NewContext();
        await FluentActions.Awaiting(() => Repository.OpenAsync(context)).Should().ThrowAsync<StorageUpgradeRequiredException>();
        await using (var connection = Provider.NewConnection())
        {
            await FluentActions.Awaiting(() => Repository.OpenAsync(connection)).Should().ThrowAsync<StorageUpgradeRequiredException>();
        }

        await FluentActions.Awaiting(() => Repository.MigrateChecksumsAsync(context)).Should().ThrowAsync<StorageUpgradeRequiredException>();
        (await RecordedAsync()).Should().Be("1");
    }

    [GraphFact]
    public async Task A_database_recording_format_2_is_upgraded_to_the_current_format_with_its_history_unchanged()
    {
        // Format 3 changed only SQLite's ids, format 4 added columns this database has already: on PostgreSQL the
        // upgrade fills the version rows' columns again from the change rows, and on SQLite a database whose ids are 16
        // bytes already is rebuilt to the same.
        var first = await CommitAsync("first", new Book { Title = "Dune", Price = 10 });
        var second = await CommitAsync("second", new Book { Title = "Emma", Price = 5 });
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_meta SET value = '2' WHERE key = 'format'");

        await using var context = NewContext();
        (await FluentActions.Awaiting(() => Repository.OpenAsync(context)).Should().ThrowAsync<StorageUpgradeRequiredException>()).Which.Format.Should().Be(2);
        (await Repository.UpgradeStorageAsync(context)).Should().Be(new StorageUpgradeResult(2, 7, 0));

        (await RecordedAsync()).Should().Be("7");
        var repo = await Repository.OpenAsync(context);
        (await repo.LogAsync("main")).Select(c => (c.Id, c.Checksum)).Should().Equal((second.Id, second.Checksum), (first.Id, first.Checksum));
        (await (await repo.SnapshotAsync("main")).Query<Book>().Select(b => b.Title).ToListAsync()).Should().BeEquivalentTo("Dune", "Emma");
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_database_in_format_4_is_upgraded_by_recording_each_commits_manifest()
    {
        // Format 5 adds versioner_manifests and nothing else: a format-4 database is this one without that table.
        var first = await CommitAsync("first", new Book { Title = "Dune", Price = 10 });
        var emma = new Book { Title = "Emma", Price = 5 };
        var second = await CommitAsync("second", emma);
        var ws = await Repo.CheckoutAsync();
        await ws.RemoveAsync(emma);
        var third = await ws.FinalizeAsync("ada", "no Emma");
        var manifests = await ManifestsAsync();
        await Db.TamperAsync("DROP TABLE versioner_manifests");
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_meta SET value = '4' WHERE key = 'format'");

        await using var context = NewContext();
        (await FluentActions.Awaiting(() => Repository.OpenAsync(context)).Should().ThrowAsync<StorageUpgradeRequiredException>())
            .Which.Should().Match<StorageUpgradeRequiredException>(e => e.Format == 4 && e.Current == 7);
        (await Repository.UpgradeStorageAsync(context)).Should().Be(new StorageUpgradeResult(4, 7, 0));

        (await RecordedAsync()).Should().Be("7");
        (await ManifestsAsync()).Should().BeEquivalentTo(manifests).And.HaveCount(3);
        var repo = await Repository.OpenAsync(context);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
        var next = await repo.CheckoutAsync();
        await next.SaveAsync(new Book { Title = "Persuasion" });
        var fourth = await next.FinalizeAsync("ada", "fourth");
        (await repo.LogAsync("main")).Select(c => c.Id).Should().Equal(fourth.Id, third.Id, second.Id, first.Id);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_database_in_format_5_is_upgraded_by_indexing_its_versions_by_entity_and_place()
    {
        // Format 6 adds the indexes by place and drops the eternal id's own index the one by entity and place covers:
        // a format-5 database is this one with format 5's indexes.
        var dune = new Book { Title = "Dune", Price = 10 };
        var first = await CommitAsync("first", dune);
        var ws = await Repo.CheckoutAsync();
        await ws.SaveDocumentAsync("Note", EternalId.New(), System.Text.Json.JsonDocument.Parse("{\"text\":\"hi\"}").RootElement);
        dune.Price = 12;
        await ws.SaveAsync(dune);
        var second = await ws.FinalizeAsync("ada", "second");
        var indexes = await IndexesAsync();
        indexes.Should().Contain(["IX_Books_EternalId_versioner_segment_versioner_depth", "IX_Books_versioner_segment_versioner_depth", "ix_versioner_documents_entity_path", "ix_versioner_documents_type_path"])
            .And.NotContain(["IX_Books_EternalId", "IX_versioner_documents_eternal_id"], "the index by entity and place covers the eternal id");
        foreach (var index in new[] { "IX_Books_EternalId_versioner_segment_versioner_depth", "IX_Books_versioner_segment_versioner_depth", "ix_versioner_documents_entity_path", "ix_versioner_documents_type_path" })
        {
            await Db.TamperAsync($"DROP INDEX \"{index}\"");
        }

        await Db.TamperAsync("CREATE INDEX \"IX_Books_EternalId\" ON \"Books\" (\"EternalId\")");
        await Db.TamperAsync("CREATE INDEX \"IX_versioner_documents_eternal_id\" ON versioner_documents (eternal_id)");
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_meta SET value = '5' WHERE key = 'format'");

        await using var context = NewContext();
        (await FluentActions.Awaiting(() => Repository.OpenAsync(context)).Should().ThrowAsync<StorageUpgradeRequiredException>())
            .Which.Should().Match<StorageUpgradeRequiredException>(e => e.Format == 5 && e.Current == 7);
        (await Repository.UpgradeStorageAsync(context)).Should().Be(new StorageUpgradeResult(5, 7, 0));

        (await RecordedAsync()).Should().Be("7");
        (await IndexesAsync()).Should().BeEquivalentTo(indexes, "the indexes are a new database's");
        var repo = await Repository.OpenAsync(context);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
        (await (await repo.SnapshotAsync(first.Id)).FindAsync<Book>(dune.EternalId))!.Price.Should().Be(10);
        var next = await repo.CheckoutAsync();
        await next.SaveAsync(new Book { Title = "Persuasion" });
        var third = await next.FinalizeAsync("ada", "third");
        (await repo.LogAsync("main")).Select(c => c.Id).Should().Equal(third.Id, second.Id, first.Id);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    /// <summary>The names of the indexes on the tables of versions (Books, versioner_documents), keys aside.</summary>
    private async Task<List<string>> IndexesAsync() =>
        Db.Database.IsNpgsql()
            ? await RawRows.Rows(Db, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('Books', 'versioner_documents') AND indexname NOT LIKE 'PK%'", r => r.GetString(0))
            : await RawRows.Rows(Db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('Books', 'versioner_documents') AND sql IS NOT NULL", r => r.GetString(0));

    private async Task<List<(Guid Commit, string Changes)>> ManifestsAsync() =>
        await RawRows.Rows(Db, "SELECT commit_id, changes FROM versioner_manifests", r => (RawRows.Id(r, 0), Convert.ToHexString((byte[])r.GetValue(1))));

    [GraphFact]
    public async Task A_database_in_a_newer_format_is_refused_by_every_opening_and_left_as_it_was()
    {
        await CommitAsync("first", new Book { Title = "Dune" });
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_meta SET value = '8' WHERE key = 'format'");

        await using var context = NewContext();
        (await FluentActions.Awaiting(() => Repository.OpenAsync(context)).Should().ThrowAsync<UnsupportedStorageFormatException>())
            .Which.Should().Match<UnsupportedStorageFormatException>(e => e.Recorded == "8" && e.Supported == 7
                && e.Message.Contains("format 8") && e.Message.Contains("newer Versioner"));
        await FluentActions.Awaiting(() => Repository.OpenAsync(context, new RepositoryOptions { ReadOnly = true }))
            .Should().ThrowAsync<UnsupportedStorageFormatException>();
        await using (var connection = Provider.NewConnection())
        {
            await FluentActions.Awaiting(() => Repository.OpenAsync(connection)).Should().ThrowAsync<UnsupportedStorageFormatException>();
        }

        await FluentActions.Awaiting(() => Repository.MigrateChecksumsAsync(context)).Should().ThrowAsync<UnsupportedStorageFormatException>();
        (await RecordedAsync()).Should().Be("8");
    }

    [GraphFact]
    public async Task A_damaged_format_record_is_refused_by_name()
    {
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_meta SET value = 'one' WHERE key = 'format'");

        await using var context = NewContext();
        (await FluentActions.Awaiting(() => Repository.OpenAsync(context)).Should().ThrowAsync<UnsupportedStorageFormatException>())
            .Which.Message.Should().Contain("'one'").And.Contain("damaged");
    }
}

public sealed class SqliteStorageFormatTests : StorageFormatTests<SqliteProvider>;

public sealed class PostgresStorageFormatTests : StorageFormatTests<PostgresProvider>;
