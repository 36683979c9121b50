using Microsoft.Playwright;
using Npgsql;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;

namespace Versioner.Studio.Tests.Pages;

/// <summary>
/// The other order of <see cref="StaleFormRaceTests{TDatabase}"/>, on PostgreSQL (on SQLite the database's write lock
/// orders them, and a save cannot start while the Studio's transaction is open): a save sent while the Studio's finalize
/// has checked the form and not yet finalized waits for the finalize, then lands in the workspace going on.
/// </summary>
public sealed class FinalizeLockTests(BrowserFixture browser) : StudioTest<PostgresDatabase>(browser)
{
    [BrowserFact]
    public async Task A_save_sent_after_the_check_waits_for_the_finalize_and_lands_after_it()
    {
        var (catalog, workspace) = await Server.WithRepositoryAsync(async repository =>
        {
            var catalog = await Catalog.MakeAsync(repository);
            var ws = await repository.CheckoutAsync("main");
            var dune = (await (await ws.SnapshotAsync()).FindAsync<Book>(catalog.Dune))!;
            dune.Price = 20.00m;
            await ws.SaveAsync(dune);
            return (catalog, ws.Id);
        });
        await GoAsync($"workspaces/{workspace}");
        await Page.Locator($"section[data-entity='{catalog.Dune}']").GetByLabel("Price", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("erin");
        await Page.GetByLabel("Message").FillAsync("New price");

        // Holding main's ref stops the Studio's finalize after its check, where it locks the branch.
        await using var holder = new NpgsqlConnection(Database.DbArgument);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var lockRef = new NpgsqlCommand("SELECT 1 FROM versioner_refs WHERE name = 'main' FOR UPDATE", holder, hold))
        {
            await lockRef.ExecuteNonQueryAsync();
        }

        var sent = Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Finalize checked" }).ClickAsync(),
            r => r.Url.EndsWith("/finalize", StringComparison.Ordinal));
        await WaitersAsync(1);
        var save = Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.OpenWorkspaceAsync(workspace);
            var dune = (await (await ws.SnapshotAsync()).FindAsync<Book>(catalog.Dune))!;
            dune.Price = 99.00m;
            await ws.SaveAsync(dune);
        });
        // The save waits on the working commit the Studio locked for its check (it would be done by now otherwise).
        await Task.WhenAny(save, WaitersAsync(2));
        save.IsCompleted.Should().BeFalse(save.Exception?.ToString() ?? "a save must not land between the Studio's check and its finalize");

        await hold.CommitAsync();
        var response = await sent;
        await save;

        response.Status.Should().Be(302, "the finalize made its commit and redirects to it");
        var (finalized, working) = await Server.WithRepositoryAsync(async r =>
        {
            var main = (await (await r.SnapshotAsync("main")).FindAsync<Book>(catalog.Dune))!.Price;
            var ws = await r.OpenWorkspaceAsync(workspace);
            return (main, (await (await ws.SnapshotAsync()).FindAsync<Book>(catalog.Dune))!.Price);
        });
        finalized.Should().Be(20.00m, "the price the form showed is finalized, without the save that waited");
        working.Should().Be(99.00m, "the save landed after the finalize, in the workspace going on (a staged finalize keeps it)");
    }

    /// <summary>Waits until <paramref name="count"/> other sessions of this database wait for a lock.</summary>
    private async Task WaitersAsync(int count)
    {
        await using var watcher = new NpgsqlConnection(Database.DbArgument);
        await watcher.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watcher);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if ((long)(await query.ExecuteScalarAsync())! >= count)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Fewer than {count} sessions waited for a lock within 30 s.");
    }
}
