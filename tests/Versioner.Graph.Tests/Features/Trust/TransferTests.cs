using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class TransferTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    /// <summary>A history with every kind of value a database could get wrong.</summary>
    protected async Task<Book> RichHistoryAsync()
    {
        var sf = new Tag { Label = "science fiction" };
        var author = new Author { Name = "Ursula K. Le Guin — 𝔘𝔯𝔰𝔲𝔩𝔞" };
        await CommitAsync("people", author, sf, new Rate { Name = "standard", PerHour = 123.4500m });
        var book = new Book
        {
            Title = "The Dispossessed: ünïcödé, emoji 🚀, CJK 一二三",
            Price = 79228162514264337593543950335m,
            AuthorId = author.EternalId,
            Tags = EternalIdSet.Of(sf.EternalId),
            Blurb = new string('ä', 20_000),
            PublishedAt = new DateTimeOffset(1974, 5, 1, 13, 14, 15, TimeSpan.FromHours(-7)).AddTicks(1234567),
            Rating = 0.1,
        };
        await CommitAsync("book", book, new Book { Title = "Nulls", Price = -0.000001m });
        var ws = await Repo.CheckoutAsync();
        await ws.SaveDocumentAsync("Invoice", default, System.Text.Json.JsonDocument.Parse("""{"total": 12.50, "lines": [{"sku": "a", "qty": 2}], "note": null}""").RootElement);
        book.Price = 0m;
        await ws.SaveAsync(book);
        await ws.FinalizeAsync("ada", "third");
        return book;
    }

    [GraphFact]
    public async Task Pushing_to_an_empty_database_copies_the_history_with_identical_checksums()
    {
        var book = await RichHistoryAsync();
        var (_, target) = await OpenOtherDatabaseAsync<TProvider>();

        var result = await Repo.PushAsync(target, "main");

        result.Commits.Should().Be(3);
        result.Versions.Should().Be(7);
        (await Repo.CompareAsync(target)).IsIdentical.Should().BeTrue();
        (await target.VerifyAsync()).IsValid.Should().BeTrue();
        var copied = await (await target.SnapshotAsync("main")).FindAsync<Book>(book.EternalId);
        copied!.Blurb!.Value.Should().HaveLength(20_000);
        copied.Tags.Should().HaveCount(1);
    }

    [GraphFact]
    public async Task A_second_push_copies_only_what_is_new()
    {
        await RichHistoryAsync();
        var (_, target) = await OpenOtherDatabaseAsync<TProvider>();
        await Repo.PushAsync(target, "main");
        await CommitAsync("later", new Author { Name = "new" });

        var result = await Repo.PushAsync(target, "main");

        result.Commits.Should().Be(1);
        result.Forced.Should().BeFalse();
        (await Repo.CompareAsync(target)).IsIdentical.Should().BeTrue();
    }

    [GraphFact]
    public async Task A_non_fast_forward_is_refused_unless_forced()
    {
        await CommitAsync("shared", new Author { Name = "a" });
        var (_, target) = await OpenOtherDatabaseAsync<TProvider>();
        await Repo.PushAsync(target, "main");
        var ws = await target.CheckoutAsync("main");
        await ws.SaveAsync(new Author { Name = "only in target" });
        var theirs = await ws.FinalizeAsync("bob", "target moved on");
        await CommitAsync("mine", new Author { Name = "b" });

        var act = () => Repo.PushAsync(target, "main");

        (await act.Should().ThrowAsync<NonFastForwardException>()).Which.TargetHead.Should().Be(theirs.Id);
        (await target.FindCommitAsync("main")).Id.Should().Be(theirs.Id);
        var forced = await Repo.PushAsync(target, "main", force: true);
        forced.Forced.Should().BeTrue();
        (await target.FindCommitAsync("main")).Id.Should().Be((await Repo.FindCommitAsync("main")).Id);
    }

    [GraphFact]
    public async Task A_transfer_that_fails_midway_leaves_the_target_as_it_was()
    {
        await RichHistoryAsync();
        var (targetDb, target) = await OpenOtherDatabaseAsync<TProvider>();
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("""UPDATE "Authors" SET "Name" = 'tampered'""");

        var act = () => Repo.PushAsync(target, "main");

        await act.Should().ThrowAsync<TransferVerificationException>();
        (await targetDb.CountRowsAsync("versioner_commits")).Should().Be(0);
        (await targetDb.CountRowsAsync("Authors")).Should().Be(0);
        (await target.BranchesAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task Pull_brings_a_branch_with_merges()
    {
        await CommitAsync("base", new Author { Name = "a" });
        await Repo.CreateBranchAsync("topic", "main");
        await CommitOnAsync("topic", "t", new Author { Name = "t" });
        await CommitAsync("m", new Author { Name = "m" });
        await (await Repo.CheckoutAsync("main")).MergeAsync("topic");
        var (_, target) = await OpenOtherDatabaseAsync<TProvider>();

        var result = await target.PullAsync(Repo, "main");

        result.Commits.Should().Be(4);
        (await target.LogAsync("main", new LogOptions { FirstParentOnly = false })).Should().HaveCount(4);
        (await (await target.SnapshotAsync("main")).Query<Author>().CountAsync()).Should().Be(3);
        (await target.VerifyAsync()).IsValid.Should().BeTrue();
    }

    [GraphFact]
    public async Task Tags_on_the_transferred_history_travel_with_it_so_the_databases_compare_identical()
    {
        var first = await CommitAsync("first", new Author { Name = "a" });
        await Repo.CreateTagAsync("v1", first.Id);
        await CommitAsync("second", new Author { Name = "b" });
        await Repo.CreateTagAsync("v2", "main");
        var (_, target) = await OpenOtherDatabaseAsync<TProvider>();

        var pushed = await Repo.PushAsync(target, "main");

        pushed.Tags.Select(t => t.Name).Should().Equal("v1", "v2");
        (await target.TagsAsync()).Should().Equal(await Repo.TagsAsync());
        (await Repo.CompareAsync(target)).IsIdentical.Should().BeTrue();
        var ws = await target.CheckoutAsync("main");
        await ws.SaveAsync(new Author { Name = "c" });
        await ws.FinalizeAsync("bob", "third");
        await target.CreateTagAsync("v3", "main");

        var pulled = await Repo.PullAsync(target, "main");

        pulled.Tags.Should().Equal(new CommitTag("v3", (await target.FindCommitAsync("main")).Id));
        (await Repo.CompareAsync(target)).IsIdentical.Should().BeTrue();
    }

    [GraphFact]
    public async Task A_tag_the_target_has_on_another_commit_is_refused_unless_forced()
    {
        var first = await CommitAsync("first", new Author { Name = "a" });
        var (_, target) = await OpenOtherDatabaseAsync<TProvider>();
        await Repo.PushAsync(target, "main");
        await target.CreateTagAsync("release", first.Id);
        var second = await CommitAsync("second", new Author { Name = "b" });
        await Repo.CreateTagAsync("release", second.Id);

        var act = () => Repo.PushAsync(target, "main");

        (await act.Should().ThrowAsync<TagConflictException>()).Which.TargetCommit.Should().Be(first.Id);
        (await target.FindCommitAsync("main")).Id.Should().Be(first.Id, "nothing was copied");
        var forced = await Repo.PushAsync(target, "main", force: true);
        forced.Tags.Should().Equal(new CommitTag("release", second.Id));
        (await target.TagsAsync()).Should().Equal(new CommitTag("release", second.Id));
    }

    /// <summary>The same entities saved with the same chosen ids, authors, messages and clock, as two commits.</summary>
    protected static async Task<Commit> BuildWithChosenIdsAsync(Repository repo, EternalId author, VersionId first, VersionId second)
    {
        var ws = await repo.CheckoutAsync();
        await ws.SaveAsync(new Author { EternalId = author, Name = "Le Guin" }, first);
        await ws.FinalizeAsync("ada", "first");
        await ws.SaveAsync(new Author { EternalId = author, Name = "Ursula K. Le Guin" }, second);
        return await ws.FinalizeAsync("ada", "second");
    }

    [GraphFact]
    public async Task Two_databases_that_save_with_chosen_version_ids_build_the_same_checksums_without_a_transfer()
    {
        var (_, other) = await OpenOtherDatabaseAsync<TProvider>();
        var (author, first, second) = (EternalId.New(), VersionId.New(), VersionId.New());

        var here = await BuildWithChosenIdsAsync(Repo, author, first, second);
        var there = await BuildWithChosenIdsAsync(other, author, first, second);

        there.Checksum.Should().Be(here.Checksum);
        there.Id.Should().NotBe(here.Id, "commit ids are each database's own");
        (await (await other.SnapshotAsync("main")).FindAsync<Author>(author))!.VersionId.Should().Be(second);
    }

    [GraphFact]
    public async Task A_chosen_version_id_that_is_taken_is_refused_before_anything_is_written()
    {
        var ws = await Repo.CheckoutAsync();
        var taken = VersionId.New();
        await ws.SaveAsync(new Author { Name = "a" }, taken);
        await ws.FinalizeAsync("ada", "a");

        var act = () => ws.SaveAsync(new Author { Name = "b" }, taken);

        (await act.Should().ThrowAsync<DuplicateVersionIdException>()).Which.VersionId.Should().Be(taken);
        (await ws.StatusAsync()).Added.Should().BeEmpty();
        (await Db.CountRowsAsync("Authors")).Should().Be(1);
    }
}

public sealed class TransferTests_Sqlite : TransferTests<SqliteProvider>;

public sealed class TransferTests_Postgres : TransferTests<PostgresProvider>
{
    [GraphFact]
    public async Task A_large_push_refreshes_the_planner_statistics_of_the_tables_it_wrote()
    {
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAllAsync(Enumerable.Range(0, 5_000).Select(i => new Author { Name = $"author {i}" }).ToArray());
        await ws.FinalizeAsync("ada", "many");
        var (small, smallRepo) = await OpenOtherDatabaseAsync<PostgresProvider>();
        var (large, largeRepo) = await OpenOtherDatabaseAsync<PostgresProvider>();
        await Repo.PushAsync(smallRepo, "main");
        await ws.SaveAllAsync(Enumerable.Range(0, 5_000).Select(i => new Author { Name = $"later {i}" }).ToArray());
        await ws.FinalizeAsync("ada", "more");

        var result = await Repo.PushAsync(largeRepo, "main");

        result.Versions.Should().BeGreaterThanOrEqualTo(10_000);
        (await AnalyzedAsync(large, "versioner_changes")).Should().BeTrue();
        (await AnalyzedAsync(large, "Authors")).Should().BeTrue();
        (await AnalyzedAsync(small, "versioner_changes")).Should().BeFalse("a push of 5,000 versions leaves statistics to autovacuum");
        (await largeRepo.VerifyAsync()).IsValid.Should().BeTrue();
    }

    private static async Task<bool> AnalyzedAsync(DbContext db, string table) =>
        await db.Database.SqlQueryRaw<DateTimeOffset?>("SELECT last_analyze AS \"Value\" FROM pg_stat_user_tables WHERE relname = {0}", table).SingleAsync() is not null;

    [GraphFact]
    public async Task SQLite_and_PostgreSQL_that_save_with_chosen_version_ids_build_the_same_checksums()
    {
        var (_, sqlite) = await OpenOtherDatabaseAsync<SqliteProvider>();
        var (author, first, second) = (EternalId.New(), VersionId.New(), VersionId.New());

        var here = await BuildWithChosenIdsAsync(Repo, author, first, second);
        var there = await BuildWithChosenIdsAsync(sqlite, author, first, second);

        there.Checksum.Should().Be(here.Checksum);
    }

    [GraphFact]
    public async Task The_same_history_in_SQLite_and_PostgreSQL_has_identical_checksums()
    {
        var book = await RichHistoryAsync();
        var (_, sqlite) = await OpenOtherDatabaseAsync<SqliteProvider>();

        await Repo.PushAsync(sqlite, "main");

        (await Repo.CompareAsync(sqlite)).IsIdentical.Should().BeTrue();
        (await sqlite.VerifyAsync()).IsValid.Should().BeTrue();
        (await Repo.VerifyAsync()).IsValid.Should().BeTrue();
        var there = await (await sqlite.SnapshotAsync("main")).FindContentAsync(book.EternalId);
        var here = await (await Repo.SnapshotAsync("main")).FindContentAsync(book.EternalId);
        there!.ComputeChecksum().Should().Be(here!.ComputeChecksum());
    }
}
