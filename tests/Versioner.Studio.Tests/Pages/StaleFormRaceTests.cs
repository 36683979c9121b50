using Microsoft.Playwright;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;
using static Microsoft.Playwright.Assertions;

namespace Versioner.Studio.Tests.Pages;

/// <summary>
/// A finalize checks the status its page showed and finalizes in one transaction, so a save cannot land between the
/// two: on SQLite the transaction holds the database's write lock from its start; on PostgreSQL the check locks the
/// working commit's row, as every save into it does (see WorkspaceEndpoints.CheckedWriteAsync).
/// </summary>
public abstract class StaleFormRaceTests<TDatabase>(BrowserFixture browser) : StudioTest<TDatabase>(browser)
    where TDatabase : StudioDatabase, new()
{
    [BrowserFact]
    public async Task A_save_that_lands_while_a_finalize_is_sent_is_refused_not_finalized_unseen()
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

        // Another writer's save is in its transaction when the form is sent, and is committed while the Studio handles it.
        var response = await Server.WithRepositoryAsync(async repository =>
        {
            await using var transaction = await repository.Context.Database.BeginTransactionAsync();
            var ws = await repository.OpenWorkspaceAsync(workspace);
            var dune = (await (await ws.SnapshotAsync()).FindAsync<Book>(catalog.Dune))!;
            dune.Price = 99.00m;
            await ws.SaveAsync(dune);
            var sent = Page.RunAndWaitForResponseAsync(
                () => Page.GetByRole(AriaRole.Button, new() { Name = "Finalize checked" }).ClickAsync(),
                r => r.Url.EndsWith("/finalize", StringComparison.Ordinal));
            await Task.Delay(TimeSpan.FromSeconds(2)); // the Studio reads the workspace meanwhile, if it does not wait
            await transaction.CommitAsync();
            return await sent;
        });

        response.Status.Should().Be(409);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This workspace changed since the page was loaded");
        var price = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync("main")).FindAsync<Book>(catalog.Dune))!.Price);
        price.Should().Be(11.00m, "the price the page did not show is not finalized");
    }
}
