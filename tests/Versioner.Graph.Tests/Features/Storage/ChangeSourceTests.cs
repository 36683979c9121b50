using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// Storage format 7 (phase C) reads a version's own change row from its version row (<c>ChangeSource</c>: the version
/// rows, then the change rows that name no row of their own), and the upgrade from format 6 deletes the own change rows
/// format 6 wrote beside them. Every read of a history written as format 6 wrote it, through its change table, equals the
/// same read after the upgrade, through the version rows: here on a history with a merged pull request, a removal, a
/// revert, a cherry-pick, documents, a pruned version and an open working commit.
/// </summary>
public abstract class ChangeSourceTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private const string Own = "NOT adopted AND version_id IS NOT NULL";

    private const string OfPruned = "version_id IN (SELECT version_id FROM versioner_pruned)";

    [GraphFact]
    public async Task A_history_written_in_format_6_reads_the_same_after_the_upgrade_deletes_its_own_change_rows()
    {
        // Format 6's writes: each version also gets a change row of its own, and reads take the change rows from the table.
        Repo.Store.WritesOwnChangeRows = true;
        Repo.Store.ReadsOwnVersionsFromVersionRows = false;
        var (books, invoices, revisions) = await HistoryAsync();
        var inFormat6 = await ReadsAsync(Repo, books, invoices, revisions);
        var prunedRows = await Db.CountRowsAsync("versioner_changes", $"{Own} AND {OfPruned}");
        (await Db.CountRowsAsync("versioner_changes", $"{Own} AND NOT {OfPruned}")).Should().BeGreaterThan(5, "format 6 wrote an own change row for every version retention kept");
        prunedRows.Should().BePositive();
        await Db.Database.ExecuteSqlRawAsync("UPDATE versioner_meta SET value = '6' WHERE key = 'format'");

        await using var context = NewContext();
        (await FluentActions.Awaiting(() => Repository.OpenAsync(context)).Should().ThrowAsync<StorageUpgradeRequiredException>())
            .Which.Should().Match<StorageUpgradeRequiredException>(e => e.Format == 6 && e.Current == 7);
        (await Repository.UpgradeStorageAsync(context)).Should().Be(new StorageUpgradeResult(6, 7, 0));

        (await Db.CountRowsAsync("versioner_changes", $"{Own} AND NOT {OfPruned}")).Should().Be(0, "a version row is its version's only record");
        (await Db.CountRowsAsync("versioner_changes", $"{Own} AND {OfPruned}")).Should().Be(prunedRows, "a pruned version's change row is its only record");
        var upgraded = await Repository.OpenAsync(context);
        (await ReadsAsync(upgraded, books, invoices, revisions)).Should().Equal(inFormat6);
        inFormat6.Should().Contain(l => l.StartsWith("find main Dune: Dune 10", StringComparison.Ordinal), "the revert brought Dune's first version back")
            .And.Contain(l => l.StartsWith("find three books Emma: pruned", StringComparison.Ordinal), "retention pruned Emma's first version")
            .And.Contain(l => l.StartsWith("find working Dune: Dune 99", StringComparison.Ordinal), "the working commit's edit reads")
            .And.Contain("find working Emma: absent", "the working commit removed Emma")
            .And.Contain(l => l.StartsWith("diff main: Modified", StringComparison.Ordinal))
            .And.Contain("types: Book, Invoice")
            .And.Contain("verify: ");
        inFormat6.Should().HaveCountGreaterThan(60);

        // The working commit left open in format 6 goes on: its edits (Dune at 99, Emma removed) were own change rows too.
        var working = await upgraded.OpenWorkspaceAsync(CommitId.Parse(revisions.Single(r => r.Name == "working").Revision.ToString()));
        await working.SaveAsync(new Book { Title = "Persuasion", Price = 7 });
        await working.FinalizeAsync("ada", "after the upgrade");
        (await (await upgraded.SnapshotAsync("main")).Query<Book>().OrderBy(b => b.Title).Select(b => new { b.Title, b.Price }).ToListAsync())
            .Select(b => $"{b.Title} {b.Price:0}").Should().Equal("Dune 99", "Persuasion 7", "Solaris 41");
        (await upgraded.VerifyAsync()).Issues.Should().BeEmpty();
    }

    /// <summary>
    /// main: Dune, Emma and Kept, an invoice; a pull request (Emma repriced, Kept removed, Solaris added) merged by a
    /// merge commit; Dune repriced and that reverted; a cherry-pick of Solaris's reprice from another branch; old versions
    /// pruned; then an open working commit on main that edits Dune and removes Emma.
    /// </summary>
    private async Task<(Dictionary<string, EternalId> Books, EternalId[] Invoices, List<(string Name, Revision Revision)> Revisions)> HistoryAsync()
    {
        var dune = new Book { Title = "Dune", Price = 10 };
        var emma = new Book { Title = "Emma", Price = 20 };
        var kept = new Book { Title = "Kept", Price = 30 };
        var first = await CommitAsync("three books", dune, emma, kept);
        var invoice = EternalId.New();
        var ws = await Repo.CheckoutAsync("main");
        using (var data = JsonDocument.Parse("""{"total": 12.5}"""))
        {
            await ws.SaveDocumentAsync("Invoice", invoice, data.RootElement);
        }

        var withInvoice = await ws.FinalizeAsync("ada", "an invoice");

        await Repo.CreateBranchAsync("pr1", withInvoice.Id);
        emma.Price = 21;
        var solaris = new Book { Title = "Solaris", Price = 40 };
        await CommitOnAsync("pr1", "emma repriced, solaris", emma, solaris);
        ws = await Repo.CheckoutAsync("pr1");
        await ws.RemoveAsync(kept);
        await ws.FinalizeAsync("ada", "kept removed");
        var merge = await (await Repo.CheckoutAsync("main")).MergeAsync("pr1", new MergeOptions { Author = "ada", FastForward = FastForwardMode.Never });
        merge.Status.Should().Be(MergeStatus.Merged);

        dune.Price = 11;
        var repriced = await CommitAsync("dune repriced", dune);
        (await (await Repo.CheckoutAsync("main")).RevertAsync(repriced, new MergeOptions { Author = "ada" })).Status.Should().Be(MergeStatus.Merged);

        await Repo.CreateBranchAsync("pr2", "main");
        solaris.Price = 41;
        var solarisRepriced = await CommitOnAsync("pr2", "solaris repriced", solaris);
        (await (await Repo.CheckoutAsync("main")).CherryPickAsync(solarisRepriced, new MergeOptions { Author = "ada" })).Status.Should().Be(MergeStatus.Merged);
        ws = await Repo.CheckoutAsync("main");
        using (var data = JsonDocument.Parse("""{"total": 13}"""))
        {
            await ws.SaveDocumentAsync("Invoice", invoice, data.RootElement);
        }

        await ws.FinalizeAsync("ada", "invoice corrected");
        (await Repo.ApplyRetentionAsync(new RetentionPolicy { KeepNewest = 1 })).Versions.Should().BePositive();

        var working = await Repo.CheckoutAsync("main");
        var current = await (await Repo.SnapshotAsync("main")).FindAsync<Book>(dune.EternalId);
        current!.Price = 99;
        await working.SaveAsync(current);
        await working.RemoveAsync((await (await Repo.SnapshotAsync("main")).FindAsync<Book>(emma.EternalId))!);
        await working.EnsureWrittenAsync();

        // Each commit by its message; the log lists main's head first.
        var revisions = (await Repo.LogAsync("main", new LogOptions { FirstParentOnly = false })).Select(c => (c.Message, (Revision)c.Id)).ToList();
        revisions[0] = ("main", revisions[0].Item2);
        revisions.Add(("pr1", "pr1"));
        revisions.Add(("pr2", "pr2"));
        revisions.Add(("working", working.Id));
        var books = new Dictionary<string, EternalId> { ["Dune"] = dune.EternalId, ["Emma"] = emma.EternalId, ["Kept"] = kept.EternalId, ["Solaris"] = solaris.EternalId };
        return (books, [invoice], revisions);
    }

    /// <summary>Every read, one line each, in a fixed order: reads of all, finds, histories, diffs, logs, documents, pruned versions, types.</summary>
    private static async Task<List<string>> ReadsAsync(Repository repo, Dictionary<string, EternalId> books, EternalId[] invoices, List<(string Name, Revision Revision)> revisions)
    {
        var lines = new List<string>();
        foreach (var (name, revision) in revisions)
        {
            var snapshot = await repo.SnapshotAsync(revision);
            lines.Add(await ReadAsync($"all {name}", async () =>
                string.Join("; ", (await snapshot.Query<Book>().OrderBy(b => b.Title).Select(b => new { b.Title, b.Price, b.VersionId }).ToListAsync()).Select(b => $"{b.Title} {b.Price} {b.VersionId}"))));
            lines.Add(await ReadAsync($"count {name}", async () => $"{await snapshot.Query<Book>().CountAsync(b => b.Price > 15)}"));
            foreach (var (title, id) in books)
            {
                lines.Add(await ReadAsync($"find {name} {title}", async () =>
                    await snapshot.FindAsync<Book>(id) is { } found ? $"{found.Title} {found.Price} {found.VersionId}" : "absent"));
                lines.Add(await ReadAsync($"content {name} {title}", async () => (await snapshot.FindContentAsync(id))?.VersionId.ToString() ?? "absent"));
            }

            lines.Add(await ReadAsync($"documents {name}", async () =>
                string.Join("; ", await snapshot.DocumentsAsync("Invoice").Select(d => $"{d.EternalId} {d.VersionId} {d.Json}").ToListAsync())));
            lines.Add(await ReadAsync($"found documents {name}", async () =>
                string.Join(", ", await snapshot.FindDocumentsAsync("Invoice", invoices).Select(d => d.VersionId.ToString()).ToListAsync())));
            await foreach (var pruned in snapshot.PrunedAsync())
            {
                lines.Add($"pruned {name}: {pruned.EntityType} {pruned.VersionId}");
            }

            lines.Add(await ReadAsync($"diff {name}", async () => string.Join("; ", (await repo.DiffAsync("pr1", revision)).OrderBy(c => c.EternalId.Value)
                .Select(c => $"{c.Kind} {c.EternalId} {c.OldVersion?.VersionId} {c.NewVersion?.VersionId} [{string.Join(",", c.Fields.Select(f => f.Field))}]"))));
        }

        foreach (var (title, id) in books.Concat(invoices.Select(i => new KeyValuePair<string, EternalId>("invoice", i))))
        {
            foreach (var head in new Revision[] { "main", "pr1", "pr2" })
            {
                var history = await repo.HistoryAsync(id, head);
                lines.Add($"history {head} {title}: {string.Join("; ", history.Select(h => $"{h.Commit.Id} {h.Kind} {h.VersionId}"))}");
                var log = await repo.LogAsync(head, new LogOptions { EternalId = id, FirstParentOnly = false });
                lines.Add($"log {head} {title}: {string.Join(", ", log.Select(c => c.Id.ToString()))}");
            }
        }

        var byType = await repo.LogAsync("main", new LogOptions { EntityType = "Invoice", FirstParentOnly = false });
        lines.Add($"log Invoice: {string.Join(", ", byType.Select(c => c.Id.ToString()))}");
        lines.Add($"types: {string.Join(", ", await repo.EntityTypesAsync())}");
        var working = await repo.CheckoutAsync("main");
        var ownWorking = await (await working.SnapshotAsync()).Query<Book>().OrderBy(b => b.Title).Select(b => $"{b.Title} {b.Price}").ToListAsync();
        lines.Add($"working all: {string.Join("; ", ownWorking)}");
        lines.Add($"status: {string.Join("; ", (await working.StatusAsync()).Select(c => $"{c.Kind} {c.EternalId}"))}");
        lines.Add($"verify: {string.Join("; ", (await repo.VerifyAsync()).Issues.Select(i => i.ToString()))}");
        return lines;
    }

    /// <summary>One read as a line: its result, or the pruned version it met (a read of a revision retention thinned).</summary>
    private static async Task<string> ReadAsync(string label, Func<Task<string>> read)
    {
        try
        {
            return $"{label}: {await read()}";
        }
        catch (VersionPrunedException pruned)
        {
            return $"{label}: pruned {pruned.Pruned.VersionId}";
        }
    }
}

public sealed class ChangeSourceTests_Sqlite : ChangeSourceTests<SqliteProvider>;

public sealed class ChangeSourceTests_Postgres : ChangeSourceTests<PostgresProvider>;
