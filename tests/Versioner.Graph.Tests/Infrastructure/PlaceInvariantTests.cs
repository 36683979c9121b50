using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Model;
using static Versioner.Tests.Infrastructure.RawRows;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// The place invariant every Graph test checks when it ends (<see cref="PlaceInvariant"/>), broken on purpose with raw
/// SQL: each rule names the table, the version row and, for a column, both values.
/// </summary>
public abstract class PlaceInvariantTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private const string OnPurpose = "breaks the place invariant on purpose, to see it named";

    private Book _dune = null!;

    /// <summary>Dune at 10, then at 11, on main: the first version's validity ends at the second commit; the second is current.</summary>
    private async Task<(VersionId First, VersionId Current)> HistoryAsync()
    {
        SkipPlaceInvariant(OnPurpose);
        _dune = new Book { Title = "Dune", Price = 10 };
        await CommitAsync("dune", _dune);
        var first = await CurrentDuneAsync();
        _dune.Price = 11;
        await CommitAsync("dune 11", _dune);
        return (first, await CurrentDuneAsync());
    }

    private async Task<VersionId> CurrentDuneAsync() => (await (await Repo.SnapshotAsync("main")).FindAsync<Book>(_dune.EternalId))!.VersionId;

    /// <summary>The segment and depth of the commit that made <paramref name="version"/>, and that commit.</summary>
    private static async Task<(long Segment, long Depth, Guid Commit)> PlaceAsync(LibraryContext db, VersionId version, string table = "\"Books\"", string column = "\"VersionId\"", string commitColumn = "\"CommitId\"") =>
        (await Rows(
            db,
            $"SELECT k.segment, k.depth, k.id FROM {table} t JOIN versioner_commits k ON k.id = t.{commitColumn} WHERE t.{column} = {db.IdLiteral(version.Value)}",
            r => (r.GetInt64(0), r.GetInt64(1), Id(r, 2)))).Single();

#pragma warning disable EF1002 // ids made by the test
    [GraphFact]
    public async Task A_version_row_off_its_commits_segment_is_named_and_so_is_the_validity_it_no_longer_ends()
    {
        var (first, current) = await HistoryAsync();
        var (segment, depth, _) = await PlaceAsync(Db, current);

        await Db.TamperAsync($"UPDATE \"Books\" SET versioner_segment = versioner_segment + 100 WHERE \"VersionId\" = {Db.IdLiteral(current.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal(
            $"Books row {first}: versioner_until {depth}, the next change of its entity on segment {segment} none",
            $"Books row {current}: versioner_segment {segment + 100}, its commit's segment {segment}");
    }

    [GraphFact]
    public async Task A_version_row_off_its_commits_depth_is_named()
    {
        var (first, current) = await HistoryAsync();
        var (segment, depth, _) = await PlaceAsync(Db, current);

        await Db.TamperAsync($"UPDATE \"Books\" SET versioner_depth = versioner_depth + 7 WHERE \"VersionId\" = {Db.IdLiteral(current.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal(
            $"Books row {first}: versioner_until {depth}, the next change of its entity on segment {segment} at depth {depth + 7}",
            $"Books row {current}: versioner_depth {depth + 7}, its commit's depth {depth}");
    }

    [GraphFact]
    public async Task A_validity_that_does_not_end_at_the_next_change_is_named_null_or_not()
    {
        var (first, current) = await HistoryAsync();
        var (segment, depth, _) = await PlaceAsync(Db, current);

        await Db.TamperAsync($"UPDATE \"Books\" SET versioner_until = 7 WHERE \"VersionId\" = {Db.IdLiteral(current.Value)}");
        await Db.Database.ExecuteSqlRawAsync($"UPDATE \"Books\" SET versioner_until = NULL WHERE \"VersionId\" = {Db.IdLiteral(first.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal(
            $"Books row {first}: versioner_until null, the next change of its entity on segment {segment} at depth {depth}",
            $"Books row {current}: versioner_until 7, the next change of its entity on segment {segment} none");
    }

    [GraphFact]
    public async Task A_change_row_of_a_versions_own_is_named_as_the_version_row_is_its_only_record()
    {
        var (_, current) = await HistoryAsync();
        var (_, _, commit) = await PlaceAsync(Db, current);

        await Db.TamperAsync(
            "INSERT INTO versioner_changes (commit_id, eternal_id, entity_type, version_id, version_checksum, segment, depth, adopted) "
            + $"SELECT \"CommitId\", \"EternalId\", 'Book', \"VersionId\", versioner_checksum, versioner_segment, versioner_depth, {(Db.Database.IsNpgsql() ? "false" : "0")} FROM \"Books\" WHERE \"VersionId\" = {Db.IdLiteral(current.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal(
            $"versioner_changes row of commit {commit}, entity {_dune.EternalId} (Book): an own change row of version {current}, which is not pruned",
            $"finalized commit {commit}: manifest lists [{current}], its change rows' keys are [{current}, {current}]");
    }

    [GraphFact]
    public async Task A_version_row_deleted_is_missing_from_its_commits_manifest()
    {
        var (first, _) = await HistoryAsync();
        var (_, _, commit) = await PlaceAsync(Db, first);

        await Db.TamperAsync($"DELETE FROM \"Books\" WHERE \"VersionId\" = {Db.IdLiteral(first.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal($"finalized commit {commit}: manifest lists [{first}], its change rows' keys are []");
    }

    [GraphFact]
    public async Task A_removal_whose_validity_is_wrong_is_named_too()
    {
        var (_, _) = await HistoryAsync();
        var ws = await Repo.CheckoutAsync();
        await ws.RemoveAsync(_dune);
        var removal = await ws.FinalizeAsync("ada", "no dune");

        await Db.TamperAsync($"UPDATE versioner_changes SET until_depth = 99 WHERE commit_id = {Db.IdLiteral(removal.Id.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().ContainSingle().Which.Should().StartWith(
            $"versioner_changes row of commit {removal.Id}, entity {_dune.EternalId}: until_depth 99, the next change of its entity on segment");
    }

    [GraphFact]
    public async Task A_pruned_version_keeps_its_change_row_without_a_row()
    {
        var (first, _) = await HistoryAsync();

        var result = await Repo.ApplyRetentionAsync(new RetentionPolicy { KeepNewest = 1 });

        result.Versions.Should().Be(1);
        (await Rows(Db, $"SELECT COUNT(*) FROM \"Books\" WHERE \"VersionId\" = {Db.IdLiteral(first.Value)}", r => r.GetInt64(0))).Single().Should().Be(0);
        (await Rows(Db, $"SELECT COUNT(*) FROM versioner_changes WHERE version_id = {Db.IdLiteral(first.Value)}", r => r.GetInt64(0))).Single().Should().Be(1);
        (await PlaceInvariantViolationsAsync()).Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_document_version_is_held_to_it_as_well()
    {
        SkipPlaceInvariant(OnPurpose);
        var ws = await Repo.CheckoutAsync();
        using var data = JsonDocument.Parse("""{"total": 12.50}""");
        var invoice = await ws.SaveDocumentAsync("Invoice", EternalId.New(), data.RootElement);
        await ws.FinalizeAsync("ada", "an invoice");
        var (_, depth, _) = await PlaceAsync(Db, invoice.VersionId, "versioner_documents", "version_id", "commit_id");

        await Db.TamperAsync($"UPDATE versioner_documents SET versioner_depth = versioner_depth + 3 WHERE version_id = {Db.IdLiteral(invoice.VersionId.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal($"versioner_documents row {invoice.VersionId}: versioner_depth {depth + 3}, its commit's depth {depth}");
    }

    [GraphFact]
    public async Task A_database_the_test_made_with_a_context_of_its_own_is_checked_too()
    {
        // GraphTest never sees this context: the check knows the database's tables from EF's event for the context.
        SkipPlaceInvariant(OnPurpose);
        await using var db = new LibraryContext(await NewDatabase<TProvider>().CreateAsync<LibraryContext>());
        await db.Database.EnsureCreatedAsync();
        var ws = await (await OpenRepositoryAsync(db)).CheckoutAsync();
        var ursula = await ws.SaveAsync(new Author { Name = "Ursula" });
        await ws.FinalizeAsync("ada", "first");
        var (_, depth, _) = await PlaceAsync(db, ursula.VersionId, "\"Authors\"");

        await db.TamperAsync($"UPDATE \"Authors\" SET versioner_depth = versioner_depth + 1 WHERE \"VersionId\" = {db.IdLiteral(ursula.VersionId.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal($"Authors row {ursula.VersionId}: versioner_depth {depth + 1}, its commit's depth {depth}");
    }
#pragma warning restore EF1002
}

public sealed class PlaceInvariantTests_Sqlite : PlaceInvariantTests<SqliteProvider>;

public sealed class PlaceInvariantTests_Postgres : PlaceInvariantTests<PostgresProvider>;
