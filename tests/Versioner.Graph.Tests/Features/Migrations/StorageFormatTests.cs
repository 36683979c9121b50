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
        (await RecordedAsync()).Should().Be("5");
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

        (await RecordedAsync()).Should().Be("5");
    }

    [GraphFact]
    public async Task A_database_with_history_but_no_record_is_from_before_the_record_and_is_refused_until_upgraded()
    {
        await CommitAsync("first", new Book { Title = "Dune" });
        await Db.Database.ExecuteSqlRawAsync("DELETE FROM versioner_meta WHERE key = 'format'");

        await using var context = NewContext();
        (await FluentActions.Awaiting(() => Repository.OpenAsync(context)).Should().ThrowAsync<StorageUpgradeRequiredException>())
            .Which.Should().Match<StorageUpgradeRequiredException>(e => e.Format == 1 && e.Current == 5 && e.Message.Contains("UpgradeStorageAsync"));
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
        (await Repository.UpgradeStorageAsync(context)).Should().Be(new StorageUpgradeResult(2, 5, 0));

        (await RecordedAsync()).Should().Be("5");
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
            .Which.Should().Match<StorageUpgradeRequiredException>(e => e.Format == 4 && e.Current == 5);
        (await Repository.UpgradeStorageAsync(context)).Should().Be(new StorageUpgradeResult(4, 5, 0));

        (await RecordedAsync()).Should().Be("5");
        (await ManifestsAsync()).Should().BeEquivalentTo(manifests).And.HaveCount(3);
        var repo = await Repository.OpenAsync(context);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
        var next = await repo.CheckoutAsync();
        await next.SaveAsync(new Book { Title = "Persuasion" });
        var fourth = await next.FinalizeAsync("ada", "fourth");
        (await repo.LogAsync("main")).Select(c => c.Id).Should().Equal(fourth.Id, third.Id, second.Id, first.Id);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    private async Task<List<(Guid Commit, string Changes)>> ManifestsAsync() =>
        await RawRows.Rows(Db, "SELECT commit_id, changes FROM versioner_manifests", r => (RawRows.Id(r, 0), Convert.ToHexString((byte[])r.GetValue(1))));

    [GraphFact]
    public async Task A_database_in_a_newer_format_is_refused_by_every_opening_and_left_as_it_was()
    {
        await CommitAsync("first", new Book { Title = "Dune" });
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_meta SET value = '6' WHERE key = 'format'");

        await using var context = NewContext();
        (await FluentActions.Awaiting(() => Repository.OpenAsync(context)).Should().ThrowAsync<UnsupportedStorageFormatException>())
            .Which.Should().Match<UnsupportedStorageFormatException>(e => e.Recorded == "6" && e.Supported == 5
                && e.Message.Contains("format 6") && e.Message.Contains("newer Versioner"));
        await FluentActions.Awaiting(() => Repository.OpenAsync(context, new RepositoryOptions { ReadOnly = true }))
            .Should().ThrowAsync<UnsupportedStorageFormatException>();
        await using (var connection = Provider.NewConnection())
        {
            await FluentActions.Awaiting(() => Repository.OpenAsync(connection)).Should().ThrowAsync<UnsupportedStorageFormatException>();
        }

        await FluentActions.Awaiting(() => Repository.MigrateChecksumsAsync(context)).Should().ThrowAsync<UnsupportedStorageFormatException>();
        (await RecordedAsync()).Should().Be("6");
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
