using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Versioner.Storage;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class RedactionTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private const string Secret = "Operation Nightfall launches on the 3rd";
    private const string SecretTitle = "Nightfall (classified)";

    private Commit _before = null!;
    private Commit _leak = null!;
    private Commit _copy = null!;
    private Book _book = null!;
    private VersionId _leaked;
    private VersionId _copied;

    /// <summary>A commit before the leak, the leak, and a later commit whose new version of the book copied the secret unchanged.</summary>
    private async Task LeakAsync()
    {
        var sf = new Tag { Label = "sf" };
        _before = await CommitAsync("before", sf, new Author { Name = "Ursula" });
        _book = new Book { Title = SecretTitle, Price = 9.5m, Blurb = Secret, Tags = EternalIdSet.Of(sf.EternalId), Rating = 4.5 };
        _leak = await CommitAsync("leak", _book);
        _leaked = _book.VersionId;
        _book.Price = 12m;
        _copy = await CommitAsync("reprice", _book);
        _copied = _book.VersionId;
    }

    private static RedactionRequest Request(params VersionId[] versions) => new()
    {
        Versions = versions,
        Author = "security@example.org",
        Reason = "INC-4711: classified plan finalized by mistake",
    };

    private async Task<List<Book>> BookRowsAsync() => await Db.Books.AsNoTracking().OrderBy(b => b.VersionId).ToListAsync();

    private async Task<bool> SecretTextStoredAsync()
    {
        var secret = Encoding.UTF8.GetBytes(Secret);
        var pointers = await Db.Set<PointerRow>().AsNoTracking().ToListAsync();
        return pointers.Any(p => p.Content.AsSpan().SequenceEqual(secret));
    }

    private static async Task AssertVerifiesAsync(Repository repository)
    {
        var report = await repository.VerifyAsync();
        report.IsValid.Should().BeTrue(string.Join("\n", report.Issues));
    }

    [GraphFact]
    public async Task Redacting_a_whole_typed_version_clears_every_field_and_verify_passes()
    {
        await LeakAsync();

        var redaction = await Repo.RedactAsync(Request(_leaked));

        var cleared = await Repo.FindVersionAsync<Book>(_leaked);
        cleared!.Title.Should().Be("", "a non-nullable string becomes empty");
        cleared.Price.Should().Be(0m, "a non-nullable value becomes its default");
        cleared.Blurb.Should().BeNull("a nullable field becomes null");
        cleared.Rating.Should().BeNull();
        cleared.Tags.Should().BeEmpty("a non-nullable set becomes the empty set");
        cleared.EternalId.Should().Be(_book.EternalId, "ids never change");
        redaction.Versions.Should().ContainSingle().Which.Fields.Should().Equal("AuthorId", "Blurb", "Price", "PublishedAt", "Rating", "Tags", "Title");
        await AssertVerifiesAsync(Repo);
    }

    [GraphFact]
    public async Task Named_versions_only_leave_later_copies_and_the_shared_pointer_in_place()
    {
        await LeakAsync();

        await Repo.RedactAsync(Request(_leaked));

        var copy = await Repo.FindVersionAsync<Book>(_copied);
        copy!.Title.Should().Be(SecretTitle);
        copy.Blurb!.Value.Should().Be(Secret);
        (await SecretTextStoredAsync()).Should().BeTrue("the later version still refers to the large text");
        await AssertVerifiesAsync(Repo);
    }

    [GraphFact]
    public async Task Same_value_scope_clears_the_copies_and_deletes_the_pointer_record_no_version_refers_to()
    {
        await LeakAsync();
        var request = Request(_leaked);

        var redaction = await Repo.RedactAsync(new RedactionRequest
        {
            Versions = request.Versions,
            Fields = ["Blurb", "Title"],
            Scope = RedactionScope.SameValueInEntity,
            Author = request.Author,
            Reason = request.Reason,
        });

        redaction.Versions.Select(v => v.VersionId).Should().Equal(new[] { _leaked, _copied }.Order());
        redaction.Versions.Should().AllSatisfy(v => v.Fields.Should().Equal("Blurb", "Title"));
        var rows = await BookRowsAsync();
        rows.Should().AllSatisfy(b => b.Title.Should().Be(""));
        rows.Select(b => b.Price).Should().BeEquivalentTo(new[] { 9.5m, 12m }, "fields not named are kept");
        (await Db.CountRowsAsync("Books", $"\"Title\" = '{SecretTitle}'")).Should().Be(0);
        (await SecretTextStoredAsync()).Should().BeFalse("the large text was referred to only by redacted versions");
        await AssertVerifiesAsync(Repo);
        var head = await (await Repo.SnapshotAsync("main")).FindAsync<Book>(_book.EternalId);
        head!.Blurb.Should().BeNull();
        head.Price.Should().Be(12m);
    }

    [GraphFact]
    public async Task A_document_field_is_redacted_to_null_and_the_rest_is_kept()
    {
        var ws = await Repo.CheckoutAsync();
        var doc = await ws.SaveDocumentAsync("Invoice", default, JsonDocument.Parse("""{"total": 12.50, "ssn": "123-45-6789", "lines": [{"sku": "a", "qty": 2.50}]}""").RootElement);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var commit = await ws.FinalizeAsync("ingest", "invoice");
        var later = await CommitAsync("later", new Author { Name = "a" });

        var redaction = await Repo.RedactAsync(new RedactionRequest { Versions = [doc.VersionId], Fields = ["ssn"], Author = "dpo", Reason = "GDPR erasure request 17" });

        redaction.Versions.Should().ContainSingle().Which.EntityType.Should().Be("Invoice");
        var stored = await (await Repo.SnapshotAsync("main")).FindDocumentAsync("Invoice", doc.EternalId);
        stored!.Json.Should().Be("""{"lines":[{"qty":2.50,"sku":"a"}],"ssn":null,"total":12.50}""");
        (await Db.CountRowsAsync("versioner_documents", "data LIKE '%123-45-6789%'")).Should().Be(0);
        (await Repo.FindCommitAsync(commit.Id)).Checksum.Should().NotBe(commit.Checksum);
        (await Repo.FindCommitAsync(later.Id)).Checksum.Should().NotBe(later.Checksum);
        await AssertVerifiesAsync(Repo);
    }

    [GraphFact]
    public async Task A_whole_document_is_redacted_member_by_member()
    {
        var ws = await Repo.CheckoutAsync();
        var doc = await ws.SaveDocumentAsync("Invoice", default, JsonDocument.Parse("""{"total": 12.50, "ssn": "123-45-6789"}""").RootElement);
        await ws.FinalizeAsync("ingest", "invoice");

        var redaction = await Repo.RedactAsync(Request(doc.VersionId));

        redaction.Versions.Should().ContainSingle().Which.Fields.Should().Equal("ssn", "total");
        var stored = await (await Repo.SnapshotAsync("main")).FindDocumentAsync("Invoice", doc.EternalId);
        stored!.Json.Should().Be("""{"ssn":null,"total":null}""");
        await AssertVerifiesAsync(Repo);
    }

    [GraphFact]
    public async Task Descendants_and_merge_commits_get_new_checksums_and_unrelated_commits_keep_theirs()
    {
        var root = await CommitAsync("root", new Author { Name = "a" });
        await Repo.CreateBranchAsync("topic", "main");
        var secret = new Book { Title = SecretTitle, Blurb = Secret };
        var leak = await CommitOnAsync("topic", "leak on topic", secret);
        var sideline = await CommitAsync("main moves on", new Author { Name = "b" });
        var merged = await (await Repo.CheckoutAsync("main")).MergeAsync("topic");
        var after = await CommitAsync("after the merge", new Author { Name = "c" });
        var before = new[] { root, leak, sideline, merged.Commit!, after };

        var redaction = await Repo.RedactAsync(Request(secret.VersionId));

        var now = new List<Commit>();
        foreach (var commit in before)
        {
            now.Add(await Repo.FindCommitAsync(commit.Id));
        }

        now[0].Checksum.Should().Be(root.Checksum);
        now[2].Checksum.Should().Be(sideline.Checksum);
        now[1].Checksum.Should().NotBe(leak.Checksum);
        now[3].Checksum.Should().NotBe(merged.Commit!.Checksum, "the merge adopted the redacted version and has the leak as a parent");
        now[4].Checksum.Should().NotBe(after.Checksum);
        redaction.CommitsRewritten.Should().Be(3);
        var rewritten = await Repo.RewrittenCommitsAsync(redaction.Id).ToListAsync();
        rewritten.Should().BeEquivalentTo(new[] { now[1], now[3], now[4] }.Select(c => new RewrittenCommit(c.Id, c.Checksum)));
        (await Repo.FindCommitAsync(now[4].Checksum.ToString(12))).Id.Should().Be(after.Id, "revisions resolve by the new checksums");
        await AssertVerifiesAsync(Repo);
    }

    [GraphFact]
    public async Task Rewriting_one_commit_per_batch_gives_the_same_checksums_as_one_batch()
    {
        var root = await CommitAsync("root", new Author { Name = "a" });
        await Repo.CreateBranchAsync("topic", "main");
        var secret = new Book { Title = SecretTitle };
        await CommitOnAsync("topic", "leak on topic", secret);
        await CommitOnAsync("topic", "topic again", new Author { Name = "t" });
        await CommitAsync("main moves on", new Author { Name = "b" });
        await (await Repo.CheckoutAsync("main")).MergeAsync("topic");
        await CommitAsync("after the merge", new Author { Name = "c" });
        var (_, replica) = await CloneAsync();
        var request = Request(secret.VersionId);

        var streamed = await Versioner.Internal.Redactor.RedactAsync(new Versioner.Internal.GraphStore(Db, Repo.Options), request, default, commitBatch: 1);
        var whole = await replica.RedactAsync(request);

        streamed.CommitsRewritten.Should().Be(4);
        whole.CommitsRewritten.Should().Be(4);
        (await Repo.CompareAsync(replica)).Mismatches.Should().BeEmpty();
        (await Repo.FindCommitAsync(root.Id)).Checksum.Should().Be(root.Checksum);
        await AssertVerifiesAsync(Repo);
    }

    [GraphFact]
    public async Task Same_value_scope_also_clears_a_workspace_that_copied_the_secret()
    {
        await LeakAsync();
        var ws = await Repo.CheckoutAsync();
        _book.Rating = 1;
        var draft = await ws.SaveAsync(_book);

        await Repo.RedactAsync(new RedactionRequest { Versions = [_leaked], Fields = ["Title"], Scope = RedactionScope.SameValueInEntity, Author = "a", Reason = "b" });

        (await (await ws.SnapshotAsync()).FindAsync<Book>(_book.EternalId))!.Title.Should().Be("");
        var finalized = await ws.FinalizeAsync("ada", "finish the draft");
        (await (await Repo.SnapshotAsync(finalized.Id)).FindAsync<Book>(draft.EternalId))!.Rating.Should().Be(1);
        (await Db.CountRowsAsync("Books", $"\"Title\" = '{SecretTitle}'")).Should().Be(0);
        await AssertVerifiesAsync(Repo);
    }

    [GraphFact]
    public async Task The_record_is_guarded_like_history()
    {
        await LeakAsync();
        await Repo.RedactAsync(Request(_leaked));

        foreach (var sql in new[] { "DELETE FROM versioner_redactions", "UPDATE versioner_redacted_versions SET fields = '[]'", "DELETE FROM versioner_redacted_commits" })
        {
            var act = () => Db.Database.ExecuteSqlRawAsync(sql);
            (await act.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("rows of finalized commits are immutable");
        }
    }

    [GraphFact]
    public async Task Several_redactions_are_listed_each_with_its_own_versions_messages_and_rewrites()
    {
        await LeakAsync();
        var first = await Repo.RedactAsync(new RedactionRequest { Versions = [_leaked], Fields = ["Blurb"], Author = "security@example.org", Reason = "INC-1" });
        Clock.Advance(TimeSpan.FromHours(1));
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "Le Guin" });
        var blabbed = await ws.FinalizeAsync("ada", "oops");
        var second = await Repo.RedactAsync(new RedactionRequest { Messages = [blabbed.Id], Author = "security@example.org", Reason = "INC-2" });

        var listed = await Repo.RedactionsAsync();

        listed.Select(r => r.Id).Should().Equal(first.Id, second.Id);
        listed[0].Versions.Should().BeEquivalentTo(first.Versions);
        listed[0].Messages.Should().BeEmpty();
        listed[0].CommitsRewritten.Should().Be(first.CommitsRewritten);
        listed[1].Versions.Should().BeEmpty();
        listed[1].Messages.Should().Equal(blabbed.Id);
        listed[1].CommitsRewritten.Should().Be(1);
    }

    [GraphFact]
    public async Task The_record_says_who_when_why_and_which_versions()
    {
        await LeakAsync();
        Clock.Advance(TimeSpan.FromHours(1));

        var made = await Repo.RedactAsync(new RedactionRequest { Versions = [_leaked], Fields = ["Blurb"], Author = "security@example.org", Reason = "INC-4711" });

        var listed = (await Repo.RedactionsAsync()).Should().ContainSingle().Subject;
        listed.Id.Should().Be(made.Id);
        listed.Author.Should().Be("security@example.org");
        listed.Reason.Should().Be("INC-4711");
        listed.Timestamp.Should().Be(Clock.GetUtcNow());
        listed.Versions.Should().BeEquivalentTo([new RedactedVersion(_leaked, "Book", _book.EternalId, ["Blurb"])]);
        listed.Versions[0].Fields.Should().Equal("Blurb");
        listed.CommitsRewritten.Should().Be(2);
        listed.ToString().Should().Contain("security@example.org").And.Contain("2 commit(s) rewritten");
    }

    [GraphFact]
    public async Task A_redaction_that_fails_midway_leaves_everything_as_it_was()
    {
        await LeakAsync();
        // Fails when the commits are being rewritten: after the versions were cleared and the pointer record deleted.
        var failure = new FailOn("versioner_redacted_commits");
        await using var db = NewContext(failure);
        var repo = await OpenRepositoryAsync(db);
        failure.Armed = true;

        var act = () => repo.RedactAsync(Request(_leaked));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("injected failure");
        (await Repo.FindVersionAsync<Book>(_leaked))!.Title.Should().Be(SecretTitle);
        (await Repo.FindCommitAsync(_leak.Id)).Checksum.Should().Be(_leak.Checksum);
        (await Repo.FindCommitAsync(_copy.Id)).Checksum.Should().Be(_copy.Checksum);
        (await Repo.RedactionsAsync()).Should().BeEmpty();
        (await SecretTextStoredAsync()).Should().BeTrue();
        await AssertVerifiesAsync(Repo);
        var guarded = () => Db.Database.ExecuteSqlRawAsync("UPDATE \"Books\" SET \"Title\" = 'x'");
        (await guarded.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("rows of finalized commits are immutable");
    }

    [GraphFact]
    public async Task Bad_requests_are_refused_with_directions()
    {
        await LeakAsync();
        var ws = await Repo.CheckoutAsync();
        var draft = await ws.SaveAsync(new Author { Name = "draft" });
        var unknown = VersionId.New();

        var missing = () => Repo.RedactAsync(new RedactionRequest { Versions = [_leaked], Author = " " });
        var noVersion = () => Repo.RedactAsync(Request(unknown));
        var working = () => Repo.RedactAsync(Request(draft.VersionId));
        var noField = () => Repo.RedactAsync(Request(_leaked));
        var badField = () => Repo.RedactAsync(new RedactionRequest { Versions = [_leaked], Fields = ["Secret"], Author = "a", Reason = "b" });

        (await missing.Should().ThrowAsync<InvalidRedactionRequestException>()).Which.Problems.Should()
            .Equal("Author is missing: say who redacts", "Reason is missing: say why the content is removed");
        (await noVersion.Should().ThrowAsync<RedactionRefusedException>()).Which.Message.Should()
            .Be($"Cannot redact version {unknown}: no version has this id (name a version id, not an eternal id or a commit id). Nothing was changed.");
        (await working.Should().ThrowAsync<RedactionRefusedException>()).Which.Message.Should()
            .Contain($"it belongs to working commit {ws.Id}, which is not finalized");
        (await badField.Should().ThrowAsync<RedactionRefusedException>()).Which.Message.Should()
            .StartWith($"Cannot redact version {_leaked}: Book has no field 'Secret'; name fields among ").And.EndWith("Nothing was changed.");
        await noField.Should().NotThrowAsync("a request without fields redacts whole versions");
        (await Repo.RedactionsAsync()).Should().ContainSingle();
    }

    [GraphFact]
    public async Task The_same_redaction_gives_the_same_checksums_in_SQLite_and_in_this_engine()
    {
        await LeakAsync();
        await Repo.CreateBranchAsync("topic", "main");
        _book.Rating = 3.25;
        var onTopic = await CommitOnAsync("topic", "rate on topic", _book);
        var ws = await Repo.CheckoutAsync();
        await ws.SaveDocumentAsync("Invoice", default, JsonDocument.Parse("""{"total": 12.50, "note": "Nightfall"}""").RootElement);
        await ws.FinalizeAsync("ingest", "invoice on main");
        var merge = await (await Repo.CheckoutAsync("main")).MergeAsync("topic");
        var (_, sqlite) = await OpenOtherDatabaseAsync<SqliteProvider>();
        await Repo.PushAsync(sqlite, "main");
        await Repo.PushAsync(sqlite, "topic");
        var request = new RedactionRequest { Versions = [_leaked], Fields = ["Blurb", "Title"], Scope = RedactionScope.SameValueInEntity, Author = "a", Reason = "b" };

        var here = await Repo.RedactAsync(request);
        await sqlite.RedactAsync(request);

        here.Versions.Should().HaveCount(3, "the leak, the repriced copy and the copy rated on topic");
        (await Repo.FindCommitAsync(merge.Commit!.Id)).Checksum.Should().NotBe(merge.Commit.Checksum);
        (await Repo.FindCommitAsync(onTopic.Id)).Checksum.Should().NotBe(onTopic.Checksum);
        var comparison = await Repo.CompareAsync(sqlite);
        comparison.Common.Should().Be(6);
        comparison.Mismatches.Should().BeEmpty();
        (await sqlite.FindCommitAsync("main")).Checksum.Should().Be((await Repo.FindCommitAsync("main")).Checksum);
        await AssertVerifiesAsync(sqlite);

        // Each side cleared the same content, so neither holds what the other's redaction removed: syncing swaps records.
        (await Repo.PushAsync(sqlite, "main")).Redactions.Should().ContainSingle();
        (await sqlite.PushAsync(Repo, "main")).Redactions.Should().ContainSingle();
        (await Repo.CompareAsync(sqlite)).IsIdentical.Should().BeTrue();
    }

    [GraphFact]
    public async Task Compare_names_the_redaction_behind_each_differing_checksum()
    {
        await LeakAsync();
        var (_, replica) = await CloneAsync();
        var redaction = await Repo.RedactAsync(Request(_leaked));

        var comparison = await Repo.CompareAsync(replica);

        comparison.IsIdentical.Should().BeFalse();
        comparison.RedactionsOnlyHere.Should().ContainSingle().Which.Id.Should().Be(redaction.Id);
        comparison.RedactionsOnlyThere.Should().BeEmpty();
        comparison.Mismatches.Select(m => m.CommitId).Should().BeEquivalentTo([_leak.Id, _copy.Id]);
        comparison.Mismatches.Should().AllSatisfy(m => m.ExplainedBy!.Id.Should().Be(redaction.Id));
        (await replica.CompareAsync(Repo)).RedactionsOnlyThere.Should().ContainSingle();
    }

    [GraphFact]
    public async Task Pushing_to_a_database_synced_before_the_redaction_applies_it_there()
    {
        await LeakAsync();
        var (replicaDb, replica) = await CloneAsync();
        var redaction = await Repo.RedactAsync(Request(_leaked));
        await CommitAsync("after the redaction", new Author { Name = "new" });

        var result = await Repo.PushAsync(replica, "main");

        result.Redactions.Should().ContainSingle().Which.Id.Should().Be(redaction.Id);
        result.Commits.Should().Be(1);
        (await Repo.CompareAsync(replica)).IsIdentical.Should().BeTrue();
        await AssertVerifiesAsync(replica);
        var there = (await replica.RedactionsAsync()).Should().ContainSingle().Subject;
        there.Versions.Should().BeEquivalentTo(redaction.Versions);
        there.Reason.Should().Be(redaction.Reason);
        (await replica.FindVersionAsync<Book>(_leaked))!.Title.Should().Be("");
        (await replicaDb.CountRowsAsync("Books", $"\"Title\" = '{SecretTitle}'")).Should().Be(1, "the later copy was not named");
        (await Repo.PushAsync(replica, "main")).Redactions.Should().BeEmpty("a redaction is applied once");
    }

    [GraphFact]
    public async Task A_database_that_never_held_the_content_gets_the_redacted_history_and_the_record()
    {
        await LeakAsync();
        var redaction = await Repo.RedactAsync(new RedactionRequest { Versions = [_leaked], Fields = ["Blurb", "Title"], Scope = RedactionScope.SameValueInEntity, Author = "a", Reason = "b" });
        var (emptyDb, empty) = await OpenOtherDatabaseAsync<TProvider>();

        var result = await Repo.PushAsync(empty, "main");

        result.Redactions.Should().ContainSingle().Which.CommitsRewritten.Should().Be(0, "the versions arrive already cleared");
        (await Repo.CompareAsync(empty)).IsIdentical.Should().BeTrue();
        (await empty.RedactionsAsync()).Single().Versions.Should().BeEquivalentTo(redaction.Versions);
        (await emptyDb.CountRowsAsync("Books", $"\"Title\" = '{SecretTitle}'")).Should().Be(0);
        await AssertVerifiesAsync(empty);
    }

    [GraphFact]
    public async Task Pulling_from_a_source_that_still_holds_redacted_content_is_refused()
    {
        await LeakAsync();
        var (_, unredacted) = await CloneAsync();
        var redaction = await Repo.RedactAsync(Request(_leaked));
        var ws = await unredacted.CheckoutAsync("main");
        await ws.SaveAsync(new Author { Name = "written on the old copy" });
        await ws.FinalizeAsync("bob", "old copy moves on");

        var pull = () => Repo.PullAsync(unredacted, "main");

        var refused = (await pull.Should().ThrowAsync<RedactionMissingException>()).Which;
        refused.Redactions.Should().ContainSingle().Which.Id.Should().Be(redaction.Id);
        refused.Message.Should().Contain(redaction.Id.ToString()).And.Contain("pushing from the redacted database");
        (await Repo.FindVersionAsync<Book>(_leaked))!.Title.Should().Be("");
        await AssertVerifiesAsync(Repo);

        // The way out the message gives: bring the redaction to the old copy first, then pull.
        await Repo.PushAsync(unredacted, "main", force: true);
        (await unredacted.FindVersionAsync<Book>(_leaked))!.Title.Should().Be("");
    }

    [GraphFact]
    public async Task A_secret_in_a_commit_message_is_replaced_and_the_commit_and_its_descendants_rehashed()
    {
        await LeakAsync();
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "Le Guin" });
        var blabbed = await ws.FinalizeAsync("ada", $"fix typo; {Secret}");
        var after = await CommitAsync("after", new Author { Name = "later" });
        var beforeChecksum = (await Repo.FindCommitAsync(_copy.Id)).Checksum;

        var redaction = await Repo.RedactAsync(new RedactionRequest { Messages = [blabbed.Id], Author = "security@example.org", Reason = "INC-4712: plan pasted into a commit message" });

        var redacted = await Repo.FindCommitAsync(blabbed.Id);
        redacted.Message.Should().Be(Redaction.MessagePlaceholder);
        redacted.Author.Should().Be("ada");
        redacted.Checksum.Should().NotBe(blabbed.Checksum);
        (await Repo.FindCommitAsync(after.Id)).Checksum.Should().NotBe(after.Checksum, "a descendant hashes its parent's checksum");
        (await Repo.FindCommitAsync(_copy.Id)).Checksum.Should().Be(beforeChecksum, "an ancestor is untouched");
        redaction.Messages.Should().Equal(blabbed.Id);
        redaction.Versions.Should().BeEmpty();
        redaction.CommitsRewritten.Should().Be(2);
        (await Repo.RedactionsAsync()).Single().Messages.Should().Equal(blabbed.Id);
        (await Db.CountRowsAsync("versioner_commits", $"message LIKE '%{Secret}%'")).Should().Be(0);
        await AssertVerifiesAsync(Repo);
    }

    [GraphFact]
    public async Task A_message_redaction_reaches_a_copy_synced_before_it_and_an_unredacted_source_is_refused()
    {
        await LeakAsync();
        var (_, replica) = await CloneAsync();
        var redaction = await Repo.RedactAsync(new RedactionRequest { Messages = [_leak.Id], Author = "a", Reason = "b" });

        var pushed = await Repo.PushAsync(replica, "main");

        pushed.Redactions.Should().ContainSingle().Which.Id.Should().Be(redaction.Id);
        (await replica.FindCommitAsync(_leak.Id)).Message.Should().Be(Redaction.MessagePlaceholder);
        (await Repo.CompareAsync(replica)).IsIdentical.Should().BeTrue();
        await AssertVerifiesAsync(replica);

        var (_, unredacted) = await CloneAsync();
        await Repo.RedactAsync(new RedactionRequest { Messages = [_copy.Id], Author = "a", Reason = "c" });
        var pull = () => Repo.PullAsync(unredacted, "main");
        (await pull.Should().ThrowAsync<RedactionMissingException>()).Which.Redactions.Should().ContainSingle().Which.Messages.Should().Equal(_copy.Id);
    }

    [GraphFact]
    public async Task Message_redactions_of_unknown_or_working_commits_are_refused()
    {
        await LeakAsync();
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Author { Name = "draft" });
        var unknown = CommitId.New();

        var noCommit = () => Repo.RedactAsync(new RedactionRequest { Messages = [unknown], Author = "a", Reason = "b" });
        var working = () => Repo.RedactAsync(new RedactionRequest { Messages = [ws.Id], Author = "a", Reason = "b" });
        var nothing = () => Repo.RedactAsync(new RedactionRequest { Author = "a", Reason = "b" });

        (await noCommit.Should().ThrowAsync<RedactionRefusedException>()).Which.Should().Match<RedactionRefusedException>(e =>
            e.CommitId == unknown && e.Message == $"Cannot redact the message of commit {unknown}: no commit has this id. Nothing was changed.");
        (await working.Should().ThrowAsync<RedactionRefusedException>()).Which.Message.Should().Contain("it is a working commit, not finalized");
        (await nothing.Should().ThrowAsync<InvalidRedactionRequestException>()).Which.Message.Should().Contain("Versions and Messages are empty");
        (await Repo.RedactionsAsync()).Should().BeEmpty();
    }

    /// <summary>Once armed, fails EF's commands whose text contains <paramref name="marker"/>, as a crash midway would.</summary>
    private sealed class FailOn(string marker) : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Armed && command.CommandText.Contains(marker, StringComparison.Ordinal) ? throw new InvalidOperationException("injected failure") : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

public sealed class RedactionTests_Sqlite : RedactionTests<SqliteProvider>
{
    [GraphFact]
    public async Task After_a_redaction_and_VACUUM_the_secret_is_nowhere_in_the_files()
    {
        const string secret = "Nightfall-7f3a9c launch codes";
        var book = new Book { Title = secret, Blurb = secret + " (long form)" };
        await CommitAsync("leak", book);
        book.Price = 1m;
        await CommitAsync("copy", book);
        var path = Db.Database.GetDbConnection().DataSource;
        // Everything into the main file first: a pooled connection closing in the background checkpoints and deletes
        // the write-ahead log, which could race a read of the two files one after the other.
        await Db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        (await ContainsAsync(path, secret)).Should().BeTrue("the test must see the secret before it is removed");

        await Repo.RedactAsync(new RedactionRequest
        {
            Versions = [book.VersionId],
            Fields = ["Blurb", "Title"],
            Scope = RedactionScope.SameValueInEntity,
            Author = "a",
            Reason = "b",
        });
        // What the documentation tells a user to run afterwards: rebuild the file, then empty the write-ahead log.
        await Db.Database.ExecuteSqlRawAsync("VACUUM");
        await Db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");

        (await ContainsAsync(path, secret)).Should().BeFalse();
    }

    private static async Task<bool> ContainsAsync(string path, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var file in new[] { path, path + "-wal", path + "-journal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            if (buffer.ToArray().AsSpan().IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>PostgreSQL only: how a redaction keeps concurrent finalizes from hashing a checksum it replaces.</summary>
public sealed class RedactionLockTests_Postgres : GraphTest<PostgresProvider>
{
    [GraphFact]
    public async Task A_redaction_waits_for_transactions_that_read_the_commits()
    {
        var book = new Book { Title = "classified" };
        await CommitAsync("leak", book);
        await CommitAsync("child", new Author { Name = "a" });
        await using var other = NewContext();
        await using var reading = await other.Database.BeginTransactionAsync();
        await other.Database.SqlQueryRaw<int>("SELECT COUNT(*)::int AS \"Value\" FROM versioner_commits").ToListAsync();

        var redaction = Repo.RedactAsync(new RedactionRequest { Versions = [book.VersionId], Author = "a", Reason = "b" });

        // Until the redaction is seen queued behind the reader (or finishes, which is the failure).
        await using var watcher = NewContext();
        while (!redaction.IsCompleted && (await watcher.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*)::int AS \"Value\" FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'versioner_commits' AND l.mode = 'AccessExclusiveLock' AND NOT l.granted").ToListAsync())[0] == 0)
        {
            await Task.Delay(10);
        }

        redaction.IsCompleted.Should().BeFalse("a finalize that read the parents must land before the redaction rewrites them, or wait for it");
        await reading.CommitAsync();
        (await redaction).CommitsRewritten.Should().Be(2);
        (await Repo.VerifyAsync()).IsValid.Should().BeTrue();
    }
}
