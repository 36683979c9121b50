using Microsoft.EntityFrameworkCore;
using Versioner.Internal;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Large saves: on PostgreSQL they go through binary COPY (<see cref="NewRows.CopyThreshold"/> versions or more),
/// elsewhere through prepared statements; either way with the same rows, checksums and all-or-nothing semantics.
/// </summary>
public abstract class BulkWriteTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private const int Big = NewRows.CopyThreshold + 50;

    private bool CopiesInBulk => Db.Database.IsNpgsql();

    /// <summary>Books with every kind of value a bulk path could store differently from the statement path.</summary>
    private static List<Book> RichBooks(int count, EternalId[]? eternalIds = null) =>
        Enumerable.Range(0, count).Select(i => new Book
        {
            EternalId = eternalIds?[i] ?? default,
            Title = $"Book {i}: ünïcödé 🚀 一二三",
            Price = i % 3 == 0 ? 79228162514264337593543950335m : -0.000001m * (i + 1),
            Tags = i % 2 == 0 ? EternalIdSet.Empty : EternalIdSet.Of(new EternalId(new Guid(i, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10))),
            Blurb = i % 5 == 0 ? new string('ä', 3_000 + i) : null,
            PublishedAt = i % 4 == 0 ? null : new DateTimeOffset(1974, 5, 1, 13, 14, 15, TimeSpan.FromHours(-7)).AddTicks(1234567 + i),
            Rating = i % 2 == 0 ? null : 0.1 * i,
        }).ToList();

    [GraphFact]
    public async Task A_big_save_stores_every_version_with_the_checksum_of_its_stored_row()
    {
        var books = RichBooks(Big);
        var ws = await Repo.CheckoutAsync();

        await ws.SaveAllAsync(books);

        Repo.Store.RowsCopied.Should().Be(CopiesInBulk ? TablesCopied * Big : 0, "entities, versions and change rows (when own change rows are written) are each copied once on PostgreSQL");
        (await Db.CountRowsAsync("Books")).Should().Be(Big);
        (await ws.StatusAsync()).Added.Should().HaveCount(Big);
        var commit = await ws.FinalizeAsync("ada", "bulk");
        var report = await Repo.VerifyAsync();
        report.Issues.Should().BeEmpty();
        report.Versions.Should().Be(Big);
        var snapshot = await Repo.SnapshotAsync(commit.Id);
        var stored = await snapshot.FindAsync<Book>(books[1].EternalId);
        stored!.PublishedAt.Should().Be(new DateTimeOffset(1974, 5, 1, 20, 14, 15, TimeSpan.Zero).AddTicks(1234560), "instants are stored as whole microseconds in UTC");
        stored.Price.Should().Be(-0.000002m);
        stored.Tags.Should().Equal(books[1].Tags);
        (await snapshot.Query<Book>().CountAsync()).Should().Be(Big);
    }

    [GraphFact]
    public async Task A_big_save_records_the_same_checksums_as_saving_one_by_one()
    {
        var eternalIds = Enumerable.Range(0, Big).Select(_ => EternalId.New()).ToArray();
        var versionIds = Enumerable.Range(0, Big).Select(_ => VersionId.New()).ToArray();
        var (otherDb, other) = await OpenOtherDatabaseAsync<TProvider>();

        // The same rows, with the same ids, written in one batch here and one version per save in the other database.
        var bulk = await SaveWithIdsAsync(Repo, RichBooks(Big, eternalIds), versionIds, batch: Big);
        var single = await SaveWithIdsAsync(other, RichBooks(Big, eternalIds), versionIds, batch: 1);

        Repo.Store.RowsCopied.Should().Be(CopiesInBulk ? TablesCopied * Big : 0);
        other.Store.RowsCopied.Should().Be(0);
        bulk.Checksum.Should().Be(single.Checksum, "the commit checksum covers every version checksum");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
        (await other.VerifyAsync()).Issues.Should().BeEmpty();
        (await otherDb.CountRowsAsync("versioner_pointers")).Should().Be(await Db.CountRowsAsync("versioner_pointers"));
    }

    [GraphFact]
    public async Task A_working_version_is_edited_in_place_within_a_big_save()
    {
        var ws = await Repo.CheckoutAsync();
        var early = await ws.SaveAsync(new Book { Title = "draft" });
        var draftVersion = early.VersionId;
        var twice = EternalId.New();
        var books = RichBooks(Big);
        early.Title = "final";
        books.Insert(Big / 2, early);
        books.Add(new Book { EternalId = twice, Title = "first of two" });
        books.Add(new Book { EternalId = twice, Title = "second of two" });

        await ws.SaveAllAsync(books);

        early.VersionId.Should().Be(draftVersion, "a version of the working commit is edited, not copied");
        books[^1].VersionId.Should().Be(books[^2].VersionId, "the second save of an entity in one batch edits the first");
        (await Db.CountRowsAsync("Books")).Should().Be(Big + 2);
        (await Repo.CountChangeRowsAsync()).Should().Be(Big + 2);
        var working = await ws.SnapshotAsync();
        (await working.FindAsync<Book>(early.EternalId))!.Title.Should().Be("final");
        (await working.FindAsync<Book>(twice))!.Title.Should().Be("second of two");
        await ws.FinalizeAsync("ada", "bulk with edits");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty("the edited rows' checksums were recomputed");
    }

    [GraphFact]
    public async Task An_entity_saved_twice_across_chunks_of_a_big_save_is_edited_in_place()
    {
        Repo.Store.BulkChunkSize = 10;
        var twice = EternalId.New();
        var books = RichBooks(Big);
        books.Insert(3, new Book { EternalId = twice, Title = "early in the first chunk" });
        books.Insert(55, new Book { EternalId = twice, Title = "several chunks later" });
        var ws = await Repo.CheckoutAsync();

        await ws.SaveAllAsync(books);

        books[55].VersionId.Should().Be(books[3].VersionId, "the first version was already written, and is edited in place");
        Repo.Store.RowsCopied.Should().Be(CopiesInBulk ? TablesCopied * (Big + 1) : 0);
        (await Db.CountRowsAsync("Books")).Should().Be(Big + 1);
        (await (await ws.SnapshotAsync()).FindAsync<Book>(twice))!.Title.Should().Be("several chunks later");
        await ws.FinalizeAsync("ada", "chunked");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty("the edited row was re-hashed");
    }

    [GraphFact]
    public async Task A_big_save_of_new_versions_of_finalized_entities_copies_them()
    {
        var books = RichBooks(Big);
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAllAsync(books);
        var first = await ws.FinalizeAsync("ada", "first");
        var firstVersions = books.Select(b => b.VersionId).ToArray();
        foreach (var book in books)
        {
            book.Title += " (rev)";
        }

        await ws.SaveAllAsync(books);
        await ws.FinalizeAsync("ada", "second");

        books.Select(b => b.VersionId).Should().NotIntersectWith(firstVersions, "finalized versions are copied on write");
        (await Db.CountRowsAsync("Books")).Should().Be(2 * Big);
        (await Db.CountRowsAsync("versioner_entities")).Should().Be(Big);
        (await (await Repo.SnapshotAsync(first.Id)).FindAsync<Book>(books[0].EternalId))!.Title.Should().Be("Book 0: ünïcödé 🚀 一二三");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_big_save_that_fails_midway_leaves_the_store_as_it_was()
    {
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Book { Title = "kept" });
        await PoisonAsync();
        var counts = await CountsAsync();
        var books = RichBooks(Big);
        books[Big / 2].Title = "poison";

        var act = () => ws.SaveAllAsync(books);

        (await act.Should().ThrowAsync<DatabaseException>().WithMessage("*poisoned row*")).Which.InnerException.Should().BeAssignableTo<System.Data.Common.DbException>();
        (await CountsAsync()).Should().Equal(counts);
        (await ws.StatusAsync()).Added.Should().ContainSingle();
        books[Big / 2].Title = "cured";
        await ws.SaveAllAsync(books);
        await ws.FinalizeAsync("ada", "after the failure");
        (await Repo.VerifyAsync()).Versions.Should().Be(Big + 1);
    }

    [GraphFact(AlsoNeeds = typeof(PostgresProvider))]
    public async Task A_history_saved_in_bulk_pushes_to_the_other_engine_with_identical_checksums()
    {
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAllAsync(RichBooks(Big));
        await ws.FinalizeAsync("ada", "bulk");
        var (_, other) = Db.Database.IsNpgsql() ? await OpenOtherDatabaseAsync<SqliteProvider>() : await OpenOtherDatabaseAsync<PostgresProvider>();

        await Repo.PushAsync(other, "main");

        (await Repo.CompareAsync(other)).IsIdentical.Should().BeTrue();
        (await other.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_large_commit_keeps_its_private_segment_and_reads_as_any_other()
    {
        Repo.Store.PrivateSegmentFrom = 10;
        var first = await CommitAsync("small", new Book { Title = "one" }, new Book { Title = "two" });
        var books = RichBooks(12);
        // Another workspace holds the slot after `first` while this one writes, so this one's rows go to a private
        // segment; the slot is free again by its finalize, which keeps them there rather than move 12 rows.
        var holder = await Repo.CheckoutAsync();
        await holder.SaveAsync(new Book { Title = "held" });
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAllAsync(books);
        await holder.DiscardAsync();
        var large = await ws.FinalizeAsync("ada", "large");
        books[3].Title = "edited after";
        await ws.SaveAsync(books[3]);
        var after = await ws.FinalizeAsync("ada", "after");

        var rows = new[] { first, large, after }.Select(c => Repo.Store.GetCommitRowAsync(c.Id, default).Result).ToArray();
        rows[1].Segment.Should().NotBe(rows[0].Segment, "12 change rows reach the threshold of 10: the commit stays in its own segment");
        rows[1].Depth.Should().Be(1);
        rows[2].Segment.Should().Be(rows[1].Segment, "the next commit continues the large commit's segment");
        (await Repo.CountChangeRowsAsync($"segment = {rows[1].Segment} AND depth = 1")).Should().Be(12);
        (await (await Repo.SnapshotAsync(first.Id)).Query<Book>().CountAsync()).Should().Be(2);
        (await (await Repo.SnapshotAsync(large.Id)).Query<Book>().CountAsync()).Should().Be(14);
        var head = await Repo.SnapshotAsync("main");
        (await head.Query<Book>().CountAsync()).Should().Be(14);
        (await head.FindAsync<Book>(books[3].EternalId))!.Title.Should().Be("edited after");
        (await Repo.HistoryAsync(books[3].EternalId, "main")).Should().HaveCount(2);
        (await Repo.LogAsync("main")).Select(c => c.Id).Should().Equal(after.Id, large.Id, first.Id);
        (await Repo.IsAncestorAsync(first.Id, after.Id)).Should().BeTrue();
        (await Repo.DiffAsync(first.Id, after.Id)).Added.Should().HaveCount(12);
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    private static async Task<Commit> SaveWithIdsAsync(Repository repo, List<Book> books, VersionId[] versionIds, int batch)
    {
        var store = repo.Store;
        var type = store.Model.Get(typeof(Book));
        var ws = await repo.CheckoutAsync();
        await ws.EnsureWrittenAsync(default);
        var working = await store.GetCommitRowAsync(ws.Id, default);
        var pending = books.Select((book, i) =>
        {
            var plain = Staging.Pending(type, book);
            return new PendingVersion { EternalId = plain.EternalId, Columns = plain.Columns, Content = plain.Content, Pointers = plain.Pointers, Assign = plain.Assign, RequestedVersionId = versionIds[i] };
        }).ToArray();
        foreach (var chunk in pending.Chunk(batch))
        {
            await store.InTransactionAsync(async () =>
            {
                await VersionWriter.WriteAsync(store, working, VersionTable.For(type, store.Map), chunk, default);
                return true;
            }, default);
        }

        return await ws.FinalizeAsync("ada", "same rows");
    }

    private async Task PoisonAsync()
    {
        if (Db.Database.IsNpgsql())
        {
            await Db.Database.ExecuteSqlRawAsync("""
                CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW."Title" = 'poison' THEN RAISE EXCEPTION 'poisoned row'; END IF; RETURN NEW; END $$;
                CREATE TRIGGER poison BEFORE INSERT ON "Books" FOR EACH ROW EXECUTE FUNCTION poison();
                """);
        }
        else
        {
            await Db.Database.ExecuteSqlRawAsync("""CREATE TRIGGER poison BEFORE INSERT ON "Books" WHEN NEW."Title" = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END""");
        }
    }

    /// <summary>The tables a new version's rows are copied into: entities and versions (a version's row is its only record).</summary>
    private const int TablesCopied = 2;

    private async Task<int[]> CountsAsync() =>
    [
        await Db.CountRowsAsync("Books"),
        await Db.CountRowsAsync("versioner_entities"),
        await Repo.CountChangeRowsAsync(),
        await Db.CountRowsAsync("versioner_pointers"),
        await Db.CountRowsAsync("versioner_pointer_members"),
    ];
}

public sealed class BulkWriteTests_Sqlite : BulkWriteTests<SqliteProvider>;
