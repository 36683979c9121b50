using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

public abstract class RetentionTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly RetentionPolicy ThirtyDays = new() { Name = "30 days", NoncurrentFor = TimeSpan.FromDays(30) };

    private Author _author = null!;
    private VersionId _v1;
    private VersionId _v2;
    private Commit _c1 = null!;
    private Commit _c2 = null!;

    /// <summary>
    /// An author edited three times: v1 replaced after 10 days, v2 replaced 40 days later, v3 current; the run is then
    /// 40 days after v2 was replaced and 50 after v1 was.
    /// </summary>
    private async Task AuthorEditedTwiceAsync()
    {
        _author = new Author { Name = "v1" };
        _c1 = await CommitAsync("v1", _author);
        _v1 = _author.VersionId;
        Clock.Advance(TimeSpan.FromDays(10));
        _author.Name = "v2";
        _c2 = await CommitAsync("v2", _author);
        _v2 = _author.VersionId;
        Clock.Advance(TimeSpan.FromDays(40));
        _author.Name = "v3";
        await CommitAsync("v3", _author);
    }

    [GraphFact]
    public async Task Versions_noncurrent_for_longer_than_the_age_are_pruned_and_marked()
    {
        await AuthorEditedTwiceAsync();

        var result = await Repo.ApplyRetentionAsync(ThirtyDays);

        result.IsPreview.Should().BeFalse();
        result.Versions.Should().Be(1);
        result.VersionsByType.Should().Equal(new Dictionary<string, long> { ["Author"] = 1 });
        result.PrunedAt.Should().Be(Clock.GetUtcNow());
        result.Archived.Should().Be(0);
        result.ToString().Should().Be("pruned 1 version(s) (Author 1), 0 pointer(s) by '30 days'");
        (await Db.CountRowsAsync("Authors")).Should().Be(2);
        (await Db.CountRowsAsync("versioner_pruned")).Should().Be(1);
        (await Repo.FindVersionAsync<Author>(_v2))!.Name.Should().Be("v2");
    }

    [GraphFact]
    public async Task A_pruned_version_that_a_merge_adopted_counts_once()
    {
        await CommitAsync("base", new Tag { Label = "base" });
        await Repo.CreateBranchAsync("topic", "main");
        var author = new Author { Name = "v1" };
        await CommitOnAsync("topic", "v1 on topic", author);
        var v1 = author.VersionId;
        await CommitAsync("main moves", new Tag { Label = "main" });
        var merge = await (await Repo.CheckoutAsync("main")).MergeAsync("topic");
        merge.Status.Should().Be(MergeStatus.Merged, "the merge commit lists v1 again");
        await Repo.DeleteBranchAsync("topic");
        Clock.Advance(TimeSpan.FromDays(10));
        author.Name = "v2";
        await CommitAsync("v2", author);
        Clock.Advance(TimeSpan.FromDays(40));

        var pruned = await Repo.ApplyRetentionAsync(ThirtyDays);
        var report = await Repo.VerifyAsync();

        pruned.Versions.Should().Be(1);
        (await FluentActions.Awaiting(() => Repo.FindVersionAsync<Author>(v1)).Should().ThrowAsync<VersionPrunedException>()).Which.Pruned.VersionId.Should().Be(v1);
        report.IsValid.Should().BeTrue(string.Join("\n", report.Issues));
        report.Pruned.Should().Be(1, "one version was pruned, though two commits list it");
    }

    [GraphFact]
    public async Task Reading_a_pruned_version_says_it_was_pruned_when_and_by_which_policy()
    {
        await AuthorEditedTwiceAsync();
        await Repo.ApplyRetentionAsync(ThirtyDays);

        var byId = await FluentActions.Awaiting(() => Repo.FindVersionAsync<Author>(_v1)).Should().ThrowAsync<VersionPrunedException>();
        (await Repo.FindDocumentVersionAsync(_v1)).Should().BeNull("a pruned typed version is no document version");
        var asOf = await FluentActions.Awaiting(async () => await (await Repo.SnapshotAsync(_c1.Id)).FindAsync<Author>(_author.EternalId)).Should().ThrowAsync<VersionPrunedException>();
        await FluentActions.Awaiting(async () => await (await Repo.SnapshotAsync(_c1.Id)).FindContentAsync(_author.EternalId)).Should().ThrowAsync<VersionPrunedException>();
        await FluentActions.Awaiting(() => Repo.DiffAsync(_c1.Id, "main")).Should().ThrowAsync<VersionPrunedException>();

        var pruned = byId.Which.Pruned;
        pruned.Should().Be(asOf.Which.Pruned);
        pruned.Should().Be(new PrunedVersion(_v1, "Author", _author.EternalId, _c1.Id, pruned.Checksum, Clock.GetUtcNow(), "30 days"));
        byId.Which.Message.Should().Be(
            $"Author version {_v1} (entity {_author.EternalId}) was pruned on {Clock.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ} by retention policy '30 days'; its content is no longer stored here. "
            + $"Read a newer revision, or restore it from that policy's archive (it must hash to {pruned.Checksum}).");
    }

    [GraphFact]
    public async Task History_marks_pruned_entries_and_an_old_snapshot_lists_what_it_lacks()
    {
        await AuthorEditedTwiceAsync();
        await Repo.ApplyRetentionAsync(ThirtyDays);

        var history = await Repo.HistoryAsync<Author>(_author.EternalId, "main");
        var old = await Repo.SnapshotAsync(_c1.Id);

        history.Select(h => (h.Version?.Name, h.Pruned?.VersionId)).Should().Equal(("v3", null), ("v2", null), (null, _v1));
        history[2].Kind.Should().Be(ChangeKind.Added);
        (await old.Query<Author>().CountAsync()).Should().Be(0);
        (await old.PrunedAsync().ToListAsync()).Should().ContainSingle().Which.VersionId.Should().Be(_v1);
        (await (await Repo.SnapshotAsync("main")).PrunedAsync().ToListAsync()).Should().BeEmpty();
        (await Repo.BlameAsync(_author.EternalId, "main")).Should().ContainSingle().Which.Commit.Message.Should().Be("v3");
    }

    [GraphFact]
    public async Task Versions_beyond_the_newest_n_of_each_entity_are_pruned()
    {
        var author = new Author { Name = "a1" };
        var tag = new Tag { Label = "t1" };
        await CommitAsync("1", author, tag);
        var a1 = author.VersionId;
        author.Name = "a2";
        await CommitAsync("2", author);
        var a2 = author.VersionId;
        author.Name = "a3";
        await CommitAsync("3", author);
        author.Name = "a4";
        await CommitAsync("4", author);

        var result = await Repo.ApplyRetentionAsync(new RetentionPolicy { KeepNewest = 2 });

        result.VersionsByType.Should().Equal(new Dictionary<string, long> { ["Author"] = 2 });
        (await Db.Authors.Select(a => a.Name).OrderBy(n => n).ToListAsync()).Should().Equal("a3", "a4");
        (await Db.CountRowsAsync("Tags")).Should().Be(1);
        (await Db.Set<Storage.PrunedRow>().Select(p => p.VersionId).ToListAsync()).Should().BeEquivalentTo([a1, a2]);
        (await Db.Set<Storage.PrunedRow>().Select(p => p.Policy).Distinct().ToListAsync()).Should().Equal(RetentionPolicy.DefaultName);
    }

    [GraphFact]
    public async Task With_both_rules_a_version_is_pruned_only_when_both_allow_it()
    {
        await AuthorEditedTwiceAsync();

        // Keeping the newest one allows v1 and v2, but v2 was replaced too recently; keeping three allows nothing.
        var ageDecides = await Repo.PreviewRetentionAsync(ThirtyDays with { KeepNewest = 1 });
        var countDecides = await Repo.PreviewRetentionAsync(ThirtyDays with { KeepNewest = 3 });

        ageDecides.Versions.Should().Be(1);
        countDecides.Versions.Should().Be(0);
    }

    [GraphFact]
    public async Task Versions_current_on_any_branch_or_tag_survive()
    {
        await AuthorEditedTwiceAsync();
        await Repo.CreateBranchAsync("old", _c1.Id);
        await Repo.CreateTagAsync("v2-era", _c2.Id);

        var result = await Repo.ApplyRetentionAsync(new RetentionPolicy { NoncurrentFor = TimeSpan.Zero, KeepNewest = 1 });

        result.Versions.Should().Be(0);
        (await (await Repo.SnapshotAsync("old")).FindAsync<Author>(_author.EternalId))!.Name.Should().Be("v1");
        (await (await Repo.SnapshotAsync("v2-era")).FindAsync<Author>(_author.EternalId))!.Name.Should().Be("v2");
    }

    [GraphFact]
    public async Task A_deleted_branch_no_longer_keeps_its_versions()
    {
        await AuthorEditedTwiceAsync();
        await Repo.CreateBranchAsync("old", _c1.Id);
        await Repo.DeleteBranchAsync("old", force: true);

        var result = await Repo.ApplyRetentionAsync(new RetentionPolicy { NoncurrentFor = TimeSpan.Zero });

        result.Versions.Should().Be(2);
    }

    [GraphFact]
    public async Task What_a_working_commit_uses_survives()
    {
        await AuthorEditedTwiceAsync();
        var other = new Tag { Label = "t1" };
        var editing = await Repo.CheckoutAsync();
        await editing.SaveAsync(other);
        // The branch moves on underneath the workspace: v3 is replaced on main, but the workspace still stands on it.
        _author.Name = "v4";
        await CommitAsync("v4", _author);
        Clock.Advance(TimeSpan.FromDays(60));
        var v3 = (await Repo.HistoryAsync(_author.EternalId, "main"))[1].VersionId!.Value;

        var result = await Repo.ApplyRetentionAsync(ThirtyDays);

        result.Versions.Should().Be(2, "v1 and v2 are as old and only the workspace keeps v3");
        (await Repo.FindVersionAsync<Author>(v3))!.Name.Should().Be("v3");
        (await (await editing.SnapshotAsync()).FindAsync<Author>(_author.EternalId))!.Name.Should().Be("v3");
    }

    [GraphFact]
    public async Task A_version_a_pinned_reference_names_survives()
    {
        var rate = new Rate { Name = "standard", PerHour = 100m };
        await CommitAsync("rate", rate);
        var pinnedRate = rate.VersionId;
        await CommitAsync("appointment", new Appointment { RateVersionId = pinnedRate, Day = new DateOnly(2026, 3, 1) });
        rate.PerHour = 120m;
        await CommitAsync("raise", rate);
        var unpinned = rate.VersionId;
        rate.PerHour = 130m;
        await CommitAsync("raise again", rate);

        var result = await Repo.ApplyRetentionAsync(new RetentionPolicy { NoncurrentFor = TimeSpan.Zero });

        result.Versions.Should().Be(1);
        (await Repo.FindVersionAsync<Rate>(pinnedRate))!.PerHour.Should().Be(100m);
        await FluentActions.Awaiting(() => Repo.FindVersionAsync<Rate>(unpinned)).Should().ThrowAsync<VersionPrunedException>();
    }

    [GraphFact]
    public async Task Old_document_versions_are_pruned_and_reading_one_says_so()
    {
        var ws = await Repo.CheckoutAsync();
        var invoice = await ws.SaveDocumentAsync("Invoice", default, JsonDocument.Parse("""{"total": 1}""").RootElement);
        var first = await ws.FinalizeAsync("ada", "invoice");
        ws = await Repo.CheckoutAsync();
        await ws.SaveDocumentAsync("Invoice", invoice.EternalId, JsonDocument.Parse("""{"total": 2}""").RootElement);
        await ws.FinalizeAsync("ada", "correction");

        var result = await Repo.ApplyRetentionAsync(new RetentionPolicy { KeepNewest = 1 });

        result.VersionsByType.Should().Equal(new Dictionary<string, long> { ["Invoice"] = 1 });
        (await Db.CountRowsAsync("versioner_documents")).Should().Be(1);
        var pruned = await FluentActions.Awaiting(async () => await (await Repo.SnapshotAsync(first)).FindDocumentAsync("Invoice", invoice.EternalId)).Should().ThrowAsync<VersionPrunedException>();
        pruned.Which.Pruned.VersionId.Should().Be(invoice.VersionId);
        (await (await Repo.SnapshotAsync("main")).FindDocumentAsync("Invoice", invoice.EternalId))!.Data.GetProperty("total").GetInt32().Should().Be(2);
        (await FluentActions.Awaiting(() => Repo.FindDocumentVersionAsync(invoice.VersionId)).Should().ThrowAsync<VersionPrunedException>())
            .Which.Pruned.Should().Be(pruned.Which.Pruned, "found by id, the pruned version says so as it does as of its commit");
    }

    [GraphFact]
    public async Task Merge_bases_of_branches_survive_so_a_later_merge_still_works()
    {
        var author = new Author { Name = "base", EternalId = EternalId.New() };
        await CommitAsync("base", author);
        await Repo.CreateBranchAsync("topic", "main");
        await CommitOnAsync("topic", "topic edit", new Author { EternalId = author.EternalId, Name = "topic" });
        await CommitAsync("main edit", new Author { EternalId = author.EternalId, Name = "base" }, new Tag { Label = "t" });
        Clock.Advance(TimeSpan.FromDays(100));

        var result = await Repo.ApplyRetentionAsync(new RetentionPolicy { NoncurrentFor = TimeSpan.Zero });
        var merge = await (await Repo.CheckoutAsync("main")).MergeAsync("topic", new MergeOptions { Author = "ada", Message = "merge topic" });

        result.Versions.Should().Be(0);
        merge.Status.Should().Be(MergeStatus.Merged);
        (await (await Repo.SnapshotAsync("main")).FindAsync<Author>(author.EternalId))!.Name.Should().Be("topic");
    }

    [GraphFact]
    public async Task After_pruning_verify_passes_counting_pruned_versions_and_still_finds_a_real_deletion()
    {
        SkipPlaceInvariant("deletes a version row on purpose, to see Verify find it");
        await AuthorEditedTwiceAsync();
        var ws = await Repo.CheckoutAsync();
        var invoice = await ws.SaveDocumentAsync("Invoice", default, JsonDocument.Parse("""{"total": 1}""").RootElement);
        await ws.FinalizeAsync("ada", "invoice");
        await Repo.ApplyRetentionAsync(ThirtyDays);

        var intact = await Repo.VerifyAsync();
        var reachable = await Repo.VerifyAsync("main");
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("DELETE FROM versioner_documents");
        var damaged = await Repo.VerifyAsync();

        intact.IsValid.Should().BeTrue(string.Join("\n", intact.Issues));
        intact.Pruned.Should().Be(1);
        intact.ToString().Should().EndWith(", 1 pruned");
        reachable.Should().Match<VerifyReport>(r => r.IsValid && r.Pruned == 1);
        damaged.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.MissingRow && i.VersionId == invoice.VersionId && i.Actual == "no row");
        damaged.Pruned.Should().Be(1);
    }

    [GraphFact]
    public async Task A_row_that_went_missing_is_never_disguised_as_pruned()
    {
        SkipPlaceInvariant("deletes a version row on purpose, to see it kept apart from pruned ones");
        await AuthorEditedTwiceAsync();
        await Db.DropGuardsAsync();
#pragma warning disable EF1002 // a literal made by the test
        await Db.Database.ExecuteSqlRawAsync($"""DELETE FROM "Authors" WHERE "Name" = 'v1'""");
#pragma warning restore EF1002

        var result = await Repo.ApplyRetentionAsync(ThirtyDays);

        result.Versions.Should().Be(0);
        (await Repo.VerifyAsync()).Issues.Should().ContainSingle().Which.Kind.Should().Be(VerifyIssueKind.MissingRow);
    }

    [GraphFact]
    public async Task A_mark_that_does_not_match_the_recorded_checksum_does_not_excuse_the_missing_row()
    {
        await AuthorEditedTwiceAsync();
        await Repo.ApplyRetentionAsync(ThirtyDays);
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_pruned SET checksum = (SELECT checksum FROM versioner_commits WHERE checksum IS NOT NULL LIMIT 1)");

        var report = await Repo.VerifyAsync();

        report.Pruned.Should().Be(0);
        var issue = report.Issues.Should().ContainSingle().Subject;
        issue.Kind.Should().Be(VerifyIssueKind.MissingRow);
        issue.VersionId.Should().Be(_v1);
        issue.Actual.Should().StartWith("pruned mark records ");
    }

    [GraphFact]
    public async Task Pointer_records_only_pruned_versions_held_go_and_shared_ones_stay()
    {
        var book = new Book { Title = "Dune", Blurb = "first blurb" };
        await CommitAsync("1", book);
        book.Blurb = "second blurb";
        await CommitAsync("2", book);
        var pointers = await Db.CountRowsAsync("versioner_pointers");

        var result = await Repo.ApplyRetentionAsync(new RetentionPolicy { KeepNewest = 1 });

        result.Pointers.Should().Be(1);
        (await Db.CountRowsAsync("versioner_pointers")).Should().Be(pointers - 1);
        (await (await Repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId))!.Blurb!.Value.Should().Be("second blurb");
        (await Repo.VerifyAsync()).IsValid.Should().BeTrue();
    }

    [GraphFact]
    public async Task The_archive_holds_each_pruned_version_and_pointer_and_rehashes_to_their_checksums()
    {
        var book = new Book { Title = "Dune", Price = 9.5m, Blurb = "first blurb" };
        await CommitAsync("1", book);
        var first = book.VersionId;
        var recorded = (await (await Repo.SnapshotAsync("main")).FindContentAsync(book.EternalId))!.ComputeChecksum();
        book.Blurb = "second blurb";
        await CommitAsync("2", book);
        using var archive = new MemoryStream();

        var result = await Repo.ApplyRetentionAsync(new RetentionPolicy { KeepNewest = 1 }, archive);

        result.Archived.Should().Be(2);
        var lines = System.Text.Encoding.UTF8.GetString(archive.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(2);
        var version = lines.Single(l => l.GetProperty("kind").GetString() == "version");
        version.GetProperty("version_id").GetString().Should().Be(first.ToString());
        version.GetProperty("entity_type").GetString().Should().Be("Book");
        version.GetProperty("checksum").GetString().Should().Be(recorded.ToString());
        Convert.ToHexStringLower(SHA256.HashData(version.GetProperty("canonical").GetBytesFromBase64())).Should().Be(recorded.ToString());
        version.GetProperty("fields").GetProperty("Title").GetString().Should().Be("Dune");
        version.GetProperty("fields").GetProperty("Price").GetRawText().Should().Be("9.5");
        var pointer = lines.Single(l => l.GetProperty("kind").GetString() == "pointer");
        pointer.GetProperty("checksum").GetString().Should().Be(LargeText.From("first blurb").Checksum.ToString());
        System.Text.Encoding.UTF8.GetString(pointer.GetProperty("content").GetBytesFromBase64()).Should().Be("first blurb");
    }

    [GraphFact]
    public async Task Pushing_a_pruned_history_copies_its_marks_and_the_copy_verifies_and_reads_as_pruned()
    {
        await AuthorEditedTwiceAsync();
        await Repo.ApplyRetentionAsync(ThirtyDays);
        var (otherDb, other) = await OpenOtherDatabaseAsync<TProvider>();

        var pushed = await Repo.PushAsync(other, "main");

        pushed.Commits.Should().Be(3);
        pushed.Versions.Should().Be(2);
        pushed.Pruned.Should().Be(1);
        var report = await other.VerifyAsync();
        report.IsValid.Should().BeTrue(string.Join("\n", report.Issues));
        report.Pruned.Should().Be(1);
        (await Repo.CompareAsync(other)).IsIdentical.Should().BeTrue();
        var read = await FluentActions.Awaiting(() => other.FindVersionAsync<Author>(_v1)).Should().ThrowAsync<VersionPrunedException>();
        read.Which.Pruned.Should().Match<PrunedVersion>(p => p.CommitId == _c1.Id && p.Policy == "30 days");
        (await other.FindVersionAsync<Author>(_v2))!.Name.Should().Be("v2");
        (await otherDb.CountRowsAsync("versioner_pruned")).Should().Be(1);

        // And back: a fresh database pulls the pruned history from the copy.
        var (_, third) = await OpenOtherDatabaseAsync<TProvider>();
        (await third.PullAsync(other, "main")).Pruned.Should().Be(1);
        (await third.VerifyAsync()).Should().Match<VerifyReport>(r => r.IsValid && r.Pruned == 1);
    }

    [GraphFact]
    public async Task A_pruned_mark_that_disagrees_with_its_commit_is_refused_and_nothing_is_copied()
    {
        await AuthorEditedTwiceAsync();
        await Repo.ApplyRetentionAsync(ThirtyDays);
        await Db.DropGuardsAsync();
        // A 32-byte checksum, but not the one the version's commit records.
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_pruned SET checksum = (SELECT checksum FROM versioner_commits WHERE checksum IS NOT NULL LIMIT 1)");
        var (otherDb, other) = await OpenOtherDatabaseAsync<TProvider>();

        var refused = await FluentActions.Awaiting(() => Repo.PushAsync(other, "main")).Should().ThrowAsync<TransferVerificationException>();

        refused.Which.Commit.Should().Be(_c1.Id);
        refused.Which.Message.Should().Contain($"version {_v1} was pruned, but its mark records");
        (await otherDb.CountRowsAsync("versioner_commits")).Should().Be(0);
        (await otherDb.CountRowsAsync("versioner_pruned")).Should().Be(0);
    }

    [GraphFact]
    public async Task Damaged_content_is_not_archived_and_nothing_is_pruned()
    {
        await AuthorEditedTwiceAsync();
        await Db.DropGuardsAsync();
        await Db.Database.ExecuteSqlRawAsync("""UPDATE "Authors" SET "Name" = 'forged' WHERE "Name" = 'v1'""");
        using var archive = new MemoryStream();

        var refused = await FluentActions.Awaiting(() => Repo.ApplyRetentionAsync(ThirtyDays, archive)).Should().ThrowAsync<VersionerException>();

        refused.Which.Message.Should().Be(
            $"Author version {_v1} no longer hashes to the checksum its commit {_c1.Id} recorded, so it cannot be archived faithfully. Nothing was pruned; run VerifyAsync() (or `versioner verify`) to find the damaged rows.");
        (await Db.CountRowsAsync("Authors")).Should().Be(3);
        (await Db.CountRowsAsync("versioner_pruned")).Should().Be(0);
    }

    [GraphFact]
    public async Task A_preview_reports_what_would_be_pruned_and_changes_nothing()
    {
        await AuthorEditedTwiceAsync();

        var preview = await Repo.PreviewRetentionAsync(ThirtyDays);

        preview.IsPreview.Should().BeTrue();
        preview.ToString().Should().Be("would prune 1 version(s) (Author 1), 0 pointer(s) by '30 days'");
        (await Db.CountRowsAsync("Authors")).Should().Be(3);
        (await Db.CountRowsAsync("versioner_pruned")).Should().Be(0);
        (await Repo.ApplyRetentionAsync(ThirtyDays)).Versions.Should().Be(preview.Versions);
    }

    [GraphFact]
    public async Task A_failing_archive_rolls_everything_back()
    {
        await AuthorEditedTwiceAsync();

        await FluentActions.Awaiting(() => Repo.ApplyRetentionAsync(ThirtyDays, new FailingStream())).Should().ThrowAsync<IOException>().WithMessage("disk full");

        (await Db.CountRowsAsync("Authors")).Should().Be(3);
        (await Db.CountRowsAsync("versioner_pruned")).Should().Be(0);
        (await Db.CountRowsAsync("versioner_maintenance")).Should().Be(0);
        (await Repo.ApplyRetentionAsync(ThirtyDays)).Versions.Should().Be(1);
    }

    [GraphFact]
    public async Task Pruning_twice_prunes_nothing_more()
    {
        await AuthorEditedTwiceAsync();
        await Repo.ApplyRetentionAsync(ThirtyDays);

        var again = await Repo.ApplyRetentionAsync(ThirtyDays);

        again.Versions.Should().Be(0);
        (await Db.CountRowsAsync("versioner_pruned")).Should().Be(1);
    }

    [GraphFact]
    public async Task Marks_are_guarded_like_history()
    {
        await AuthorEditedTwiceAsync();
        await Repo.ApplyRetentionAsync(ThirtyDays);

        await FluentActions.Awaiting(() => Db.Database.ExecuteSqlRawAsync("DELETE FROM versioner_pruned")).Should().ThrowAsync<Exception>()
            .Where(e => e.Message.Contains("immutable"));
    }

    [GraphFact]
    public async Task An_invalid_policy_is_refused_with_every_problem_named()
    {
        await FluentActions.Awaiting(() => Repo.ApplyRetentionAsync(new RetentionPolicy())).Should().ThrowAsync<InvalidRetentionPolicyException>()
            .WithMessage("Invalid retention policy 'retention': set NoncurrentFor, KeepNewest or both, or the policy prunes nothing. Nothing was pruned.");
        await FluentActions.Awaiting(() => Repo.PreviewRetentionAsync(new RetentionPolicy { Name = " ", NoncurrentFor = TimeSpan.FromDays(-1), KeepNewest = 0 })).Should().ThrowAsync<InvalidRetentionPolicyException>()
            .WithMessage("Invalid retention policy ' ': Name must not be empty: it is recorded on every version the policy prunes; NoncurrentFor must not be negative (it was -1.00:00:00); "
                + "KeepNewest must be at least 1 (it was 0): the newest version of an entity is never pruned by count. Nothing was pruned.");
    }

    private sealed class FailingStream : MemoryStream
    {
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => throw new IOException("disk full");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new IOException("disk full");

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("disk full");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("disk full");
    }

    [GraphFact]
    public async Task Pointer_records_a_drafts_edits_superseded_or_a_discarded_workspace_left_are_reclaimed_and_held_ones_stay()
    {
        var tags = Enumerable.Range(0, 7).Select(i => new Tag { Label = $"tag {i}" }).ToArray();
        await CommitAsync("tags", tags);
        var ws = await Repo.CheckoutAsync();
        var book = new Book { Title = "Dune", Tags = EternalIdSet.Of(tags[0].EternalId) };
        await ws.SaveAsync(book);
        for (var i = 1; i <= 5; i++)
        {
            book.Tags = EternalIdSet.Of(tags.Take(i + 1).Select(t => t.EternalId)); // edited in place: a new set record each time
            await ws.SaveAsync(book);
        }

        await ws.FinalizeAsync("ada", "tagged");
        var discarded = await Repo.CheckoutAsync();
        await discarded.SaveAsync(new Book { Title = "Emma", Tags = EternalIdSet.Of(tags[6].EternalId) });
        await discarded.DiscardAsync();
        var pointers = await Db.CountRowsAsync("versioner_pointers");
        var members = await Db.CountRowsAsync("versioner_pointer_members");

        var preview = await Repo.PreviewRetentionAsync(ThirtyDays);
        var result = await Repo.ApplyRetentionAsync(ThirtyDays);

        preview.Pointers.Should().Be(6, "five superseded sets and the discarded workspace's set");
        result.Versions.Should().Be(0, "nothing is old enough to prune");
        result.Pointers.Should().Be(6);
        (await Db.CountRowsAsync("versioner_pointers")).Should().Be(pointers - 6);
        (await Db.CountRowsAsync("versioner_pointer_members")).Should().Be(members - (1 + 2 + 3 + 4 + 5) - 1);
        (await (await Repo.SnapshotAsync("main")).FindAsync<Book>(book.EternalId))!.Tags.Should().BeEquivalentTo(tags.Take(6).Select(t => t.EternalId));
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
        (await Repo.ApplyRetentionAsync(ThirtyDays)).Pointers.Should().Be(0, "what versions hold is never reclaimed");
    }
}

public sealed class RetentionTests_Sqlite : RetentionTests<SqliteProvider>;
