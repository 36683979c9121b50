using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Versioner.Internal;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// <c>UseVersioning(o => o.ForeignKeys = false)</c>, for bulk loads: the four foreign keys of typed and change rows
/// (to their commit and their eternal id) are left out of the database, everything else stays, Versioner works as
/// before, and Verify still finds what writes behind its back do to history.
/// </summary>
public abstract class ForeignKeyOptOutTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly string[] TypedTables = ["Authors", "Tags", "Books", "Rates", "Appointments", "Revenues"];

    /// <summary>The four constraints per versioned table the option concerns, as "table.column -> referenced table".</summary>
    private static readonly string[] OptedOut =
    [
        .. TypedTables.SelectMany(t => new[] { $"{t}.EternalId -> versioner_entities", $"{t}.CommitId -> versioner_commits" }),
        "versioner_changes.commit_id -> versioner_commits",
        "versioner_changes.eternal_id -> versioner_entities",
    ];

    /// <summary>The library model of <see cref="LibraryContext"/>, with the foreign keys of typed and change rows left out.</summary>
    public sealed class BulkLibraryContext(DbContextOptions<BulkLibraryContext> options) : DbContext(options)
    {
        public DbSet<Author> Authors => Set<Author>();
        public DbSet<Tag> Tags => Set<Tag>();
        public DbSet<Book> Books => Set<Book>();
        public DbSet<Rate> Rates => Set<Rate>();
        public DbSet<Appointment> Appointments => Set<Appointment>();
        public DbSet<Revenue> Revenues => Set<Revenue>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => LibraryContext.Configure(modelBuilder, o => o.ForeignKeys = false);
    }

    private async Task<(BulkLibraryContext Db, Repository Repo)> OpenBulkAsync()
    {
        var database = NewDatabase<TProvider>();
        var db = new BulkLibraryContext(await database.CreateAsync<BulkLibraryContext>());
        await db.Database.EnsureCreatedAsync();
        return (db, await Repository.OpenAsync(db, new RepositoryOptions { TimeProvider = Clock }));
    }

    [GraphFact]
    public async Task The_default_model_has_the_foreign_keys_of_typed_and_change_rows()
    {
        var foreignKeys = await ForeignKeysAsync(Db);

        foreignKeys.Should().Contain(OptedOut);
        Db.Model.FindAnnotation("Versioner:ForeignKeys").Should().BeNull("the default model is the same as before the option existed");
        Repo.Store.Model.ForeignKeys.Should().BeTrue();
    }

    [GraphFact]
    public async Task Without_foreign_keys_exactly_those_four_per_table_are_left_out_and_all_else_stays()
    {
        var (bulk, bulkRepo) = await OpenBulkAsync();

        var foreignKeys = await ForeignKeysAsync(bulk);

        foreignKeys.Should().NotContain(OptedOut);
        foreignKeys.Should().BeEquivalentTo((await ForeignKeysAsync(Db)).Except(OptedOut),
            "declared references, documents, parents, refs and every other key stay");
        foreignKeys.Should().Contain(["Books.AuthorId -> versioner_entities", "Appointments.RateVersionId -> Rates"]);
        (await IndexesAsync(bulk)).Should().BeEquivalentTo(await IndexesAsync(Db), "the indexes of the dropped foreign keys' columns stay");
        (await TriggersAsync(bulk)).Should().BeEquivalentTo(
            [.. await TriggersAsync(Db), "versioner_entities:versioner_guard_entity_deletes" + (bulk.Database.IsNpgsql() ? "" : "_d")],
            "every guard stays, and eternal-id rows get a delete guard of their own");
        bulk.Model.FindAnnotation("Versioner:ForeignKeys")!.Value.Should().Be(false);
        bulkRepo.Store.Model.ForeignKeys.Should().BeFalse();
    }

    [GraphFact]
    public async Task Switching_the_option_is_a_migration_of_the_foreign_keys_alone()
    {
        var (bulk, _) = await OpenBulkAsync();
        var differ = Db.GetService<IMigrationsModelDiffer>();
        var withKeys = Db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var without = bulk.GetService<IDesignTimeModel>().Model.GetRelationalModel();

        var dropping = differ.GetDifferences(withKeys, without);
        var adding = differ.GetDifferences(without, withKeys);

        dropping.Should().AllBeOfType<DropForeignKeyOperation>();
        dropping.Cast<DropForeignKeyOperation>().Select(o => o.Table).Should().BeEquivalentTo(
            [.. TypedTables.SelectMany(t => new[] { t, t }), "versioner_changes", "versioner_changes"]);
        adding.Should().AllBeOfType<AddForeignKeyOperation>().And.HaveCount(OptedOut.Length);
    }

    [GraphFact]
    public async Task Without_foreign_keys_a_whole_workflow_runs_and_verifies_and_tampering_is_still_found()
    {
        var (bulk, repo) = await OpenBulkAsync();
        var ursula = new Author { Name = "Ursula" };
        var sf = new Tag { Label = "sf" };
        var rate = new Rate { Name = "standard", PerHour = 80m };
        await CommitAsync(repo, "people", ursula, sf, rate);
        var dispossessed = new Book { Title = "The Dispossessed", Price = 9.5m, AuthorId = ursula.EternalId, Tags = EternalIdSet.Of(sf.EternalId), Blurb = "Anarres" };
        var first = await CommitAsync(repo, "first", dispossessed);
        await CommitAsync(repo, "appointment", new Appointment { RateVersionId = rate.VersionId, Day = new DateOnly(2026, 1, 2) }, new Revenue { Year = 2025, Amount = 12m }.WithBook(dispossessed));

        dispossessed.Price = 11m;
        var update = await CommitAsync(repo, "reprice", dispossessed);

        // A bulk save: binary COPY on PostgreSQL.
        var many = Enumerable.Range(0, NewRows.CopyThreshold + 5).Select(i => new Book { Title = $"Bulk {i}", Price = i, AuthorId = ursula.EternalId }).ToList();
        var ws = await repo.CheckoutAsync();
        await ws.SaveAllAsync(many);
        repo.Store.RowsCopied.Should().Be(bulk.Database.IsNpgsql() ? 2 * many.Count : 0);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var bulkCommit = await ws.FinalizeAsync("tester", "bulk");

        (await repo.HistoryAsync(dispossessed.EternalId, "main")).Should().HaveCount(2);
        var diff = await repo.DiffAsync(first.Id, update.Id);
        diff.Modified.Should().ContainSingle().Which.EternalId.Should().Be(dispossessed.EternalId);
        (await repo.DiffAsync(update.Id, bulkCommit.Id)).Added.Should().HaveCount(many.Count);
        (await (await repo.SnapshotAsync("main")).Query<Book>().CountAsync()).Should().Be(1 + many.Count);

        // Discarded work: a version saved and removed again in a working commit, and an abandoned merge.
        var draft = await CommitDraftAndRemoveAsync(repo);
        await repo.CreateBranchAsync("topic", "main");
        await CommitAsync(repo, "ours", Edit(await FindAsync(repo, "main", many[0].EternalId), b => b.Title = "Ours"), Edit(await FindAsync(repo, "main", many[1].EternalId), b => b.Title = "Ours too"));
        await CommitOnAsync(repo, "topic", "theirs", Edit(await FindAsync(repo, "topic", many[0].EternalId), b => b.Title = "Theirs"), Edit(await FindAsync(repo, "topic", many[1].EternalId), b => b.Price = 99m));
        var books = await bulk.CountRowsAsync("Books");
        var merging = await repo.CheckoutAsync("main");
        (await merging.MergeAsync("topic")).Status.Should().Be(MergeStatus.Conflicts);
        (await bulk.CountRowsAsync("Books")).Should().BeGreaterThan(books, "the merge wrote working versions");
        await merging.AbortMergeAsync();
        (await bulk.CountRowsAsync("Books")).Should().Be(books, "abandoning the merge deleted them");
        (await merging.StatusAsync()).IsEmpty.Should().BeTrue();
        (await bulk.CountRowsAsync("Books", $"\"Title\" = '{draft}'")).Should().Be(0);

        var report = await repo.VerifyAsync();
        report.Issues.Should().BeEmpty();
        report.Versions.Should().Be(await TypedRowsAsync(bulk));

        // Eternal-id rows, which the foreign keys kept, are kept by a guard of their own (this one is named by typed
        // and change rows only: no declared reference or document points at it).
#pragma warning disable EF1002 // an id made by the test
        var deleteEternalId = () => bulk.Database.ExecuteSqlRawAsync($"DELETE FROM versioner_entities WHERE eternal_id = {Literal(bulk, many[2].EternalId.Value)}");
#pragma warning restore EF1002
        (await deleteEternalId.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain(DatabaseGuards.Message);

        // Behind Versioner's back: a version row of a finalized commit deleted, and one added for an eternal id that
        // does not exist (no foreign key refuses either any more).
        await bulk.DropGuardsAsync();
        var gone = many[5].VersionId;
        var intruder = VersionId.New();
        SkipPlaceInvariant("adds a version row without a change row (for an eternal id that does not exist) behind Versioner's back");
#pragma warning disable EF1002 // ids made by the test
        await bulk.Database.ExecuteSqlRawAsync($"DELETE FROM \"Books\" WHERE \"VersionId\" = {Literal(bulk, gone.Value)}");
        await bulk.Database.ExecuteSqlRawAsync(
            $"INSERT INTO \"Authors\" (\"VersionId\", \"EternalId\", \"CommitId\", \"Name\", versioner_segment, versioner_depth) VALUES ({Literal(bulk, intruder.Value)}, {Literal(bulk, Guid.NewGuid())}, {Literal(bulk, bulkCommit.Id.Value)}, 'Intruder', 0, 0)");
#pragma warning restore EF1002

        report = await repo.VerifyAsync();

        // The intruder is a version row of the bulk commit, which its manifest does not list; its eternal id has no
        // row recording its type.
        report.Issues.Select(i => (i.Kind, i.VersionId)).Should().BeEquivalentTo([
            (VerifyIssueKind.MissingRow, (VersionId?)gone),
            (VerifyIssueKind.UnlistedVersion, (VersionId?)intruder),
            (VerifyIssueKind.EntityRowMismatch, (VersionId?)null),
        ]);
    }

    [GraphFact]
    public async Task Without_foreign_keys_rows_naming_a_commit_that_does_not_exist_are_found()
    {
        var (bulk, repo) = await OpenBulkAsync();
        var ws = await repo.CheckoutAsync();
        var author = new Author { Name = "Ursula" };
        await ws.SaveAsync(author);
        await ws.FinalizeAsync("ada", "first");
        var ghost = Guid.NewGuid();
        var (typed, change) = (VersionId.New(), VersionId.New());
        SkipPlaceInvariant("adds rows naming a commit that does not exist behind Versioner's back");
        await bulk.DropGuardsAsync();
#pragma warning disable EF1002 // ids made by the test
        await bulk.Database.ExecuteSqlRawAsync(
            $"INSERT INTO \"Authors\" (\"VersionId\", \"EternalId\", \"CommitId\", \"Name\", versioner_segment, versioner_depth) VALUES ({Literal(bulk, typed.Value)}, {Literal(bulk, author.EternalId.Value)}, {Literal(bulk, ghost)}, 'Ghost', 0, 0)");
        await bulk.Database.ExecuteSqlRawAsync(
            $"INSERT INTO versioner_changes (commit_id, eternal_id, entity_type, version_id, adopted, version_checksum, segment, depth) VALUES ({Literal(bulk, ghost)}, {Literal(bulk, author.EternalId.Value)}, 'Author', {Literal(bulk, change.Value)}, {(bulk.Database.IsNpgsql() ? "false" : "0")}, NULL, 0, 0)");
#pragma warning restore EF1002

        var report = await repo.VerifyAsync();

        report.Issues.Select(i => (i.Kind, i.CommitId, i.VersionId)).Should().BeEquivalentTo([
            (VerifyIssueKind.DanglingRow, (CommitId?)new CommitId(ghost), (VersionId?)typed),
            (VerifyIssueKind.DanglingRow, (CommitId?)new CommitId(ghost), (VersionId?)change),
        ]);
        (await (await repo.SnapshotAsync("main")).FindAsync<Author>(author.EternalId))!.Name.Should().Be("Ursula", "reads never see rows of a commit that does not exist");
    }

    [GraphFact]
    public async Task Without_foreign_keys_push_pull_redaction_and_retention_work_and_verify()
    {
        var (bulk, repo) = await OpenBulkAsync();
        var book = new Book { Title = "Classified plan", Price = 1m };
        var leaked = (await CommitAsync(repo, "leak", book)).Id;
        var leakedVersion = book.VersionId;
        book.Title = "Public plan";
        await CommitAsync(repo, "fix", book);

        // Into the default model's database (with the foreign keys) and back: the same history either way.
        await repo.PushAsync(Repo, "main");
        (await repo.CompareAsync(Repo)).IsIdentical.Should().BeTrue();
        await CommitOnAsync(Repo, "main", "elsewhere", new Author { Name = "Ada" });
        await repo.PullAsync(Repo, "main");
        (await repo.CompareAsync(Repo)).IsIdentical.Should().BeTrue();

        // Maintenance rewrites and deletes version rows of finalized commits.
        var redaction = await repo.RedactAsync(new RedactionRequest { Versions = [leakedVersion], Fields = ["Title"], Author = "sec", Reason = "INC-1" });
        redaction.Versions.Should().ContainSingle();
        Clock.Advance(TimeSpan.FromDays(60));
        book.Price = 2m;
        await CommitAsync(repo, "reprice", book);
        var pruned = await repo.ApplyRetentionAsync(new RetentionPolicy { Name = "30 days", NoncurrentFor = TimeSpan.FromDays(30) });

        pruned.Versions.Should().BeGreaterThan(0);
        (await bulk.CountRowsAsync("Books", $"\"VersionId\" = {Literal(bulk, leakedVersion.Value)}")).Should().Be(0);
        var report = await repo.VerifyAsync();
        report.Issues.Should().BeEmpty();
        report.Pruned.Should().Be(pruned.Versions);
        (await repo.LogAsync("main")).Select(c => c.Id).Should().Contain(leaked);
    }

    private static Book Edit(Book book, Action<Book> change)
    {
        change(book);
        return book;
    }

    private static async Task<Book> FindAsync(Repository repo, string branch, EternalId id) =>
        (await (await repo.SnapshotAsync(branch)).FindAsync<Book>(id))!;

    /// <summary>Saves a new book in a working commit, removes it again (its row is deleted), and finalizes something else.</summary>
    private async Task<string> CommitDraftAndRemoveAsync(Repository repo)
    {
        const string title = "Draft, removed before finalize";
        var ws = await repo.CheckoutAsync();
        var draft = await ws.SaveAsync(new Book { Title = title });
        await ws.RemoveAsync(draft);
        await ws.SaveAsync(new Tag { Label = "kept" });
        Clock.Advance(TimeSpan.FromMinutes(1));
        await ws.FinalizeAsync("tester", "draft dropped");
        return title;
    }

    private Task<Commit> CommitAsync(Repository repo, string message, params Versioned[] entities) => CommitOnAsync(repo, "main", message, entities);

    private async Task<Commit> CommitOnAsync(Repository repo, string branch, string message, params Versioned[] entities)
    {
        var ws = await repo.CheckoutAsync(branch);
        foreach (var entity in entities)
        {
            await SaveAnyAsync(ws, entity);
        }

        Clock.Advance(TimeSpan.FromMinutes(1));
        return await ws.FinalizeAsync("tester", message);
    }

    /// <summary>A GUID as the provider stores it in a text literal (SQLite: upper-case text, PostgreSQL: uuid).</summary>
    private static string Literal(DbContext db, Guid id) => db.IdLiteral(id);

    private static async Task<long> TypedRowsAsync(DbContext db)
    {
        long total = 0;
        foreach (var table in TypedTables)
        {
            total += await db.CountRowsAsync(table);
        }

        return total;
    }

    /// <summary>Every foreign key of the database's own tables, read from the catalog: "table.column -> referenced table".</summary>
    private static Task<List<string>> ForeignKeysAsync(DbContext db) => db.Database.SqlQueryRaw<string>(db.Database.IsNpgsql()
        ? """
          SELECT c.relname || '.' || a.attname || ' -> ' || r.relname AS "Value"
          FROM pg_constraint k
          JOIN pg_class c ON c.oid = k.conrelid
          JOIN pg_class r ON r.oid = k.confrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
          WHERE k.contype = 'f' AND n.nspname = current_schema()
          """
        : """
          SELECT m.name || '.' || f."from" || ' -> ' || f."table" AS "Value"
          FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
          WHERE m.type = 'table'
          """).ToListAsync();

    /// <summary>Every index with its table and columns, read from the catalog.</summary>
    private static Task<List<string>> IndexesAsync(DbContext db) => db.Database.SqlQueryRaw<string>(db.Database.IsNpgsql()
        ? "SELECT indexdef AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema()"
        : """
          SELECT m.tbl_name || ':' || m.name || '(' || (SELECT group_concat(i.name, ',') FROM pragma_index_info(m.name) i) || ')' AS "Value"
          FROM sqlite_master m WHERE m.type = 'index'
          """).ToListAsync();

    /// <summary>Every trigger a user could see or drop (not PostgreSQL's internal ones, which implement foreign keys).</summary>
    private static Task<List<string>> TriggersAsync(DbContext db) => db.Database.SqlQueryRaw<string>(db.Database.IsNpgsql()
        ? "SELECT c.relname || ':' || t.tgname AS \"Value\" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"
        : "SELECT tbl_name || ':' || name AS \"Value\" FROM sqlite_master WHERE type = 'trigger'").ToListAsync();
}

public sealed class ForeignKeyOptOutTests_Sqlite : ForeignKeyOptOutTests<SqliteProvider>;
