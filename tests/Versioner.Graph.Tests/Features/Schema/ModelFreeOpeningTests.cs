using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Testing.Model;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Any Versioner database opens without the application's classes (<c>Repository.OpenAsync(DbConnection)</c>), from
/// what it records about its types: a tool reads the same log, diffs, history, blame, rows and checksums as the
/// application, verifies it, and can push, pull and write; a read-only opening writes nothing.
/// </summary>
public abstract class ModelFreeOpeningTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private async Task<Repository> OpenBareAsync(bool readOnly = false)
    {
        var connection = Provider.NewConnection(readOnly);
        var repo = await Repository.OpenAsync(connection, new RepositoryOptions { ReadOnly = readOnly, TimeProvider = Clock });
        _opened.Add((repo, connection));
        return repo;
    }

    private readonly List<(Repository Repo, System.Data.Common.DbConnection Connection)> _opened = [];

    public override async Task DisposeAsync()
    {
        foreach (var (repo, connection) in _opened)
        {
            await repo.DisposeAsync();
            await connection.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>A small library history: an author, books with tags, a blurb and a rating, a pinned rate, an edit on a branch merged back.</summary>
    private async Task<(Book Dune, Author Frank, Commit Merge)> LibraryHistoryAsync()
    {
        var frank = new Author { Name = "Frank Herbert" };
        var tag = new Tag { Label = "classic" };
        var rate = new Rate { Name = "standard", PerHour = 80m };
        await CommitAsync("authors", frank, tag, rate);
        var dune = new Book { Title = "Dune", Price = 9.99m, AuthorId = frank.EternalId, Tags = EternalIdSet.Of(tag.EternalId), Blurb = LargeText.From("Spice."), PublishedAt = new DateTimeOffset(1965, 8, 1, 0, 0, 0, TimeSpan.Zero), Rating = 4.5 };
        await CommitAsync("books", dune, new Appointment { RateVersionId = rate.VersionId, Day = new DateOnly(2026, 1, 5) });
        await Repo.CreateBranchAsync("topic", "main");
        dune.Price = 12.50m;
        await CommitOnAsync("topic", "reprice", dune, new Revenue { Year = 2025, Amount = 100m }.WithBook(dune));
        var ws = await Repo.CheckoutAsync("main");
        var merge = await ws.MergeAsync("topic", new MergeOptions { FastForward = FastForwardMode.Never, Author = "ada", Message = "merge topic" });
        return (dune, frank, merge.Commit!);
    }

    [GraphFact]
    public async Task A_tool_reads_the_same_history_as_the_application()
    {
        var (dune, frank, merge) = await LibraryHistoryAsync();

        var tool = await OpenBareAsync();

        (await tool.LogAsync("main")).Select(c => (c.Id, c.Checksum)).Should().Equal((await Repo.LogAsync("main")).Select(c => (c.Id, c.Checksum)));
        (await tool.FindCommitAsync("main")).Id.Should().Be(merge.Id);
        Describe(await tool.DiffAsync("main~2", "main")).Should().Equal(Describe(await Repo.DiffAsync("main~2", "main")));
        (await tool.HistoryAsync(dune.EternalId, "main")).Should().Equal(await Repo.HistoryAsync(dune.EternalId, "main"));
        (await tool.BlameAsync(dune.EternalId, "main")).Select(b => (b.Field, b.Value, b.Commit.Id))
            .Should().Equal((await Repo.BlameAsync(dune.EternalId, "main")).Select(b => (b.Field, b.Value, b.Commit.Id)));

        var content = (await (await tool.SnapshotAsync("main")).FindContentAsync(dune.EternalId))!;
        content.ComputeChecksum().Should().Be((await (await Repo.SnapshotAsync("main")).FindContentAsync(dune.EternalId))!.ComputeChecksum());
        content["Title"].ToObject().Should().Be("Dune");
        content["Price"].ToObject().Should().Be(12.50m);
        content["AuthorId"].ToObject().Should().Be(frank.EternalId);
    }

    [GraphFact]
    public async Task Rows_of_a_type_as_of_a_revision_come_as_canonical_content_in_eternal_id_order()
    {
        var (dune, _, _) = await LibraryHistoryAsync();
        var more = new Book { Title = "Children of Dune", Price = 7m };
        await CommitAsync("another", more);

        var tool = await OpenBareAsync();

        var now = await (await tool.SnapshotAsync("main")).ContentsAsync("Book").ToListAsync();
        now.Select(c => c["Title"].ToObject()).Should().BeEquivalentTo(["Dune", "Children of Dune"]);
        now.Select(c => c.EternalId).Should().Equal((await (await Repo.SnapshotAsync("main")).ContentsAsync("Book").ToListAsync()).Select(c => c.EternalId));
        var before = await (await tool.SnapshotAsync("main~1")).ContentsAsync("Book").ToListAsync();
        before.Should().ContainSingle().Which["Price"].ToObject().Should().Be(12.50m);
        (await (await tool.SnapshotAsync("main~2")).ContentsAsync("Book").ToListAsync()).Should().ContainSingle().Which["Price"].ToObject().Should().Be(9.99m);
        (await (await tool.SnapshotAsync("main~3")).ContentsAsync("Book").ToListAsync()).Should().BeEmpty();
        dune.Title.Should().Be("Dune");
    }

    [GraphFact]
    public async Task The_schema_says_what_each_type_holds()
    {
        await LibraryHistoryAsync();

        var tool = await OpenBareAsync();
        var schema = await tool.SchemaAsync();

        schema.Select(t => t.Name).Should().BeEquivalentTo(["Author", "Tag", "Book", "Rate", "Appointment", "Revenue"]);
        var book = schema.Single(t => t.Name == "Book");
        book.Unreadable.Should().BeNull();
        book.Fields.Select(f => f.Name).Should().BeEquivalentTo(["Title", "Price", "AuthorId", "Tags", "Blurb", "PublishedAt", "Rating"]);
        book.Fields.Single(f => f.Name == "AuthorId").Should().Match<FieldSchema>(f => f.Kind == "EternalId" && f.ReferenceTarget == "Author" && !f.IsPinned && f.IsNullable);
        book.Fields.Single(f => f.Name == "Price").Kind.Should().Be("Decimal");
        schema.Single(t => t.Name == "Appointment").Fields.Single(f => f.Name == "RateVersionId").Should().Match<FieldSchema>(f => f.IsPinned && f.ReferenceTarget == "Rate");
        (await Repo.SchemaAsync()).Should().BeEquivalentTo(schema);
    }

    [GraphFact]
    public async Task A_tool_verifies_pushes_and_pulls_with_the_same_checksums()
    {
        await LibraryHistoryAsync();
        var (_, replicaTyped) = await OpenOtherDatabaseAsync<TProvider>();

        var tool = await OpenBareAsync();
        (await tool.VerifyAsync()).Issues.Should().BeEmpty();
        var pushed = await tool.PushAsync(replicaTyped, "main");
        await tool.PushAsync(replicaTyped, "topic");

        pushed.Commits.Should().BeGreaterThan(0);
        (await Repo.CompareAsync(replicaTyped)).IsIdentical.Should().BeTrue();
        (await replicaTyped.VerifyAsync()).Issues.Should().BeEmpty();

        await tool.CreateBranchAsync("release", "main~1");
        (await Repo.BranchesAsync()).Select(b => b.Name).Should().Contain("release");
    }

    [GraphFact]
    public async Task Every_value_type_reads_back_with_the_checksum_it_was_saved_with()
    {
        var database = NewDatabase<TProvider>();
        await using var context = new ValuesContext(await database.CreateAsync<ValuesContext>());
        await context.Database.EnsureCreatedAsync();
        var values = await OpenRepositoryAsync(context);
        var ws = await values.CheckoutAsync();
        var plain = await ws.SaveAsync(new Specimen());
        var rich = ValueTests<TProvider>.Extremes();
        rich.Other = plain.EternalId;
        rich.Exact = plain.VersionId;
        rich.Members = EternalIdSet.Of(plain.EternalId);
        await ws.SaveAsync(rich);
        await ws.FinalizeAsync("ada", "specimens");
        var expected = await (await values.SnapshotAsync("main")).ContentsAsync("Specimen").ToListAsync();

        await using var connection = database.NewConnection();
        await using var tool = await Repository.OpenAsync(connection);

        var read = await (await tool.SnapshotAsync("main")).ContentsAsync("Specimen").ToListAsync();
        read.Select(c => c.ComputeChecksum()).Should().Equal(expected.Select(c => c.ComputeChecksum()));
        read.Single(c => c.EternalId == rich.EternalId)["Shelf"].ToObject().Should().Be((long)rich.Shelf);
        (await tool.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_tool_edits_creates_and_resolves_a_merge_by_field_values()
    {
        var (dune, _, _) = await LibraryHistoryAsync();
        await Repo.CreateBranchAsync("sale", "main");
        dune.Price = 5m;
        await CommitOnAsync("sale", "sale price", dune);

        var tool = await OpenBareAsync();
        var ws = await tool.CheckoutAsync("main");
        var edited = await ws.SaveFieldsAsync("Book", dune.EternalId, new Dictionary<string, FieldValue> { ["Price"] = FieldValue.From(15) });
        var brian = await ws.SaveFieldsAsync("Author", default, new Dictionary<string, FieldValue> { ["Name"] = FieldValue.From("Brian Herbert") });
        await ws.FinalizeAsync("tool", "reprice, add Brian");

        edited["Price"].ToObject().Should().Be(15m);
        edited["Title"].ToObject().Should().Be("Dune");
        var main = await Repo.SnapshotAsync("main");
        (await main.FindAsync<Book>(dune.EternalId))!.Price.Should().Be(15m);
        (await main.FindAsync<Author>(brian.EternalId))!.Name.Should().Be("Brian Herbert");

        var merge = await ws.MergeAsync("sale", new MergeOptions { Author = "tool", Message = "merge sale" });
        merge.Status.Should().Be(MergeStatus.Conflicts);
        var conflict = (await ws.ConflictsAsync()).Should().ContainSingle().Subject;
        await ws.SaveFieldsAsync("Book", dune.EternalId, new Dictionary<string, FieldValue> { [conflict.Field!] = FieldValue.From(11.5m) });
        await ws.ResolveAsync(conflict, MergeStrategy.Manual);
        await ws.FinalizeAsync("tool", "merge sale at 11.50");

        (await (await Repo.SnapshotAsync("main")).FindAsync<Book>(dune.EternalId))!.Price.Should().Be(11.5m);
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task Field_values_that_do_not_fit_are_refused_by_name_and_nothing_is_written()
    {
        var (dune, _, _) = await LibraryHistoryAsync();
        var tool = await OpenBareAsync();
        var ws = await tool.CheckoutAsync("main");

        (await FluentActions.Awaiting(() => ws.SaveFieldsAsync("Book", dune.EternalId, new Dictionary<string, FieldValue> { ["Price"] = FieldValue.From("cheap") }))
            .Should().ThrowAsync<InvalidFieldValueException>()).Which.Message.Should().Contain("Price");
        (await FluentActions.Awaiting(() => ws.SaveFieldsAsync("Book", dune.EternalId, new Dictionary<string, FieldValue> { ["Colour"] = FieldValue.From("red") }))
            .Should().ThrowAsync<InvalidFieldValueException>()).Which.Message.Should().Contain("Colour");
        await FluentActions.Awaiting(() => ws.SaveFieldsAsync("Author", dune.EternalId, new Dictionary<string, FieldValue> { ["Name"] = FieldValue.From("x") }))
            .Should().ThrowAsync<EntityTypeMismatchException>();
        (await ws.StatusAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_read_only_opening_reads_and_verifies_and_refuses_every_write()
    {
        await LibraryHistoryAsync();

        var tool = await OpenBareAsync(readOnly: true);

        (await tool.LogAsync("main")).Should().HaveCount(3);
        (await tool.DiffAsync("main~1", "main")).Should().NotBeEmpty();
        (await tool.VerifyAsync()).Issues.Should().BeEmpty();
        await FluentActions.Awaiting(() => tool.CreateBranchAsync("x", "main")).Should().ThrowAsync<ReadOnlyRepositoryException>().WithMessage("CreateBranchAsync*read-only*");
        var ws = await tool.CheckoutAsync("main");
        (await ws.StatusAsync()).Should().BeEmpty();
        await FluentActions.Awaiting(() => ws.SaveFieldsAsync("Book", default, new Dictionary<string, FieldValue> { ["Title"] = FieldValue.From("x") }))
            .Should().ThrowAsync<ReadOnlyRepositoryException>().WithMessage("SaveFieldsAsync*");
        await FluentActions.Awaiting(() => ws.FinalizeAsync("x", "y")).Should().ThrowAsync<ReadOnlyRepositoryException>();
        var (_, replica) = await OpenOtherDatabaseAsync<TProvider>();
        await FluentActions.Awaiting(() => replica.PushAsync(tool, "main")).Should().ThrowAsync<ReadOnlyRepositoryException>().WithMessage("PushAsync*");
    }

    [GraphFact]
    public async Task A_type_the_database_does_not_describe_is_named_with_what_to_do()
    {
        var (dune, _, _) = await LibraryHistoryAsync();
        await Db.Database.ExecuteSqlRawAsync("DELETE FROM versioner_meta WHERE key = 'schema:Book'");

        var tool = await OpenBareAsync();

        (await tool.LogAsync("main")).Should().HaveCount(3);
        var snapshot = await tool.SnapshotAsync("main");
        (await FluentActions.Awaiting(() => snapshot.FindContentAsync(dune.EternalId)).Should().ThrowAsync<UndescribedTypeException>())
            .Which.Message.Should().Contain("'Book'").And.Contain("Repository.OpenAsync(context)");
        await FluentActions.Awaiting(() => snapshot.ContentsAsync("Book").ToListAsync().AsTask()).Should().ThrowAsync<UndescribedTypeException>();
        (await FluentActions.Awaiting(() => tool.HistoryAsync(dune.EternalId, "main")).Should().ThrowAsync<UndescribedTypeException>("Book's versions are in a table this opening cannot read"))
            .Which.Message.Should().Contain("'Book'");
        await FluentActions.Awaiting(() => tool.LogAsync("main", new LogOptions { EntityType = "Book" })).Should().ThrowAsync<UndescribedTypeException>();
        (await tool.LogAsync("main", new LogOptions { EntityType = "Author" })).Should().NotBeEmpty("a type the database describes is read as ever");
        await FluentActions.Awaiting(() => tool.VerifyAsync()).Should().ThrowAsync<UndescribedTypeException>();
        await FluentActions.Awaiting(() => tool.CreateBranchAsync("x", "main")).Should().ThrowAsync<UndescribedTypeException>();
        (await FluentActions.Awaiting(() => tool.DiffAsync("main~2", "main")).Should().ThrowAsync<UndescribedTypeException>("a diff spans every type; Book's rows are in a table this opening cannot read"))
            .Which.Message.Should().Contain("'Book'");

        // The application's next opening records it again.
        await OpenRepositoryAsync(NewContext());
        var again = await OpenBareAsync();
        (await (await again.SnapshotAsync("main")).FindContentAsync(dune.EternalId)).Should().NotBeNull();
    }

    [GraphFact]
    public async Task A_damaged_description_names_its_type_instead_of_failing_the_opening()
    {
        var (dune, _, _) = await LibraryHistoryAsync();
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_meta SET value = '{{\"name\": \"Book\", broken' WHERE key = 'schema:Book'");

        var tool = await OpenBareAsync();

        (await tool.LogAsync("main")).Should().HaveCount(3);
        (await tool.SchemaAsync()).Single(t => t.Name == "Book").Unreadable.Should().Contain("damaged");
        var snapshot = await tool.SnapshotAsync("main");
        (await FluentActions.Awaiting(() => snapshot.FindContentAsync(dune.EternalId)).Should().ThrowAsync<UndescribedTypeException>())
            .Which.Message.Should().Contain("damaged").And.Contain("schema:Book");
    }

    [GraphFact]
    public async Task Branch_heads_come_in_one_call_leaving_out_ids_that_name_no_commit()
    {
        await LibraryHistoryAsync();
        var tool = await OpenBareAsync();
        var branches = await tool.BranchesAsync();

        var heads = await tool.FindCommitsAsync(branches.Select(b => b.Head).Append(new CommitId(Guid.NewGuid())));

        heads.Should().HaveCount(branches.Count);
        foreach (var branch in branches)
        {
            heads[branch.Head].Should().BeEquivalentTo(await tool.FindCommitAsync(branch.Name));
        }
    }

    [GraphFact]
    public async Task The_versioned_name_of_a_built_model_type_is_what_the_schema_records()
    {
        await LibraryHistoryAsync();
        var tool = await OpenBareAsync();

        (await tool.SchemaAsync()).Select(t => t.Name).Should().BeEquivalentTo(
            Db.Model.GetEntityTypes().Select(t => t.GetVersionedName()).OfType<string>());
        tool.Context.Model.GetEntityTypes().Select(t => t.GetVersionedName()).OfType<string>()
            .Should().BeEquivalentTo(Db.Model.GetEntityTypes().Select(t => t.GetVersionedName()).OfType<string>());
    }

    [GraphFact]
    public async Task A_database_without_Versioner_history_is_refused_by_name()
    {
        var empty = NewDatabase<TProvider>();
        await empty.CreateAsync<ValuesContext>();
        await using var connection = empty.NewConnection();

        (await FluentActions.Awaiting(() => Repository.OpenAsync(connection)).Should().ThrowAsync<NotVersionerDatabaseException>())
            .Which.Message.Should().Contain("versioner_meta");
    }

    private static IEnumerable<string> Describe(Diff diff) =>
        diff.Select(c => $"{c.Kind} {c.EntityType} {c.EternalId} {string.Join(",", c.Fields.Select(f => $"{f.Field}:{f.OldValue}->{f.NewValue}"))}").Order();
}

public sealed class ModelFreeOpeningTests_Sqlite : ModelFreeOpeningTests<SqliteProvider>
{
    [Fact]
    public async Task A_file_that_is_no_database_is_the_databases_refusal_not_a_database_without_history()
    {
        var path = Path.Combine(Path.GetTempPath(), $"versioner-not-a-db-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(path, "These are notes, not a SQLite database. ".PadRight(4096, '.'));
        try
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");

            var refused = await FluentActions.Awaiting(() => Repository.OpenAsync(connection)).Should().ThrowAsync<DatabaseException>();

            refused.Which.Should().NotBeOfType<NotVersionerDatabaseException>();
            refused.Which.Message.Should().Contain("file is not a database");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_database_another_writer_holds_locked_is_a_transient_refusal_not_a_database_without_history()
    {
        var path = Path.Combine(Path.GetTempPath(), $"versioner-locked-{Guid.NewGuid():N}.db");
        try
        {
            await using (var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await writer.OpenAsync();
                await using var begin = writer.CreateCommand();
                begin.CommandText = "PRAGMA journal_mode=DELETE; CREATE TABLE versioner_meta (key TEXT PRIMARY KEY, value TEXT); BEGIN EXCLUSIVE; INSERT INTO versioner_meta VALUES ('a', 'b');";
                await begin.ExecuteNonQueryAsync();
                await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=1");

                var refused = await FluentActions.Awaiting(() => Repository.OpenAsync(connection)).Should().ThrowAsync<DatabaseException>();

                refused.Which.Should().NotBeOfType<NotVersionerDatabaseException>();
                refused.Which.IsTransient.Should().BeTrue("another writer's lock passes; trying again later is the remedy");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
