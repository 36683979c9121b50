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

    /// <summary>The own change row of <paramref name="version"/>: its segment, depth, until_depth and version_checksum, as a message shows them.</summary>
    private static async Task<(long Segment, long Depth, string Until, string Checksum)> ChangeRowAsync(LibraryContext db, VersionId version) =>
        (await Rows(
            db,
            $"SELECT segment, depth, until_depth, version_checksum FROM versioner_changes WHERE version_id = {db.IdLiteral(version.Value)} AND NOT adopted",
            r => (r.GetInt64(0), r.GetInt64(1), r.IsDBNull(2) ? "null" : r.GetInt64(2).ToString(System.Globalization.CultureInfo.InvariantCulture), Convert.ToHexStringLower((byte[])r.GetValue(3))))).Single();

#pragma warning disable EF1002 // ids made by the test
    [GraphFact]
    public async Task A_version_row_whose_segment_differs_from_its_change_row_is_named()
    {
        var (_, current) = await HistoryAsync();
        var change = await ChangeRowAsync(Db, current);

        await Db.TamperAsync($"UPDATE \"Books\" SET versioner_segment = versioner_segment + 100 WHERE \"VersionId\" = {Db.IdLiteral(current.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal($"Books row {current}: versioner_segment {change.Segment + 100}, its change row's segment {change.Segment}");
    }

    [GraphFact]
    public async Task A_version_row_whose_depth_differs_from_its_change_row_is_named()
    {
        var (first, _) = await HistoryAsync();
        var change = await ChangeRowAsync(Db, first);

        await Db.TamperAsync($"UPDATE \"Books\" SET versioner_depth = versioner_depth + 7 WHERE \"VersionId\" = {Db.IdLiteral(first.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal($"Books row {first}: versioner_depth {change.Depth + 7}, its change row's depth {change.Depth}");
    }

    [GraphFact]
    public async Task A_version_row_whose_until_differs_from_its_change_row_is_named_null_or_not()
    {
        var (first, current) = await HistoryAsync();
        var ended = await ChangeRowAsync(Db, first);

        await Db.TamperAsync($"UPDATE \"Books\" SET versioner_until = 7 WHERE \"VersionId\" = {Db.IdLiteral(current.Value)}");
        await Db.Database.ExecuteSqlRawAsync($"UPDATE \"Books\" SET versioner_until = NULL WHERE \"VersionId\" = {Db.IdLiteral(first.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().BeEquivalentTo(
            $"Books row {current}: versioner_until 7, its change row's until_depth null",
            $"Books row {first}: versioner_until null, its change row's until_depth {ended.Until}");
    }

    [GraphFact]
    public async Task A_version_row_whose_checksum_differs_from_its_change_row_is_named()
    {
        var (_, current) = await HistoryAsync();
        var change = await ChangeRowAsync(Db, current);
        var zero = Db.Database.IsNpgsql() ? "'\\x00'::bytea" : "X'00'";

        await Db.TamperAsync($"UPDATE \"Books\" SET versioner_checksum = {zero} WHERE \"VersionId\" = {Db.IdLiteral(current.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal($"Books row {current}: versioner_checksum 00, its change row's version_checksum {change.Checksum}");
    }

    [GraphFact]
    public async Task A_version_row_without_a_change_row_of_its_own_is_named()
    {
        var (first, _) = await HistoryAsync();
        var commit = (await Rows(Db, $"SELECT \"CommitId\" FROM \"Books\" WHERE \"VersionId\" = {Db.IdLiteral(first.Value)}", r => Id(r, 0))).Single();

        await Db.TamperAsync($"DELETE FROM versioner_changes WHERE version_id = {Db.IdLiteral(first.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal(
            $"Books row {first}: no change row of its own (none with commit_id {commit}, eternal_id {_dune.EternalId}, version_id {first}, not adopted)",
            $"finalized commit {commit}: manifest lists [{first}], its change rows' keys are []");
    }

    [GraphFact]
    public async Task A_version_row_whose_only_change_row_is_an_adoption_has_none_of_its_own()
    {
        var (_, current) = await HistoryAsync();

        await Db.TamperAsync($"UPDATE versioner_changes SET adopted = NOT adopted WHERE version_id = {Db.IdLiteral(current.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().ContainSingle().Which.Should().StartWith($"Books row {current}: no change row of its own");
    }

    [GraphFact]
    public async Task A_change_row_naming_another_entity_type_than_its_version_row_is_named()
    {
        var (_, current) = await HistoryAsync();

        await Db.TamperAsync($"UPDATE versioner_changes SET entity_type = 'Author' WHERE version_id = {Db.IdLiteral(current.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal($"Books row {current}: entity type Book, its change row's entity_type Author");
    }

    [GraphFact]
    public async Task A_change_row_of_its_own_whose_version_has_no_row_is_named()
    {
        var (first, _) = await HistoryAsync();
        var commit = (await Rows(Db, $"SELECT \"CommitId\" FROM \"Books\" WHERE \"VersionId\" = {Db.IdLiteral(first.Value)}", r => Id(r, 0))).Single();

        await Db.TamperAsync($"DELETE FROM \"Books\" WHERE \"VersionId\" = {Db.IdLiteral(first.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal(
            $"versioner_changes row of commit {commit}, entity {_dune.EternalId} (Book): its own version {first} has no row and no pruned record");
    }

    [GraphFact]
    public async Task A_pruned_version_keeps_its_change_row_without_a_row()
    {
        var (first, _) = await HistoryAsync();

        var result = await Repo.ApplyRetentionAsync(new RetentionPolicy { KeepNewest = 1 });

        result.Versions.Should().Be(1);
        (await Rows(Db, $"SELECT COUNT(*) FROM \"Books\" WHERE \"VersionId\" = {Db.IdLiteral(first.Value)}", r => r.GetInt64(0))).Single().Should().Be(0);
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
        var change = await ChangeRowAsync(Db, invoice.VersionId);

        await Db.TamperAsync($"UPDATE versioner_documents SET versioner_depth = versioner_depth + 3 WHERE version_id = {Db.IdLiteral(invoice.VersionId.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal($"versioner_documents row {invoice.VersionId}: versioner_depth {change.Depth + 3}, its change row's depth {change.Depth}");
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
        var change = await ChangeRowAsync(db, ursula.VersionId);

        await db.TamperAsync($"UPDATE \"Authors\" SET versioner_depth = versioner_depth + 1 WHERE \"VersionId\" = {db.IdLiteral(ursula.VersionId.Value)}");

        (await PlaceInvariantViolationsAsync()).Should().Equal($"Authors row {ursula.VersionId}: versioner_depth {change.Depth + 1}, its change row's depth {change.Depth}");
    }
#pragma warning restore EF1002
}

public sealed class PlaceInvariantTests_Sqlite : PlaceInvariantTests<SqliteProvider>;

public sealed class PlaceInvariantTests_Postgres : PlaceInvariantTests<PostgresProvider>;
