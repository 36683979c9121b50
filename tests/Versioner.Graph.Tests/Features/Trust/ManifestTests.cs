using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Every finalized commit records its manifest (<c>versioner_manifests</c>: the version each change makes current, or
/// a removal's eternal id, 16 bytes each in order), so Verify names a change whose rows were deleted behind
/// Versioner's back even when no other row names it: the case of a layout that keeps one row per version.
/// </summary>
public abstract class ManifestTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private Commit _first = null!;
    private Commit _second = null!;
    private Commit _removal = null!;
    private Tag _sf = null!;
    private Book _book = null!;

    private async Task HistoryAsync()
    {
        _sf = new Tag { Label = "sf" };
        var fantasy = new Tag { Label = "fantasy" };
        _first = await CommitAsync("first", _sf, fantasy);
        _book = new Book { Title = "The Dispossessed", Tags = EternalIdSet.Of(_sf.EternalId) };
        _second = await CommitAsync("second", _book);
        var ws = await Repo.CheckoutAsync();
        await ws.RemoveAsync(fantasy);
        _removal = await ws.FinalizeAsync("ada", "no fantasy");
    }

    private async Task<List<(Guid Commit, string Changes)>> ManifestsAsync() =>
        await RawRows.Rows(Db, "SELECT commit_id, changes FROM versioner_manifests", r => (RawRows.Id(r, 0), Convert.ToHexString((byte[])r.GetValue(1))));

    [GraphFact]
    public async Task A_commit_records_the_keys_of_its_changes_in_order()
    {
        await HistoryAsync();
        var tags = (await (await Repo.SnapshotAsync(_first.Id)).Query<Tag>().ToListAsync()).Select(t => t.VersionId.Value);
        var fantasy = (await (await Repo.SnapshotAsync(_first.Id)).Query<Tag>().SingleAsync(t => t.Label == "fantasy")).EternalId;

        var manifests = await ManifestsAsync();

        manifests.Should().BeEquivalentTo(new[]
        {
            (_first.Id.Value, Hex(tags)),
            (_second.Id.Value, Hex([_book.VersionId.Value])),
            (_removal.Id.Value, Hex([fantasy.Value])),
        });
    }

    [GraphFact]
    public async Task A_deleted_version_row_is_named_by_its_commits_manifest_alone()
    {
        // The version row is the version's only record, so nothing else names it; the commit cannot be re-hashed
        // without it, and is named with the missing row rather than as a commit that no longer hashes.
        SkipPlaceInvariant("deletes a version row on purpose, to see Verify name it");
        await HistoryAsync();
#pragma warning disable EF1002 // ids made by the test
        await Db.TamperAsync($"DELETE FROM \"Books\" WHERE \"VersionId\" = {Db.IdLiteral(_book.VersionId.Value)}");
#pragma warning restore EF1002

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Be(new VerifyIssue(
            VerifyIssueKind.MissingRow, _second.Id, _book.VersionId, null, $"version {_book.VersionId}, which the commit's manifest lists", "no row"));
    }

    [GraphFact]
    public async Task A_removal_whose_change_row_was_deleted_is_named_with_its_entity()
    {
        SkipPlaceInvariant("deletes a removal's change row on purpose");
        await HistoryAsync();
        var fantasy = (await (await Repo.SnapshotAsync(_first.Id)).Query<Tag>().SingleAsync(t => t.Label == "fantasy")).EternalId;
#pragma warning disable EF1002 // ids made by the test
        await Db.TamperAsync($"DELETE FROM versioner_changes WHERE commit_id = {Db.IdLiteral(_removal.Id.Value)}");
#pragma warning restore EF1002

        var report = await Repo.VerifyAsync();

        // Also reported: the version the removal ended still ends there (its validity names a change no row holds).
        report.Issues.Should().HaveCount(2).And.ContainSingle(i => i.Kind == VerifyIssueKind.AsOfIndexMismatch);
        report.Issues.Should().ContainSingle(i => i.Kind == VerifyIssueKind.MissingRow).Which.Should().Be(new VerifyIssue(
            VerifyIssueKind.MissingRow, _removal.Id, null, "Tag", $"the removal of Tag {fantasy}, which the commit's manifest lists", "no change row"));
    }

    [GraphFact]
    public async Task An_adoption_row_added_behind_Versioners_back_is_named_as_not_in_the_manifest()
    {
        // An adopted change row is read with the commit's changes: one its manifest does not list is named, once, and
        // the commit is hashed over the changes it lists.
        SkipPlaceInvariant("adds a change row on purpose");
        await HistoryAsync();
#pragma warning disable EF1002 // ids made by the test
        await Db.TamperAsync($"INSERT INTO versioner_changes (commit_id, eternal_id, entity_type, version_id, adopted, version_checksum, segment, depth) SELECT {Db.IdLiteral(_removal.Id.Value)}, \"EternalId\", 'Tag', \"VersionId\", {(Db.Database.IsNpgsql() ? "TRUE" : "1")}, versioner_checksum, versioner_segment, versioner_depth + 2 FROM \"Tags\" WHERE \"VersionId\" = {Db.IdLiteral(_sf.VersionId.Value)}");
#pragma warning restore EF1002

        var report = await Repo.VerifyAsync();

        // Also named: the tag's own row at the first commit, whose validity now should end at the added row's place.
        report.Issues.Should().HaveCount(2).And.ContainSingle(i => i.Kind == VerifyIssueKind.AsOfIndexMismatch && i.CommitId == _first.Id && i.VersionId == _sf.VersionId);
        report.Issues.Should().ContainSingle(i => i.Kind == VerifyIssueKind.UnlistedVersion).Which.Should().Be(new VerifyIssue(
            VerifyIssueKind.UnlistedVersion, _removal.Id, _sf.VersionId, "Tag", "only the changes its manifest lists", $"version {_sf.VersionId}, which the manifest does not list"));
    }

    [GraphFact]
    public async Task A_change_row_of_a_version_its_row_already_records_is_named_though_reads_skip_it()
    {
        // A version's row is its only record: the change table holds adoptions, removals and pruned versions' rows, and
        // reads skip any other row there. One written there (by hand, or left over) is still named, by its commit.
        SkipPlaceInvariant("adds a change row on purpose");
        await HistoryAsync();
#pragma warning disable EF1002 // ids made by the test
        await Db.TamperAsync($"INSERT INTO versioner_changes (commit_id, eternal_id, entity_type, version_id, adopted, version_checksum, segment, depth) SELECT \"CommitId\", \"EternalId\", 'Book', \"VersionId\", {(Db.Database.IsNpgsql() ? "FALSE" : "0")}, versioner_checksum, versioner_segment, versioner_depth FROM \"Books\"");
#pragma warning restore EF1002

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Be(new VerifyIssue(
            VerifyIssueKind.UnlistedVersion, _second.Id, _book.VersionId, "Book", "no change row of its own in versioner_changes (a version's row is its only record)", "a change row neither adopted nor of a pruned version, which reads skip"));
    }

    [GraphFact]
    public async Task A_deleted_manifest_is_found()
    {
        await HistoryAsync();
#pragma warning disable EF1002 // ids made by the test
        await Db.TamperAsync($"DELETE FROM versioner_manifests WHERE commit_id = {Db.IdLiteral(_second.Id.Value)}");
#pragma warning restore EF1002
        SkipPlaceInvariant("deletes a manifest on purpose");

        var report = await Repo.VerifyAsync();

        report.Issues.Should().ContainSingle().Which.Should().Be(new VerifyIssue(
            VerifyIssueKind.MissingRow, _second.Id, null, null, "the commit's manifest (a versioner_manifests row listing its 1 change(s))", "no row"));
    }

    [GraphFact]
    public async Task A_pushed_history_has_the_same_manifests_as_its_source()
    {
        await HistoryAsync();
        var (db, target) = await OpenOtherDatabaseAsync<TProvider>();

        await Repo.PushAsync(target, "main");

        (await RawRows.Rows(db, "SELECT commit_id, changes FROM versioner_manifests", r => (RawRows.Id(r, 0), Convert.ToHexString((byte[])r.GetValue(1)))))
            .Should().BeEquivalentTo(await ManifestsAsync());
    }

    private static string Hex(IEnumerable<Guid> keys) =>
        string.Concat(keys.Select(k => Convert.ToHexString(k.ToByteArray(bigEndian: true))).Order(StringComparer.Ordinal));
}

public sealed class ManifestTests_Sqlite : ManifestTests<SqliteProvider>;

public sealed class ManifestTests_Postgres : ManifestTests<PostgresProvider>;
