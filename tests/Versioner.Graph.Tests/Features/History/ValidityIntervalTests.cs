using System.Data.Common;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Storage format 2: each change row records the depth of its entity's next change in the same segment
/// (<c>until_depth</c>), set by finalize; a snapshot on one segment reads by that range instead of searching for later
/// rows. Format 4 gives each version's row the same (<c>versioner_until</c>), which a read of all on one segment takes.
/// The columns are index data outside the checksums, so Verify checks them, and the guard of finalized rows leaves
/// only them open to writes.
/// </summary>
public abstract class ValidityIntervalTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    [GraphFact]
    public async Task Finalize_closes_each_superseded_row_at_the_depth_of_the_change_that_supersedes_it()
    {
        var dune = new Book { Title = "Dune", Price = 10 };
        var emma = new Book { Title = "Emma", Price = 5 };
        var first = await CommitAsync("two books", dune, emma);
        dune.Price = 11;
        var second = await CommitAsync("dune 11", dune);
        var ws = await Repo.CheckoutAsync("main");
        await ws.RemoveAsync(emma);
        dune.Price = 12;
        await ws.SaveAsync(dune);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await ws.FinalizeAsync("tester", "dune 12, emma removed");

        // Through the model's mapping of the change rows (ids are 16 bytes on SQLite, which EF reads as Versioner maps
        // them), as the store reads them (with no own change rows written, the version rows are theirs).
        var rows = (await Repo.Store.Changes.All.ToListAsync())
            .Select(c => new IntervalRow(c.CommitId.Value, c.EternalId.Value, c.Depth, c.UntilDepth)).ToList();
        rows.Should().BeEquivalentTo(new[]
        {
            new IntervalRow(first.Id.Value, dune.EternalId.Value, 0, 1),
            new IntervalRow(first.Id.Value, emma.EternalId.Value, 0, 2),
            new IntervalRow(second.Id.Value, dune.EternalId.Value, 1, 2),
            new IntervalRow(third.Id.Value, dune.EternalId.Value, 2, null),
            new IntervalRow(third.Id.Value, emma.EternalId.Value, 2, null),
        });

        (await TitlesAsync(first)).Should().Equal("Dune 10", "Emma 5");
        (await TitlesAsync(second)).Should().Equal("Dune 11", "Emma 5");
        (await TitlesAsync(third)).Should().Equal("Dune 12");
        (await Repo.VerifyAsync()).Issues.Should().BeEmpty();
    }

    [GraphFact]
    public async Task A_removal_rows_validity_changed_behind_Versioners_back_is_named_by_verify_and_the_other_columns_stay_guarded()
    {
        await DuneRepricedAsync();
        var dune = (await (await Repo.SnapshotAsync("main")).Query<Book>().SingleAsync()).EternalId;
        var ws = await Repo.CheckoutAsync();
        await ws.RemoveAsync<Book>(dune);
        var removal = await ws.FinalizeAsync("ada", "no dune");

        // A DBA "retires" the removal's change row (a row the change table still holds): no checksum changes, and
        // Verify names the row.
        SkipPlaceInvariant("changes a change row's until_depth behind Versioner's back");
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_changes SET until_depth = depth WHERE version_id IS NULL");

        var report = await Repo.VerifyAsync();
        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i => i.Kind == VerifyIssueKind.AsOfIndexMismatch && i.CommitId == removal.Id
            && i.VersionId == null && i.EntityType == "Book" && i.Expected == "current to the end of its segment (until_depth null)" && i.Actual == "until_depth 2");

        var act = () => Db.Database.ExecuteSqlRawAsync("UPDATE versioner_changes SET depth = depth + 5 WHERE version_id IS NULL");
        (await act.Should().ThrowAsync<DbException>()).Which.Message.Should().Contain("immutable");
    }

    [GraphFact]
    public async Task A_version_rows_validity_changed_behind_Versioners_back_hides_it_from_a_read_of_all_and_is_named_by_verify()
    {
        var (head, headVersion) = await DuneRepricedAsync();

        // A DBA "retires" the current version on its own row, which a snapshot's read of all takes its validity from.
        SkipPlaceInvariant("changes a version row's versioner_until behind Versioner's back");
        await Db.Database.ExecuteSqlRawAsync($"UPDATE \"Books\" SET versioner_until = versioner_depth WHERE versioner_depth = 1");
        (await (await Repo.SnapshotAsync("main")).Query<Book>().CountAsync()).Should().Be(0);

        var report = await Repo.VerifyAsync();
        report.Issues.Should().ContainSingle().Which.Should().Match<VerifyIssue>(i =>
            i.Kind == VerifyIssueKind.AsOfIndexMismatch && i.CommitId == head.Id && i.VersionId == headVersion && i.EntityType == "Book"
            && i.Expected == "current to the end of its segment (until_depth null)" && i.Actual == "until_depth 1");

        var act = () => Db.Database.ExecuteSqlRawAsync($"UPDATE \"Books\" SET versioner_depth = versioner_depth + 5 WHERE versioner_depth = 1");
        (await act.Should().ThrowAsync<DbException>()).Which.Message.Should().Contain("immutable");
    }

    /// <summary>Dune at price 10 (depth 0), then 11 (depth 1, the head): the head commit and Dune's current version.</summary>
    private async Task<(Commit Head, VersionId HeadVersion)> DuneRepricedAsync()
    {
        var dune = new Book { Title = "Dune", Price = 10 };
        await CommitAsync("dune", dune);
        dune.Price = 11;
        var head = await CommitAsync("dune 11", dune);
        return (head, (await (await Repo.SnapshotAsync("main")).FindAsync<Book>(dune.EternalId))!.VersionId);
    }

    private async Task<List<string>> TitlesAsync(Commit commit) =>
        (await (await Repo.SnapshotAsync(commit)).Query<Book>().ToListAsync()).Select(b => $"{b.Title} {b.Price:0}").Order().ToList();

    private sealed record IntervalRow(Guid Commit, Guid Entity, long Depth, long? Until);
}

public sealed class SqliteValidityIntervalTests : ValidityIntervalTests<SqliteProvider>;

public sealed class PostgresValidityIntervalTests : ValidityIntervalTests<PostgresProvider>;
