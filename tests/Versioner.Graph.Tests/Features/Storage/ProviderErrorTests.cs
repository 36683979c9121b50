using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// No provider exception reaches a caller: what the database refuses comes out of Versioner's public methods as a
/// <see cref="DatabaseException"/> subtype (the provider's exception inside), and the store is as it was.
/// </summary>
public abstract class ProviderErrorTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [GraphFact]
    public async Task A_unique_index_of_the_apps_own_on_a_versioned_table_is_a_DuplicateKeyException()
    {
        var (db, repo) = await OpenModelAsync<EditionContext>(o => new EditionContext(o));
        var edition = new Edition { Isbn = "978-0441013593", Title = "Dune" };
        var ws = await repo.CheckoutAsync();
        await ws.SaveAsync(edition);
        await ws.FinalizeAsync("ada", "first");
        edition.Title = "Dune (40th anniversary)";

        var act = () => ws.SaveAsync(edition); // the new version repeats the ISBN: the app's unique index refuses it

        var refused = (await act.Should().ThrowAsync<DuplicateKeyException>()).Which;
        refused.InnerException.Should().BeAssignableTo<DbException>();
        refused.IsTransient.Should().BeFalse();
        refused.Message.Should().Contain("already taken").And.Contain("IsUniqueInSnapshot").And.Contain("Nothing was committed");
        (await ws.StatusAsync()).Count.Should().Be(0, "the refused save wrote nothing");
        (await db.Set<Edition>().CountAsync()).Should().Be(1);
    }

    [GraphFact]
    public async Task A_large_text_read_when_first_used_from_a_table_dropped_outside_Versioner_is_schema_damage_naming_it()
    {
        // A pointer's content is read when the value is first used, outside the method that returned the entity.
        var book = new Book { Title = "Dune", Blurb = "A desert planet, a spice, a prophecy." };
        await CommitAsync("book", book);
        var found = (await (await Repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId))!;
        await Db.Database.ExecuteSqlRawAsync(Provider is SqliteProvider
            ? "PRAGMA foreign_keys = OFF; DROP TABLE versioner_pointers"
            : "DROP TABLE versioner_pointers CASCADE");

        var act = () => found.Blurb!.Value;

        var refused = act.Should().Throw<SchemaDamagedException>().Which;
        refused.InnerException.Should().BeAssignableTo<DbException>();
        refused.Table.Should().Be("versioner_pointers");
        refused.Message.Should().StartWith("Table versioner_pointers, which Versioner reads, is missing from the database").And.Contain("Nothing of the operation was committed");
    }

    [GraphFact]
    public async Task A_versioned_types_table_dropped_outside_Versioner_is_schema_damage_naming_it_for_reads_and_writes()
    {
        var book = new Book { Title = "Dune" };
        await CommitAsync("book", book);
        await Db.Database.ExecuteSqlRawAsync(Provider is SqliteProvider
            ? "PRAGMA foreign_keys = OFF; DROP TABLE \"Books\""
            : "DROP TABLE \"Books\" CASCADE");
        var ws = await Repo.CheckoutAsync();

        var read = async () => await (await Repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId);
        var write = async () => { await ws.SaveAsync(new Book { Title = "Emma" }); await ws.FinalizeAsync("ada", "Emma"); };

        var damaged = (await read.Should().ThrowAsync<SchemaDamagedException>()).Which;
        damaged.Table.Should().Be("Books");
        damaged.IsInvalidInput.Should().BeFalse("the request was fine; the database lost a table");
        damaged.IsTransient.Should().BeFalse();
        (await write.Should().ThrowAsync<SchemaDamagedException>()).Which.Table.Should().Be("Books");
        (await Repo.LogAsync("main")).Should().ContainSingle("nothing of the refused write was committed");
    }

    [GraphFact]
    public async Task A_chosen_version_id_that_is_already_taken_is_refused_before_the_database_is_asked()
    {
        var ws = await Repo.CheckoutAsync();
        var first = await ws.SaveDocumentAsync("Invoice", default, Json("""{"n":1}"""));
        await ws.FinalizeAsync("ada", "first");

        var act = () => ws.SaveDocumentAsync("Invoice", default, Json("""{"n":2}"""), first.VersionId);

        (await act.Should().ThrowAsync<DuplicateVersionIdException>()).Which.VersionId.Should().Be(first.VersionId);
        (await ws.StatusAsync()).Count.Should().Be(0, "the refused save wrote nothing");
    }

    [GraphFact]
    public async Task Removing_a_draft_that_a_pin_of_the_same_workspace_names_is_a_ForeignKeyViolationException()
    {
        var rate = new Rate { Name = "standard", PerHour = 100m };
        await CommitAsync("rate", rate);
        var ws = await Repo.CheckoutAsync();
        rate.PerHour = 120m;
        await ws.SaveAsync(rate);
        await ws.SaveAsync(new Appointment { RateVersionId = rate.VersionId, Day = new DateOnly(2026, 3, 1) });

        var act = () => ws.RemoveAsync(rate);

        (await act.Should().ThrowAsync<ForeignKeyViolationException>()).Which.InnerException.Should().BeAssignableTo<DbException>();
        var status = await ws.StatusAsync();
        status.Modified.Should().ContainSingle(c => c.EternalId == rate.EternalId, "the draft is still there");
    }

    [GraphFact]
    public async Task A_database_another_writer_keeps_locked_is_a_ConcurrentWriteException_and_nothing_is_written()
    {
        // A context that gives up after about a second instead of the default 30 s.
        var connection = Db.Database.GetConnectionString()!;
        var options = Db.Database.IsNpgsql()
            ? new DbContextOptionsBuilder<LibraryContext>().UseNpgsql(connection + ";Options=-c lock_timeout=500").UseVersioning().Options
            : new DbContextOptionsBuilder<LibraryContext>().UseSqlite(connection + ";Default Timeout=1").UseVersioning().Options;
        await using var impatient = new LibraryContext(options);
        var repo = await OpenRepositoryAsync(impatient);
        var ws = await repo.CheckoutAsync();
        var holder = NewContext();
        await using (var transaction = await holder.Database.BeginTransactionAsync())
        {
            // SQLite: the transaction already holds the write lock (BEGIN IMMEDIATE); PostgreSQL: lock the commits.
            if (holder.Database.IsNpgsql())
            {
                await holder.Database.ExecuteSqlRawAsync("LOCK TABLE versioner_commits IN ACCESS EXCLUSIVE MODE");
            }

            var act = () => ws.SaveAsync(new Author { Name = "Ursula" });

            var refused = (await act.Should().ThrowAsync<ConcurrentWriteException>()).Which;
            refused.IsTransient.Should().BeTrue();
            refused.Message.Should().Contain("retry");
            refused.InnerException.Should().BeAssignableTo<DbException>();
            await transaction.RollbackAsync();
        }

        (await ws.StatusAsync()).IsEmpty.Should().BeTrue("the refused save wrote nothing");
        await ws.SaveAsync(new Author { Name = "Ursula" });
        (await ws.StatusAsync()).Count.Should().Be(1, "once the lock is gone the same save goes through");
    }
}

public sealed class ProviderErrorTests_Sqlite : ProviderErrorTests<SqliteProvider>;

public sealed class Edition : Versioned
{
    public string Isbn { get; set; } = "";

    public string Title { get; set; } = "";
}

/// <summary>A model with the mistake a newcomer makes: a plain unique index on a versioned table.</summary>
public sealed class EditionContext(DbContextOptions<EditionContext> options) : DbContext(options)
{
    public DbSet<Edition> Editions => Set<Edition>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Edition>().HasIndex(e => e.Isbn).IsUnique();
        modelBuilder.UseVersioning();
    }
}
