using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Rows changed behind Versioner's back by someone who can lift the guards (the tables' owner, anyone who can write the
/// SQLite file), in the columns no checksum covers: Verify names the row, and reads in another process (a copy of the
/// database, so no commit graph is cached) fail with <see cref="HistoryDamagedException"/> instead of an unrelated
/// exception or a hang.
/// </summary>
public abstract class TamperingTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    protected Author Ursula { get; private set; } = null!;
    private Tag _sf = null!;
    private Commit _first = null!;
    private Commit _second = null!;
    private Commit _third = null!;
    private Commit _onTopic = null!;

    /// <summary>first (Ursula, a tag) - second (a book) - third (a document) on main; "on topic" forked from second.</summary>
    protected async Task HistoryAsync()
    {
        _sf = new Tag { Label = "sf" };
        Ursula = new Author { Name = "Ursula" };
        _first = await CommitAsync("first", Ursula, _sf);
        _second = await CommitAsync("second", new Book { Title = "The Dispossessed", Price = 9.5m, AuthorId = Ursula.EternalId, Tags = EternalIdSet.Of(_sf.EternalId) });
        var ws = await Repo.CheckoutAsync();
        await ws.SaveDocumentAsync("Invoice", default, System.Text.Json.JsonDocument.Parse("""{"total": 12.50}""").RootElement);
        Clock.Advance(TimeSpan.FromMinutes(1));
        _third = await ws.FinalizeAsync("ada", "third");
        await Repo.CreateBranchAsync("topic", _second);
        _onTopic = await CommitOnAsync("topic", "on topic", new Author { Name = "Le Guin" });
    }

    /// <summary>Another process's view: a copy of the database, whose commit graph nothing has cached yet.</summary>
    private async Task<Repository> ElsewhereAsync() => (await CloneAsync()).Repo;

    [GraphFact]
    public async Task A_version_row_moved_to_a_working_commit_is_found()
    {
        // The guards protect the rows of finalized commits: moved under a working commit, the row could then be changed
        // by any writer, or discarded with the workspace, while finalized history still lists it.
        await HistoryAsync();
        var draft = await Repo.CheckoutAsync();
        await draft.SaveAsync(new Author { Name = "Draft" });
        SkipPlaceInvariant("moves a version row to another commit behind Versioner's back");
#pragma warning disable EF1002 // an id made by the test
        await Db.TamperAsync($"""UPDATE "Tags" SET "CommitId" = {Db.IdLiteral(draft.Id.Value)}""");
#pragma warning restore EF1002

        var report = await Repo.VerifyAsync();

        var issue = report.Issues.Should().ContainSingle().Subject;
        issue.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.VersionOwnerMismatch && i.CommitId == _first.Id && i.VersionId == _sf.VersionId && i.EntityType == "Tag");
        issue.Actual.Should().Be($"version row of working commit {draft.Id}");
    }

    [GraphFact]
    public async Task A_change_row_whose_adopted_flag_was_flipped_is_found()
    {
        // A push copies the version rows a commit made and not those it adopted: a flipped flag would leave a version
        // behind or copy it twice, and no checksum covers it.
        await HistoryAsync();
        var merge = (await (await Repo.CheckoutAsync("main")).MergeAsync("topic", new MergeOptions { FastForward = FastForwardMode.Never, Author = "ada" })).Commit!;
        var leGuin = (await Repo.DiffAsync(_third.Id, merge.Id)).Single().NewVersion!;
        // The merge's adoption rows flipped to say it made the versions, and a row saying the first commit adopted the
        // version it made (its version row, the only record of its own change, cannot say otherwise).
        SkipPlaceInvariant("flips change rows' adopted flag behind Versioner's back");
#pragma warning disable EF1002 // ids made by the test
        await Db.TamperAsync($"UPDATE versioner_changes SET adopted = NOT adopted WHERE commit_id = {Db.IdLiteral(merge.Id.Value)}");
        await Db.TamperAsync($"INSERT INTO versioner_changes (commit_id, eternal_id, entity_type, version_id, adopted, version_checksum, segment, depth) SELECT \"CommitId\", \"EternalId\", 'Tag', \"VersionId\", {(Db.Database.IsNpgsql() ? "TRUE" : "1")}, versioner_checksum, versioner_segment, versioner_depth FROM \"Tags\" WHERE \"VersionId\" = {Db.IdLiteral(_sf.VersionId.Value)}");
#pragma warning restore EF1002

        var report = await Repo.VerifyAsync();

        report.Issues.Should().OnlyContain(i => i.Kind == VerifyIssueKind.AdoptionMismatch).And.HaveCount(2);
        report.Issues.Should().ContainSingle(i => i.CommitId == merge.Id && i.VersionId == leGuin.VersionId)
            .Which.Should().Match<VerifyIssue>(i => i.Expected == $"adopted from commit {_onTopic.Id} (adopted true)" && i.Actual == "adopted false");
        report.Issues.Should().ContainSingle(i => i.CommitId == _first.Id && i.VersionId == _sf.VersionId)
            .Which.Should().Match<VerifyIssue>(i => i.Expected == "made by this commit (adopted false)" && i.Actual == "adopted true");
    }

    [GraphFact]
    public async Task A_version_row_deleted_with_nothing_else_of_its_entity_reads_as_absent_and_verify_names_it()
    {
        SkipPlaceInvariant("deletes a version row on purpose, to see what reads and Verify make of it");
        // The version row is the version's only record, and the entity has no other: nothing is left for a read to see
        // (docs/architecture.md, "How it lands"). Reads show the entity absent; Verify names the row from the manifest.
        await HistoryAsync();
        var book = (await (await Repo.SnapshotAsync("main")).Query<Book>().ToListAsync()).Single();
        await Db.TamperAsync("DELETE FROM \"Books\"");
        var elsewhere = await ElsewhereAsync();

        var diff = await elsewhere.DiffAsync("main~2", "main");
        var history = await elsewhere.HistoryAsync(book.EternalId, "main");
        var found = await (await elsewhere.SnapshotAsync("main")).FindAsync<Book>(book.EternalId);

        diff.Should().NotContain(d => d.EternalId == book.EternalId);
        history.Should().BeEmpty();
        found.Should().BeNull();
        (await Repo.VerifyAsync()).Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i =>
            i.Kind == VerifyIssueKind.MissingRow && i.VersionId == book.VersionId && i.Actual == "no row");
    }

    [GraphFact]
    public async Task Through_the_version_rows_one_entitys_reads_fail_as_damaged_where_a_deleted_version_row_left_its_predecessor_ending()
    {
        SkipPlaceInvariant("deletes a version row on purpose, to see reads fail as damaged");
        // A version row is its version's only record, so the deleted second version leaves one trace: the first still
        // ends at the second's commit.
        var book = new Book { Title = "Dune", Price = 10 };
        var first = await CommitAsync("first", book);
        var firstVersion = book.VersionId;
        book.Price = 12;
        var second = await CommitAsync("second", book);
        var deleted = book.VersionId;
        book.Price = 14;
        await CommitAsync("third", book);
        await Db.TamperAsync($"DELETE FROM \"Books\" WHERE \"VersionId\" = {Db.IdLiteral(deleted.Value)}");

        var atSecond = await Repo.SnapshotAsync(second.Id);
        var find = async () => await atSecond.FindAsync<Book>(book.EternalId);
        var content = async () => await atSecond.FindContentAsync(book.EternalId);
        var blame = async () => await Repo.BlameAsync(book.EternalId, "main");

        (await find.Should().ThrowAsync<HistoryDamagedException>()).WithMessage($"*{book.EternalId}*{second.Id}*VerifyAsync*");
        (await content.Should().ThrowAsync<HistoryDamagedException>()).WithMessage($"*{book.EternalId}*{second.Id}*");
        (await blame.Should().ThrowAsync<HistoryDamagedException>()).WithMessage($"*{book.EternalId}*{second.Id}*");
        (await (await Repo.SnapshotAsync(first.Id)).FindAsync<Book>(book.EternalId))!.VersionId.Should().Be(firstVersion, "before the deleted change nothing is missing");
        (await (await Repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId))!.Price.Should().Be(14, "the newest version ends nowhere: a read at the head cannot tell");
        (await Repo.VerifyAsync()).Issues.Should().Contain(i => i.VersionId == deleted && i.CommitId == second.Id);
    }

    [GraphFact]
    public async Task A_document_whose_newest_row_was_deleted_reads_as_damaged_naming_it()
    {
        // The row is the version's only record; the version before it still ends at the deleted change, which one
        // entity's reads take as the tell, and Verify names the row from its commit's manifest.
        SkipPlaceInvariant("deletes a document row on purpose, to see reads fail as damaged");
        var ws = await Repo.CheckoutAsync();
        var note = await ws.SaveDocumentAsync("Note", EternalId.New(), System.Text.Json.JsonDocument.Parse("{\"text\":\"hi\"}").RootElement);
        await ws.FinalizeAsync("ada", "a note");
        ws = await Repo.CheckoutAsync();
        var edited = await ws.SaveDocumentAsync("Note", note.EternalId, System.Text.Json.JsonDocument.Parse("{\"text\":\"hello\"}").RootElement);
        var second = await ws.FinalizeAsync("ada", "the note edited");
#pragma warning disable EF1002 // an id made by the test
        await Db.TamperAsync($"DELETE FROM versioner_documents WHERE version_id = {Db.IdLiteral(edited.VersionId.Value)}");
#pragma warning restore EF1002

        var find = async () => await (await Repo.SnapshotAsync("main")).FindDocumentAsync("Note", note.EternalId);

        (await find.Should().ThrowAsync<HistoryDamagedException>()).WithMessage($"*{note.EternalId}*{second.Id}*VerifyAsync*");
        // Also named: the note's first version, whose validity still ends at the change no row holds.
        var report = await Repo.VerifyAsync();
        report.Issues.Should().HaveCount(2).And.ContainSingle(i => i.Kind == VerifyIssueKind.AsOfIndexMismatch && i.VersionId == note.VersionId && i.Actual == "until_depth 1");
        report.Issues.Should().ContainSingle(i => i.Kind == VerifyIssueKind.MissingRow).Which.Should().Be(new VerifyIssue(
            VerifyIssueKind.MissingRow, second.Id, edited.VersionId, null, $"version {edited.VersionId}, which the commit's manifest lists", "no row"));
    }

    [GraphFact]
    public async Task A_version_row_copied_into_another_types_table_is_found()
    {
        SkipPlaceInvariant("copies version rows into another type's table on purpose, to see Verify find them");
        await HistoryAsync();
        await Db.TamperAsync("""INSERT INTO "Authors" ("VersionId", "EternalId", "CommitId", "Name", versioner_segment, versioner_depth, versioner_until, versioner_checksum) SELECT "VersionId", "EternalId", "CommitId", "Label", versioner_segment, versioner_depth, versioner_until, versioner_checksum FROM "Tags" """);

        var report = await Repo.VerifyAsync();

        // The copy is a second change of the first commit under the same key: its content (the tag's, read as an author)
        // does not hash to the checksum it carries, and its entity is recorded as a tag.
        report.Issues.Select(i => (i.Kind, i.CommitId, i.VersionId, i.EntityType)).Should().BeEquivalentTo([
            (VerifyIssueKind.VersionChecksumMismatch, (CommitId?)_first.Id, (VersionId?)_sf.VersionId, "Author"),
            (VerifyIssueKind.EntityRowMismatch, (CommitId?)null, (VersionId?)null, "Author"),
        ]);
    }

    [GraphFact]
    public async Task A_commit_finalized_out_of_order_is_found_and_reads_elsewhere_fail_as_damaged()
    {
        // The commit graph is loaded in finalization order (seq): a commit placed after its child cannot be its parent.
        await HistoryAsync();
        await Db.TamperAsync("UPDATE versioner_commits SET seq = seq + 100 WHERE message = 'first'");

        var report = await Repo.VerifyAsync();
        var ancestry = async () => await (await ElsewhereAsync()).IsAncestorAsync(_first.Id, "main");

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.GraphIndexMismatch && i.CommitId == _second.Id);
        (await ancestry.Should().ThrowAsync<HistoryDamagedException>()).Which.Message.Should().Contain($"Commit {_second.Id} names {_first.Id} as a parent, which is not a commit finalized before it");
    }

    [GraphFact]
    public async Task A_finalized_commit_without_a_finalization_number_is_found()
    {
        await HistoryAsync();
        await Db.TamperAsync("UPDATE versioner_commits SET seq = NULL WHERE message = 'second'");

        var report = await Repo.VerifyAsync();
        var ancestry = async () => await (await ElsewhereAsync()).IsAncestorAsync(_first.Id, "main");

        report.Commits.Should().Be(4, "every finalized commit is checked once");
        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.GraphIndexMismatch && i.CommitId == _second.Id && i.Actual == "seq null");
        await ancestry.Should().ThrowAsync<HistoryDamagedException>();
    }

    [GraphFact]
    public async Task A_generation_not_above_its_parents_is_found()
    {
        // Walks stop at generations below the commit sought: a lowered one hides ancestors.
        await HistoryAsync();
        await Db.TamperAsync("UPDATE versioner_commits SET generation = 0 WHERE message = 'third'");

        var report = await Repo.VerifyAsync();

        var issue = report.Issues.Should().ContainSingle().Subject;
        issue.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.GraphIndexMismatch && i.CommitId == _third.Id && i.Actual == "generation 0");
        issue.Expected.Should().Be($"a generation above parent {_second.Id}'s (1)");
    }

    [GraphFact]
    public async Task A_commit_checksum_of_the_wrong_length_is_found_and_reads_fail_as_damaged()
    {
        await HistoryAsync();
        await Db.TamperAsync("UPDATE versioner_commits SET checksum = substr(checksum, 2) WHERE message = 'third'");

        var report = await Repo.VerifyAsync();
        var log = async () => await Repo.LogAsync("main");

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i =>
            i.Kind == VerifyIssueKind.CommitChecksumMismatch && i.CommitId == _third.Id && i.Expected.StartsWith("(not a checksum: 31 bytes ", StringComparison.Ordinal));
        (await log.Should().ThrowAsync<HistoryDamagedException>()).Which.Message.Should().StartWith($"Commit {_third.Id} stores a checksum of 31 bytes instead of 32");
    }

    [GraphFact]
    public async Task A_document_that_is_not_a_json_object_is_found_and_reading_it_fails_as_damaged()
    {
        await HistoryAsync();
        await Db.TamperAsync("UPDATE versioner_documents SET data = '[1, 2]'");

        var report = await Repo.VerifyAsync();
        var diff = () => Repo.DiffAsync(_second.Id, _third.Id);

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.VersionChecksumMismatch && i.CommitId == _third.Id && i.EntityType == "Invoice");
        (await diff.Should().ThrowAsync<HistoryDamagedException>()).Which.Message.Should().Contain("Invoice document version").And.Contain("is not a JSON object");
    }

    [GraphFact]
    public async Task An_entity_row_naming_another_type_is_found()
    {
        await HistoryAsync();
        await Db.TamperAsync("UPDATE versioner_entities SET entity_type = 'Book' WHERE entity_type = 'Tag'");

        var report = await Repo.VerifyAsync();

        var issue = report.Issues.Should().ContainSingle().Subject;
        issue.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.EntityRowMismatch && i.EntityType == "Tag");
        issue.Expected.Should().Be($"eternal id {_sf.EternalId} recorded as Tag");
        issue.Actual.Should().Be("entity row says Book (1 change row(s) say Tag)");
    }

    [GraphFact]
    public async Task A_segment_forking_from_itself_is_found_and_reads_fail_as_damaged_instead_of_looping()
    {
        await HistoryAsync();
        await Db.TamperAsync("UPDATE versioner_segments SET parent_segment = id WHERE id = (SELECT segment FROM versioner_commits WHERE message = 'on topic')");

        var report = await Repo.VerifyAsync();
        var log = async () => await (await ElsewhereAsync()).LogAsync("topic");
        var snapshot = async () => await (await Repo.SnapshotAsync("topic")).Query<Author>().ToListAsync();

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.AsOfIndexMismatch && i.CommitId == _onTopic.Id);
        await log.Should().ThrowAsync<HistoryDamagedException>();
        await snapshot.Should().ThrowAsync<HistoryDamagedException>();
    }

    [GraphFact]
    public async Task A_segment_forking_from_a_segment_that_does_not_exist_makes_reads_elsewhere_fail_as_damaged_naming_it()
    {
        await HistoryAsync();
        await Db.TamperAsync("UPDATE versioner_segments SET parent_segment = 987654321 WHERE id = (SELECT segment FROM versioner_commits WHERE message = 'on topic')");

        var log = async () => await (await ElsewhereAsync()).LogAsync("topic");

        (await log.Should().ThrowAsync<HistoryDamagedException>()).Which.Message.Should().Contain("Segment 987654321 of the commit graph index is missing");
    }

    [GraphFact]
    public async Task A_parent_link_making_a_cycle_is_found_and_reads_elsewhere_fail_as_damaged()
    {
        await HistoryAsync();
        await Db.TamperAsync("INSERT INTO versioner_commit_parents (commit_id, ordinal, parent_id) SELECT (SELECT id FROM versioner_commits WHERE message = 'second'), 1, (SELECT id FROM versioner_commits WHERE message = 'third')");

        var report = await Repo.VerifyAsync();
        var ancestry = async () => await (await ElsewhereAsync()).IsAncestorAsync(_first.Id, "main");

        report.Issues.Should().Contain(i => i.Kind == VerifyIssueKind.CommitChecksumMismatch && i.CommitId == _second.Id)
            .And.Contain(i => i.Kind == VerifyIssueKind.GraphIndexMismatch && i.CommitId == _second.Id);
        await ancestry.Should().ThrowAsync<HistoryDamagedException>();
    }

    [GraphFact]
    public async Task A_ref_naming_a_commit_that_does_not_exist_is_found()
    {
        // Possible only without foreign keys: the sqlite3 shell does not enforce them, a table owner can drop them.
        await HistoryAsync();
        var ghost = Guid.NewGuid();
        await Db.DropGuardsAsync();
        await Db.Database.OpenConnectionAsync();
        if (Db.Database.IsNpgsql())
        {
            var constraints = await Db.Database.SqlQueryRaw<string>("SELECT format('ALTER TABLE versioner_refs DROP CONSTRAINT %I', conname) AS \"Value\" FROM pg_constraint WHERE conrelid = 'versioner_refs'::regclass AND contype = 'f'").ToListAsync();
            foreach (var drop in constraints)
            {
                await Db.Database.ExecuteSqlRawAsync(drop);
            }
        }
        else
        {
            await Db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
        }

#pragma warning disable EF1002 // an id made by the test
        await Db.Database.ExecuteSqlRawAsync($"UPDATE versioner_refs SET commit_id = {Db.IdLiteral(ghost)} WHERE name = 'topic'");
#pragma warning restore EF1002
        if (!Db.Database.IsNpgsql())
        {
            await Db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON");
        }

        await Db.Database.CloseConnectionAsync();

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i =>
            i.Kind == VerifyIssueKind.DanglingRow && i.CommitId == new CommitId(ghost) && i.Actual == "no such commit (ref 'topic' present)");
    }

    [GraphFact]
    public async Task A_branch_moved_onto_a_working_commit_is_found_and_checking_it_out_fails_as_damaged()
    {
        // A finalize on it would hash a parent that has no checksum.
        await HistoryAsync();
        var draft = await Repo.CheckoutAsync();
        await draft.SaveAsync(new Author { Name = "Draft" });
#pragma warning disable EF1002 // an id made by the test
        await Db.TamperAsync($"UPDATE versioner_refs SET commit_id = {Db.IdLiteral(draft.Id.Value)} WHERE name = 'main'");
#pragma warning restore EF1002

        var report = await Repo.VerifyAsync();
        var checkout = () => Repo.CheckoutAsync("main");

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.UnfinalizedCommit && i.CommitId == draft.Id);
        (await checkout.Should().ThrowAsync<HistoryDamagedException>()).Which.Message.Should().StartWith($"Branch 'main' points at commit {draft.Id}, which is not finalized");
    }
}

public sealed class TamperingTests_Sqlite : TamperingTests<SqliteProvider>
{
    [GraphFact]
    public async Task An_entity_row_deleted_where_foreign_keys_were_not_enforced_is_found()
    {
        // The sqlite3 shell does not enforce foreign keys unless told to.
        await HistoryAsync();
        await Db.DropGuardsAsync();
        await Db.Database.OpenConnectionAsync();
        await Db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
        await Db.Database.ExecuteSqlRawAsync("DELETE FROM versioner_entities WHERE entity_type = 'Author'");
        await Db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON");
        await Db.Database.CloseConnectionAsync();

        var report = await Repo.VerifyAsync();

        report.Issues.Should().HaveCount(2).And.OnlyContain(i => i.Kind == VerifyIssueKind.EntityRowMismatch && i.Actual == "no entity row" && i.EntityType == "Author");
        report.Issues.Should().Contain(i => i.Expected == $"eternal id {Ursula.EternalId} recorded as Author");
    }
}

public sealed class TamperingTests_Postgres : TamperingTests<PostgresProvider>;
