using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class TrustTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    protected Author Ursula { get; private set; } = null!;
    private Commit _first = null!;
    private Commit _second = null!;

    protected async Task HistoryAsync()
    {
        var sf = new Tag { Label = "sf" };
        Ursula = new Author { Name = "Ursula" };
        _first = await CommitAsync("first", Ursula, sf);
        _second = await CommitAsync("second", new Book { Title = "The Dispossessed", Price = 9.5m, AuthorId = Ursula.EternalId, Tags = EternalIdSet.Of(sf.EternalId), Blurb = "Anarres" });
        var ws = await Repo.CheckoutAsync();
        await ws.SaveDocumentAsync("Invoice", default, System.Text.Json.JsonDocument.Parse("""{"total": 12.50}""").RootElement);
        await ws.FinalizeAsync("ada", "third");
    }

    [GraphFact]
    public async Task An_intact_history_verifies_with_progress()
    {
        await HistoryAsync();
        var progress = new List<VerifyProgress>();

        var report = await Repo.VerifyAsync(new SyncProgress<VerifyProgress>(progress.Add));

        report.IsValid.Should().BeTrue(report.ToString() + string.Join("\n", report.Issues));
        report.Commits.Should().Be(3);
        report.Versions.Should().Be(4);
        report.Pointers.Should().Be(2);
        progress.Should().NotBeEmpty().And.Subject.Last().Commits.Should().Be(3);
    }

    [GraphFact]
    public async Task A_tampered_field_of_a_finalized_version_is_found_and_named()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("""UPDATE "Authors" SET "Name" = 'Ursula K.'""");

        var report = await Repo.VerifyAsync();

        var issue = report.Issues.Should().ContainSingle().Subject;
        issue.Kind.Should().Be(VerifyIssueKind.VersionChecksumMismatch);
        issue.VersionId.Should().Be(Ursula.VersionId);
        issue.CommitId.Should().Be(_first.Id);
        issue.EntityType.Should().Be("Author");
        issue.Expected.Should().NotBe(issue.Actual);
    }

    [GraphFact]
    public async Task Unicode_and_large_text_fields_verify_as_stored()
    {
        // Verify hashes text as the bytes the database holds (on SQLite, without decoding it): they must be the
        // canonical UTF-8 exactly, for every script, for text past the database's page size, and for empty text.
        var names = new[] { "Zoë", "😀 before ﬁ", "Ἀριστοτέλης", "", new string('x', 200_000) + "é" };
        await CommitAsync("authors", names.Select(n => new Author { Name = n }).ToArray());

        var report = await Repo.VerifyAsync();

        report.IsValid.Should().BeTrue(string.Join("\n", report.Issues));
        report.Versions.Should().Be(names.Length);
    }

    [GraphFact]
    public async Task A_text_field_tampered_into_another_storage_type_is_found()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("""UPDATE "Authors" SET "Name" = 42""");

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.VersionChecksumMismatch && i.VersionId == Ursula.VersionId);
    }

    [GraphFact]
    public async Task A_verify_cancelled_midway_throws_and_the_next_one_runs_normally()
    {
        // More than one chunk of canonical bytes (1 MB), so the first progress report comes while the scan is under way.
        await CommitAsync("large", Enumerable.Range(0, 60).Select(i => new Author { Name = new string((char)('a' + (i % 26)), 50_000) }).ToArray());
        using var cancellation = new CancellationTokenSource();
        var reports = 0;

        var verify = () => Repo.VerifyAsync(new SyncProgress<VerifyProgress>(_ => { reports++; cancellation.Cancel(); }), cancellation.Token);

        await verify.Should().ThrowAsync<OperationCanceledException>();
        reports.Should().BePositive("cancelled from a progress report, midway");
        (await Repo.VerifyAsync()).Should().Match<VerifyReport>(r => r.IsValid && r.Versions == 60);
    }

    [GraphFact]
    public async Task Progress_reports_the_mismatches_found_while_versions_are_still_being_hashed()
    {
        // About 10 MB of canonical bytes: ten chunks, more than the three the scan keeps in flight, so chunks are hashed
        // (and their mismatches counted) while later ones are still being read.
        await CommitAsync("large", Enumerable.Range(0, 200).Select(i => new Author { Name = new string((char)('a' + (i % 26)), 50_000) }).ToArray());
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("""UPDATE "Authors" SET "Name" = "Name" || '!'""");
        var progress = new List<VerifyProgress>();

        var report = await Repo.VerifyAsync(new SyncProgress<VerifyProgress>(progress.Add));

        report.Issues.Should().HaveCount(200).And.OnlyContain(i => i.Kind == VerifyIssueKind.VersionChecksumMismatch);
        progress.Where(p => p.Commits == 0).Should().Contain(p => p.Issues > 0 && p.Versions < 200, "the version pass reports what it has found so far");
        progress.Last().Issues.Should().Be(report.Issues.Count);
    }

    [GraphFact]
    public async Task Verifying_a_ref_checks_only_the_history_it_reaches()
    {
        await HistoryAsync();
        await Repo.CreateBranchAsync("old", _first);
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET author = 'mallory' WHERE message = 'second'");

        var old = await Repo.VerifyAsync("old");
        var main = await Repo.VerifyAsync("main");

        old.IsValid.Should().BeTrue();
        old.Commits.Should().Be(1);
        main.Commits.Should().Be(3);
        main.Issues.Should().ContainSingle().Which.CommitId.Should().Be(_second.Id);
    }

    [GraphFact]
    public async Task A_tampered_commit_is_found()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET author = 'mallory' WHERE message = 'second'");

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.CommitChecksumMismatch && i.CommitId == _second.Id);
    }

    [GraphFact]
    public async Task A_deleted_version_row_is_named_once_by_its_commits_manifest()
    {
        // The version row is a version's only record: deleted, nothing else holds the change but the commit's manifest.
        await HistoryAsync();
        await Db.DropGuardsAsync();
        SkipPlaceInvariant("deletes a version row behind Versioner's back");
        var tag = (await (await Repo.SnapshotAsync("main")).Query<Tag>().ToListAsync()).Single();
        await Db.Database.ExecuteSqlRawAsync("DELETE FROM \"Tags\"");

        var report = await Repo.VerifyAsync();

        // Named once, with its commit (whose checksum cannot be recomputed without the row, so it is not reported again).
        report.Issues.Should().ContainSingle().Which.Should().Be(new VerifyIssue(
            VerifyIssueKind.MissingRow, _first.Id, tag.VersionId, null, $"version {tag.VersionId}, which the commit's manifest lists", "no row"));
    }

    [GraphFact]
    public async Task A_deleted_document_row_is_named_once_by_its_commits_manifest()
    {
        SkipPlaceInvariant("deletes a version row on purpose, to see Verify find it");
        await HistoryAsync();
        var (version, commit) = (await RawRows.Rows(Db, "SELECT version_id, commit_id FROM versioner_documents", r => (new VersionId(RawRows.Id(r, 0)), new CommitId(RawRows.Id(r, 1))))).Single();
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("""DELETE FROM versioner_documents""");

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Be(new VerifyIssue(
            VerifyIssueKind.MissingRow, commit, version, null, $"version {version}, which the commit's manifest lists", "no row"));
    }

    [GraphFact]
    public async Task An_added_document_row_is_found()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        var intruder = Guid.NewGuid();
        SkipPlaceInvariant("adds a document version row without a change row behind Versioner's back");
#pragma warning disable EF1002 // a literal made by the test
        await Db.Database.ExecuteSqlRawAsync($"INSERT INTO versioner_documents (version_id, eternal_id, commit_id, entity_type, data, versioner_segment, versioner_depth) SELECT {Db.IdLiteral(intruder)}, eternal_id, commit_id, entity_type, data, versioner_segment, versioner_depth FROM versioner_documents");
#pragma warning restore EF1002

        var report = await Repo.VerifyAsync();

        var issue = report.Issues.Should().ContainSingle().Subject;
        issue.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.UnlistedVersion && i.VersionId!.Value.Value == intruder && i.EntityType == "Invoice"
            && i.Actual == $"version {intruder}, which the manifest does not list");
    }

    [GraphFact]
    public async Task An_added_version_row_is_found()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        var intruder = Guid.NewGuid();
        SkipPlaceInvariant("adds a version row without a change row behind Versioner's back");
#pragma warning disable EF1002 // a literal made by the test
        await Db.Database.ExecuteSqlRawAsync($"""INSERT INTO "Authors" ("VersionId", "EternalId", "CommitId", "Name", versioner_segment, versioner_depth) SELECT {Db.IdLiteral(intruder)}, "EternalId", "CommitId", 'Intruder', versioner_segment, versioner_depth FROM "Authors" """);
#pragma warning restore EF1002

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i =>
            i.Kind == VerifyIssueKind.UnlistedVersion && i.VersionId!.Value.Value == intruder && i.EntityType == "Author" && i.CommitId == _first.Id);
    }

    [GraphFact]
    public async Task A_tampered_pointer_record_is_found()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_pointers SET content = substr(content, 2) WHERE kind = 2");

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Kind.Should().Be(VerifyIssueKind.PointerChecksumMismatch);
    }

    [GraphFact]
    public async Task Edited_member_rows_of_a_set_are_found()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        // The set holds the tag; its member row now says it holds Ursula, so "which sets hold Ursula" would find it.
#pragma warning disable EF1002 // an id made by the test
        await Db.Database.ExecuteSqlRawAsync($"UPDATE versioner_pointer_members SET member = {Db.IdLiteral(Ursula.EternalId.Value)}");
#pragma warning restore EF1002

        var report = await Repo.VerifyAsync();

        var issue = report.Issues.Should().ContainSingle().Subject;
        issue.Kind.Should().Be(VerifyIssueKind.PointerMembersMismatch);
        issue.Actual.Should().Be("1 member row(s), 1 not in its record, 1 missing");
    }

    [GraphFact]
    public async Task Member_rows_under_a_record_that_is_not_a_set_are_found()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("INSERT INTO versioner_pointer_members (set_checksum, member) SELECT checksum, (SELECT member FROM versioner_pointer_members) FROM versioner_pointers WHERE kind = 2");

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.PointerMembersMismatch && i.Expected == "0 member row(s) matching its record");
    }

    [GraphFact]
    public async Task A_commit_flipped_back_to_working_and_edited_under_that_cover_is_found()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET state = 0 WHERE message = 'first'");
        await Db.Database.ExecuteSqlRawAsync("""UPDATE "Authors" SET "Name" = 'Ursula K.'""");

        var report = await Repo.VerifyAsync();

        report.Issues.Select(i => (i.Kind, i.CommitId)).Should().BeEquivalentTo(
            [(VerifyIssueKind.UnfinalizedCommit, (CommitId?)_first.Id), (VerifyIssueKind.VersionChecksumMismatch, _first.Id)]);
        report.Issues.Single(i => i.Kind == VerifyIssueKind.VersionChecksumMismatch).VersionId.Should().Be(Ursula.VersionId);
    }

    [GraphFact]
    public async Task A_commit_flipped_back_to_working_with_every_mark_of_finalization_erased_is_found()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET state = 0, checksum = NULL, seq = NULL, branch = 'main' WHERE message = 'first'");

        var report = await Repo.VerifyAsync();

        report.Issues.Should().Contain(i => i.Kind == VerifyIssueKind.UnfinalizedCommit && i.CommitId == _first.Id, "the second commit names it as its parent");
        report.IsValid.Should().BeFalse();
    }

    [GraphFact]
    public async Task A_fork_point_moved_in_the_as_of_index_is_found()
    {
        var ursula = new Author { Name = "Ursula" };
        await CommitAsync("first", ursula);
        ursula.Name = "Ursula K. Le Guin";
        await CommitAsync("second", ursula);
        await Repo.CreateBranchAsync("topic", "main");
        var topic = await Repo.CheckoutAsync("topic");
        await topic.SaveAsync(new Author { Name = "topic" });
        var forked = await topic.FinalizeAsync("ada", "on topic"); // forks: main points at its parent too
        await CommitAsync("on main", new Author { Name = "main" });
        await Db.DropGuardsAsync();
        // Topic's segment now forks from main before the second commit: topic's snapshot reads Ursula's first version.
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_segments SET fork_depth = 0 WHERE id = (SELECT segment FROM versioner_commits WHERE message = 'on topic')");
        (await (await Repo.SnapshotAsync("topic")).FindAsync<Author>(ursula.EternalId))!.Name.Should().Be("Ursula", "the tampering changes what the snapshot reads");

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.AsOfIndexMismatch && i.CommitId == forked.Id);
    }

    [GraphFact]
    public async Task Change_rows_moved_in_the_as_of_index_are_found()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        // The tag's change row is filed at the second commit's place: the first commit's snapshot no longer has it.
        SkipPlaceInvariant("changes a version row's depth behind Versioner's back");
        var tag = (await (await Repo.SnapshotAsync("main")).Query<Tag>().ToListAsync()).Single();
        await Db.Database.ExecuteSqlRawAsync("UPDATE \"Tags\" SET versioner_depth = 1");

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.AsOfIndexMismatch && i.CommitId == _first.Id
            && i.VersionId == tag.VersionId && i.EntityType == "Tag" && i.Expected.EndsWith(", depth 0", StringComparison.Ordinal) && i.Actual.EndsWith(", depth 1", StringComparison.Ordinal));
    }

    [GraphFact]
    public async Task Change_rows_of_a_working_commit_filed_under_a_finalized_commit_are_found()
    {
        await HistoryAsync();
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "Draft" });
        await Db.DropGuardsAsync();
        // The draft filed at the first commit's place: that commit's snapshot would show it.
        SkipPlaceInvariant("moves a version row to another place behind Versioner's back");
        await Db.Database.ExecuteSqlRawAsync("UPDATE \"Authors\" SET versioner_segment = (SELECT segment FROM versioner_commits WHERE message = 'first'), versioner_depth = 0 WHERE \"CommitId\" IN (SELECT id FROM versioner_commits WHERE state = 0)");

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.AsOfIndexMismatch && i.CommitId == ws.Id
            && i.EntityType == "Author" && i.Actual.EndsWith(", depth 0", StringComparison.Ordinal));
    }

    [GraphFact]
    public async Task A_deleted_pointer_record_is_found_and_reading_it_says_so()
    {
        await HistoryAsync();
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("DELETE FROM versioner_pointers WHERE kind = 1");

        var report = await Repo.VerifyAsync();
        var book = await (await Repo.SnapshotAsync("main")).Query<Book>().SingleAsync();
        var read = () => book.Tags.Count;

        report.Issues.Select(i => i.Kind).Should().BeEquivalentTo([VerifyIssueKind.MissingRow, VerifyIssueKind.PointerMembersMismatch], "the version names the record, and its member rows remain");
        var missing = report.Issues.Single(i => i.Kind == VerifyIssueKind.MissingRow);
        missing.Should().Match<VerifyIssue>(i => i.CommitId == _second.Id && i.EntityType == "Book" && i.VersionId == book.VersionId && i.Actual == "no such pointer record");
        missing.Expected.Should().Be($"pointer record {book.Tags.Checksum} (field Tags)");
        read.Should().Throw<PointerRecordMissingException>().Which.Checksum.Should().Be(book.Tags.Checksum);
    }

    [GraphFact]
    public async Task A_copy_compares_identical_and_divergence_is_named()
    {
        await HistoryAsync();
        var (_, replica) = await CloneAsync();

        (await Repo.CompareAsync(replica)).IsIdentical.Should().BeTrue();

        var extra = await CommitAsync("only here", new Author { Name = "new" });
        var comparison = await Repo.CompareAsync(replica);

        comparison.IsIdentical.Should().BeFalse();
        comparison.OnlyHere.Should().Equal(extra.Id);
        comparison.OnlyThere.Should().BeEmpty();
        comparison.Common.Should().Be(3);
        comparison.Mismatches.Should().BeEmpty();
        comparison.Refs.Should().ContainSingle().Which.Should().Be(new RefDifference("main", extra.Id, (await replica.FindCommitAsync("main")).Id));
    }

    [GraphFact]
    public async Task A_common_commit_with_another_checksum_is_a_mismatch()
    {
        await HistoryAsync();
        var (replicaDb, replica) = await CloneAsync();
        await replicaDb.DropGuardsAsync();
        await replicaDb.Database.ExecuteSqlRawAsync("UPDATE versioner_commits SET checksum = (SELECT checksum FROM versioner_commits WHERE message = 'first') WHERE message = 'second'");

        var comparison = await Repo.CompareAsync(replica);

        comparison.Mismatches.Should().ContainSingle().Which.CommitId.Should().Be(_second.Id);
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

/// <summary>SQLite only: PostgreSQL refuses text that is not valid UTF-8 outright.</summary>
public sealed class TrustTests_Sqlite : TrustTests<SqliteProvider>
{
    [GraphFact]
    public async Task Verify_of_a_database_larger_than_the_page_cache_leaves_the_connection_settings_as_they_were()
    {
        // Past the page cache Verify maps the file for its scan; the connection goes back as it came (it may be pooled).
        await CommitAsync("large", Enumerable.Range(0, 40).Select(i => new Author { Name = new string((char)('a' + (i % 26)), 20_000) }).ToArray());
        await Db.Database.OpenConnectionAsync();
        await Db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = 10");

        var report = await Repo.VerifyAsync();

        report.IsValid.Should().BeTrue(string.Join("\n", report.Issues));
        report.Versions.Should().Be(40);
        await using var pragma = Db.Database.GetDbConnection().CreateCommand();
        pragma.CommandText = "PRAGMA mmap_size";
        (await pragma.ExecuteScalarAsync()).Should().Be(0L);
        await Db.Database.CloseConnectionAsync();
    }

    [GraphFact]
    public async Task Rows_naming_a_commit_that_does_not_exist_are_found_even_where_foreign_keys_were_not_enforced()
    {
        // The sqlite3 shell does not enforce foreign keys unless told to: rows can be added there that name no commit.
        await HistoryAsync();
        var ghost = Guid.NewGuid();
        var (typed, change, document) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var eternal = Db.IdLiteral(Ursula.EternalId.Value);
        var invoice = Db.IdLiteral((await RawRows.Rows(Db, "SELECT eternal_id FROM versioner_documents", r => RawRows.Id(r, 0))).Single());
        await Db.Database.OpenConnectionAsync();
        await Db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
        SkipPlaceInvariant("adds rows naming a commit that does not exist behind Versioner's back");
#pragma warning disable EF1002 // ids made by the test
        await Db.Database.ExecuteSqlRawAsync($"INSERT INTO \"Authors\" (\"VersionId\", \"EternalId\", \"CommitId\", \"Name\", versioner_segment, versioner_depth) VALUES ({Db.IdLiteral(typed)}, {eternal}, {Db.IdLiteral(ghost)}, 'Ghost', 0, 0)");
        await Db.Database.ExecuteSqlRawAsync($"INSERT INTO versioner_changes (commit_id, eternal_id, entity_type, version_id, adopted, version_checksum, segment, depth) VALUES ({Db.IdLiteral(ghost)}, {eternal}, 'Author', {Db.IdLiteral(change)}, 0, NULL, 0, 0)");
        await Db.Database.ExecuteSqlRawAsync($"INSERT INTO versioner_documents (version_id, eternal_id, commit_id, entity_type, data, versioner_segment, versioner_depth) VALUES ({Db.IdLiteral(document)}, {invoice}, {Db.IdLiteral(ghost)}, 'Invoice', '[]', 0, 0)");
#pragma warning restore EF1002
        await Db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON");
        await Db.Database.CloseConnectionAsync();

        var report = await Repo.VerifyAsync();

        report.Issues.Should().HaveCount(3).And.OnlyContain(i => i.Kind == VerifyIssueKind.DanglingRow && i.CommitId == new CommitId(ghost));
        report.Issues.Select(i => i.VersionId!.Value.Value).Should().BeEquivalentTo([typed, change, document]);
        report.Issues.Select(i => i.Actual).Should().BeEquivalentTo(["no such commit (version row present)", "no such commit (change row present)", "no such commit (document row present)"]);
    }

    [GraphFact]
    public async Task A_text_field_tampered_into_bytes_that_are_not_utf8_is_found()
    {
        var author = new Author { Name = "Ursul\uFFFD" };
        var commit = await CommitAsync("replacement character", author);
        await Db.DropGuardsAsync();
        // The replacement character (EF BF BD) replaced by a lone continuation byte: decoded to a .NET string, the
        // tampered value would read back as the original, so only hashing the stored bytes themselves finds it.
        await Db.Database.ExecuteSqlRawAsync("""UPDATE "Authors" SET "Name" = CAST(X'557273756C80' AS TEXT)""");

        var report = await Repo.VerifyAsync();

        var issue = report.Issues.Should().ContainSingle().Subject;
        issue.Kind.Should().Be(VerifyIssueKind.VersionChecksumMismatch);
        issue.VersionId.Should().Be(author.VersionId);
        issue.CommitId.Should().Be(commit.Id);
    }
}

public sealed class TrustTests_Postgres : TrustTests<PostgresProvider>;
