using Microsoft.Playwright;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;
using static Microsoft.Playwright.Assertions;

namespace Versioner.Studio.Tests.Pages;

/// <summary>Page 6: a workspace's status with checkboxes; stage and finalize the checked part, or discard it all.</summary>
public abstract class StagingTests<TDatabase>(BrowserFixture browser) : StudioTest<TDatabase>(browser)
    where TDatabase : StudioDatabase, new()
{
    /// <summary>Edits waiting in a workspace on main: Dune's title and price, and the author's name.</summary>
    private async Task<(Catalog Catalog, CommitId Workspace)> EditInWorkspaceAsync() => await Server.WithRepositoryAsync(async repository =>
    {
        var catalog = await Catalog.MakeAsync(repository);
        var ws = await repository.CheckoutAsync("main");
        var snapshot = await ws.SnapshotAsync();
        var dune = (await snapshot.FindAsync<Book>(catalog.Dune))!;
        dune.Title = "Dune (revised)";
        dune.Price = 20.00m;
        await ws.SaveAsync(dune);
        var frank = (await snapshot.FindAsync<Author>(catalog.Frank))!;
        frank.Name = "F. Herbert";
        await ws.SaveAsync(frank);
        return (catalog, ws.Id);
    });

    private static System.Text.Json.JsonElement Json(string text)
    {
        using var document = System.Text.Json.JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Checks Dune's price on the workspace page shown.</summary>
    private Task CheckDunePriceAsync(Catalog catalog) =>
        Page.Locator($"section[data-entity='{catalog.Dune}']").GetByLabel("Price", new() { Exact = true }).CheckAsync();

    /// <summary>Fills the finalize form (author erin) and sends it, returning the server's answer to the form.</summary>
    private async Task<IResponse> SendFinalizeAsync(string message)
    {
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("erin");
        await Page.GetByLabel("Message").FillAsync(message);
        return await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Finalize checked" }).ClickAsync(),
            r => r.Url.EndsWith("/finalize", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Checked_entities_and_fields_are_finalized_and_the_commit_shows_in_the_log()
    {
        var (catalog, workspace) = await EditInWorkspaceAsync();

        await GoAsync("workspaces");
        await Page.GetByRole(AriaRole.Link, new() { Name = workspace.ToString(8) }).ClickAsync();
        await Expect(Page.Locator("h2").Filter(new() { HasText = "Status" })).ToContainTextAsync("+0 ~2 -0");
        await Page.Locator($"section[data-entity='{catalog.Dune}']").GetByLabel("Price", new() { Exact = true }).CheckAsync();
        await Page.Locator($"section[data-entity='{catalog.Frank}'] input.pick-entity").CheckAsync();
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("erin");
        await Page.GetByLabel("Message").FillAsync("New price, author's name");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Finalize checked" }).ClickAsync();

        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("New price, author's name");
        await Expect(Page.Locator("dd.author")).ToHaveTextAsync("erin");
        await Expect(Page.Locator($"section[data-entity='{catalog.Dune}'] tr[data-field]")).ToHaveCountAsync(1);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Log", Exact = true }).ClickAsync();
        await Expect(Page.Locator("table.log tbody tr").First).ToContainTextAsync("New price, author's name");

        // The title, not checked, still waits in the workspace.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Workspaces", Exact = true }).ClickAsync();
        await Page.Locator("table a").First.ClickAsync();
        await Expect(Page.Locator("h2").Filter(new() { HasText = "Status" })).ToContainTextAsync("+0 ~1 -0");
        await Expect(Page.Locator($"section[data-entity='{catalog.Dune}'] tr[data-field]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Title"));
        var price = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync("main")).FindAsync<Book>(catalog.Dune))!.Price);
        price.Should().Be(20.00m);
    }

    [BrowserFact]
    public async Task Documents_are_staged_by_entity_and_by_field_and_what_is_not_checked_stays_in_the_workspace()
    {
        var dune = EternalId.Parse("00000000-0000-7000-8000-0000000000d1");
        var emma = EternalId.Parse("00000000-0000-7000-8000-0000000000e2");
        var ulysses = EternalId.Parse("00000000-0000-7000-8000-0000000000f3");
        var workspace = await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            await ws.SaveDocumentAsync("Reading", dune, Json("""{"Title":"Dune","Pages":412}"""));
            await ws.SaveDocumentAsync("Reading", emma, Json("""{"Title":"Emma","Pages":474}"""));
            await ws.FinalizeAsync("ingest", "Readings");

            // Waiting in the workspace: Dune's pages corrected and two fields added (one named as a person types it),
            // Emma given away, Ulysses started.
            await ws.SaveDocumentAsync("Reading", dune, Json("""{"Title":"Dune","Pages":415,"Read by":"ann","Finished":true}"""));
            await ws.RemoveDocumentAsync("Reading", emma);
            await ws.SaveDocumentAsync("Reading", ulysses, Json("""{"Title":"Ulysses","Pages":730}"""));
            return ws.Id;
        });
        var duneSection = Page.Locator($"section[data-entity='{dune}']");

        await GoAsync($"workspaces/{workspace}");
        await Expect(Page.Locator("h2").Filter(new() { HasText = "Status" })).ToContainTextAsync("+1 ~1 -1");
        // A new or removed document is staged whole: a box for it, none for its fields (the engine would refuse those).
        await Expect(Page.Locator($"section[data-entity='{emma}'] input.pick-field, section[data-entity='{ulysses}'] input.pick-field")).ToHaveCountAsync(0);
        await Expect(duneSection.Locator("input.pick-field")).ToHaveCountAsync(3);
        // Ids stay ids whatever a document names its fields ("Read by" has a space, which an id may not).
        (await duneSection.Locator("input.pick-field").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.id)"))
            .Should().OnlyContain(id => !id.Contains(' ', StringComparison.Ordinal));
        await duneSection.GetByLabel("Pages", new() { Exact = true }).CheckAsync();
        await duneSection.GetByLabel("Read by", new() { Exact = true }).CheckAsync();
        await Page.Locator($"section[data-entity='{emma}'] input.pick-entity").CheckAsync();
        (await SendFinalizeAsync("Pages corrected, reader noted, Emma given away")).Status.Should().Be(302);

        // The commit holds what was checked: two of Dune's fields and Emma's removal.
        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("Pages corrected, reader noted, Emma given away");
        await Expect(duneSection.Locator("tr[data-field]")).ToHaveCountAsync(2);
        await Expect(duneSection.Locator("tr[data-field='Pages'] td.ins")).ToHaveTextAsync("415");
        await Expect(duneSection.Locator("tr[data-field='Read by'] td.ins")).ToHaveTextAsync("ann");
        await Expect(Page.Locator($"section.removed[data-entity='{emma}']")).ToHaveCountAsync(1);
        await Expect(Page.Locator($"section[data-entity='{ulysses}']")).ToHaveCountAsync(0);

        // The rest waits in the workspace: Dune's third field and the new document.
        await GoAsync($"workspaces/{workspace}");
        await Expect(Page.Locator("h2").Filter(new() { HasText = "Status" })).ToContainTextAsync("+1 ~1 -0");
        await Expect(duneSection.Locator("tr[data-field]")).ToHaveCountAsync(1);
        await Expect(duneSection.Locator("tr[data-field='Finished'] td.ins")).ToHaveTextAsync("true");
        await Expect(Page.Locator($"section.added[data-entity='{ulysses}']")).ToHaveCountAsync(1);
        var (main, waiting) = await Server.WithRepositoryAsync(async repository =>
        {
            var snapshot = await repository.SnapshotAsync("main");
            var documents = new List<string?>();
            foreach (var id in new[] { dune, emma, ulysses })
            {
                documents.Add((await snapshot.FindDocumentAsync("Reading", id))?.Json);
            }

            var status = await (await repository.OpenWorkspaceAsync(workspace)).StatusAsync();
            return (documents, status.ToString());
        });
        main.Should().Equal("""{"Pages":415,"Read by":"ann","Title":"Dune"}""", null, null);
        waiting.Should().Be("+1 ~1 -0");

        // Checked as a whole, the new document is finalized too, and Dune's last field stays.
        await Page.Locator($"section[data-entity='{ulysses}'] input.pick-entity").CheckAsync();
        (await SendFinalizeAsync("Ulysses started")).Status.Should().Be(302);
        await Expect(Page.Locator($"section.added[data-entity='{ulysses}'] tr[data-field='Title'] td.ins")).ToHaveTextAsync("Ulysses");
        await Expect(duneSection).ToHaveCountAsync(0);
        await GoAsync($"workspaces/{workspace}");
        await Expect(Page.Locator("h2").Filter(new() { HasText = "Status" })).ToContainTextAsync("+0 ~1 -0");
    }

    [BrowserFact]
    public async Task A_workspace_changed_by_another_writer_after_the_page_loaded_is_not_finalized_unseen()
    {
        var (catalog, workspace) = await EditInWorkspaceAsync();
        await GoAsync($"workspaces/{workspace}");
        await Expect(Page.Locator($"section[data-entity='{catalog.Dune}'] tr[data-field='Price'] td.ins")).ToHaveTextAsync("20");

        // Between the page's load and its submit, another writer changes the price the user is about to finalize.
        await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.OpenWorkspaceAsync(workspace);
            var dune = (await (await ws.SnapshotAsync()).FindAsync<Book>(catalog.Dune))!;
            dune.Price = 99.00m;
            await ws.SaveAsync(dune);
        });
        await CheckDunePriceAsync(catalog);
        var response = await SendFinalizeAsync("New price");

        response.Status.Should().Be(409);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This workspace changed since the page was loaded");
        var price = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync("main")).FindAsync<Book>(catalog.Dune))!.Price);
        price.Should().Be(11.00m, "nothing the user did not see is finalized");

        // Loaded again, the page shows the price as it is now, and finalizes it.
        await GoAsync($"workspaces/{workspace}");
        await Expect(Page.Locator($"section[data-entity='{catalog.Dune}'] tr[data-field='Price'] td.ins")).ToHaveTextAsync("99");
        await CheckDunePriceAsync(catalog);
        (await SendFinalizeAsync("New price")).Status.Should().Be(302);
        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("New price");
        price = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync("main")).FindAsync<Book>(catalog.Dune))!.Price);
        price.Should().Be(99.00m);
    }

    [BrowserFact]
    public async Task Discarding_a_workspace_that_got_edits_after_the_page_loaded_is_refused()
    {
        var (catalog, workspace) = await EditInWorkspaceAsync();
        Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await GoAsync($"workspaces/{workspace}");

        await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.OpenWorkspaceAsync(workspace);
            await ws.SaveAsync(new Author { Name = "Brian Herbert" });
        });
        var response = await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Discard the workspace" }).ClickAsync(),
            r => r.Url.EndsWith("/discard", StringComparison.Ordinal));

        response.Status.Should().Be(409);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This workspace changed since the page was loaded");
        var open = await Server.WithRepositoryAsync(r => r.WorkspacesAsync());
        open.Select(w => w.Id).Should().Contain(workspace);
    }

    [BrowserFact]
    public async Task Staging_in_a_workspace_another_writer_finalized_meanwhile_is_a_409_that_links_to_the_commit()
    {
        var (catalog, workspace) = await EditInWorkspaceAsync();
        await GoAsync($"workspaces/{workspace}");
        await Expect(Page.Locator("h2").Filter(new() { HasText = "Status" })).ToContainTextAsync("+0 ~2 -0");

        var finalized = await Server.WithRepositoryAsync(async repository =>
            await (await repository.OpenWorkspaceAsync(workspace)).FinalizeAsync("ann", "Finalized in the app"));
        await CheckDunePriceAsync(catalog);
        var response = await SendFinalizeAsync("New price");

        response.Status.Should().Be(409);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            $"This workspace was finalized meanwhile (in another tab, or by another writer): its edits are commit {finalized.Id} now. Nothing was written. The Workspaces page lists the open ones.");
        await Page.GetByRole(AriaRole.Link, new() { Name = $"See commit {finalized.Id.ToString(8)}" }).ClickAsync();
        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("Finalized in the app");
        (await Server.WithRepositoryAsync(r => r.FindCommitAsync("main"))).Id.Should().Be(finalized.Id, "nothing of the form was finalized");
    }

    [BrowserFact]
    public async Task Finalizing_a_workspace_another_writer_discarded_meanwhile_is_a_409_that_links_to_its_branch()
    {
        var (_, workspace) = await EditInWorkspaceAsync();
        var head = await Server.WithRepositoryAsync(r => r.FindCommitAsync("main"));
        await GoAsync($"workspaces/{workspace}");

        await Server.WithRepositoryAsync(async repository => await (await repository.OpenWorkspaceAsync(workspace)).DiscardAsync());
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("erin");
        await Page.GetByLabel("Message").FillAsync("Everything");
        var response = await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Finalize everything" }).ClickAsync(),
            r => r.Url.EndsWith("/finalize", StringComparison.Ordinal));

        response.Status.Should().Be(409);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "This workspace was discarded meanwhile (in another tab, or by another writer), with its edits: nothing was written. The Workspaces page lists the open ones.");
        await Page.GetByRole(AriaRole.Link, new() { Name = "See the log of main" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToContainTextAsync("main");
        (await Server.WithRepositoryAsync(r => r.FindCommitAsync("main"))).Id.Should().Be(head.Id, "nothing was finalized");
    }

    [BrowserFact]
    public async Task Finalizing_with_nothing_checked_is_refused_with_a_reason()
    {
        var (_, workspace) = await EditInWorkspaceAsync();

        await GoAsync($"workspaces/{workspace}");
        var response = await SendFinalizeAsync("Nothing");

        response.Status.Should().Be(400);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nothing is checked: check the entities or fields to finalize.");
    }

    [BrowserFact]
    public async Task Discarding_drops_every_edit_of_the_workspace()
    {
        var (catalog, workspace) = await EditInWorkspaceAsync();
        Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await GoAsync($"workspaces/{workspace}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Discard the workspace" }).ClickAsync();

        await Expect(Page.GetByText("No open workspace")).ToBeVisibleAsync();
        var title = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync("main")).FindAsync<Book>(catalog.Dune))!.Title);
        title.Should().Be("Dune");
    }
}
