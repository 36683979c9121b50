using Microsoft.Playwright;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;
using static Microsoft.Playwright.Assertions;

namespace Versioner.Studio.Tests.Pages;

/// <summary>Page 7: merge a branch, see the conflicts side by side, resolve them, finalize or abort.</summary>
public abstract class MergeTests<TDatabase>(BrowserFixture browser) : StudioTest<TDatabase>(browser)
    where TDatabase : StudioDatabase, new()
{
    [BrowserFact]
    public async Task A_conflict_resolved_with_a_value_of_ones_own_is_the_merged_value()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);

        await GoAsync();
        await Page.Locator("tr[data-branch='topic']").GetByRole(AriaRole.Link, new() { Name = "Merge into main" }).ClickAsync();
        await Expect(Page.GetByLabel("Merge from")).ToHaveValueAsync("topic");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();

        // Both sides changed the price (the title only on topic, so it merges by itself).
        var conflict = Page.Locator("form.conflict");
        await Expect(conflict).ToHaveCountAsync(1);
        await Expect(conflict.Locator("tr[data-field='Price'] td.base")).ToHaveTextAsync("12");
        await Expect(conflict.Locator("tr[data-field='Price'] td.ours")).ToHaveTextAsync("11");
        await Expect(conflict.Locator("tr[data-field='Price'] td.theirs")).ToHaveTextAsync("15");

        await conflict.GetByLabel("Your value for Price").FillAsync("cheap");
        await conflict.GetByRole(AriaRole.Button, new() { Name = "Use your value" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Price: 'cheap' is not a number (write 12.50).");
        await Page.GoBackAsync();
        await Page.ReloadAsync();

        await conflict.GetByLabel("Your value for Price").FillAsync("13.50");
        await conflict.GetByRole(AriaRole.Button, new() { Name = "Use your value" }).ClickAsync();
        await Expect(conflict).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByLabel("Message").FillAsync("Merge the special edition at 13.50");
        await Expect(Page.Locator("input.pick-entity, input.pick-field")).ToHaveCountAsync(0); // a merge is finalized whole
        await Page.GetByRole(AriaRole.Button, new() { Name = "Finalize the merge" }).ClickAsync();

        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("Merge the special edition at 13.50");
        await Expect(Page.Locator("dl.meta a.sha")).ToHaveCountAsync(2);
        await Page.Locator($"section[data-entity='{catalog.Dune}']").GetByRole(AriaRole.Link, new() { Name = "History of" }).ClickAsync();
        await Expect(Page.Locator("table.blame tr[data-field='Price'] td").First).ToHaveTextAsync("13.5");
        await Expect(Page.Locator("table.blame tr[data-field='Title'] td").First).ToHaveTextAsync("Dune (special edition)");
        var book = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync("main")).FindAsync<Book>(catalog.Dune))!);
        book.Price.Should().Be(13.50m);
        book.Title.Should().Be("Dune (special edition)");
    }

    [BrowserFact]
    public async Task A_conflict_resolved_with_theirs_takes_their_value_even_after_typing_one_of_ones_own()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);

        await GoAsync("merge?from=topic");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();
        var conflict = Page.Locator("form.conflict");
        await conflict.GetByLabel("Your value for Price").FillAsync("13.50");
        await conflict.GetByRole(AriaRole.Button, new() { Name = "Take theirs" }).ClickAsync();
        await Expect(conflict).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByLabel("Message").FillAsync("Merge the special edition at its price");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Finalize the merge" }).ClickAsync();

        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("Merge the special edition at its price");
        var book = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync("main")).FindAsync<Book>(catalog.Dune))!);
        book.Price.Should().Be(15.00m);
        book.Title.Should().Be("Dune (special edition)");
    }

    [BrowserFact]
    public async Task A_merge_whose_conflicts_are_all_kept_as_ours_can_still_be_finalized()
    {
        var sale = await Server.WithRepositoryAsync(async repository =>
        {
            var catalog = await Catalog.MakeAsync(repository);
            await repository.CreateBranchAsync("sale", catalog.Repriced.Id);
            var ws = await repository.CheckoutAsync("sale");
            var dune = (await (await ws.SnapshotAsync()).FindAsync<Book>(catalog.Dune))!;
            dune.Price = 8.00m;
            await ws.SaveAsync(dune);
            return await ws.FinalizeAsync("cy", "Clearance");
        });

        await GoAsync("merge?from=sale");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();
        await Page.Locator("form.conflict").GetByRole(AriaRole.Button, new() { Name = "Keep ours" }).ClickAsync();

        // Nothing of theirs is left to change main, but the merge itself is still to be recorded.
        await Expect(Page.Locator("h2").Filter(new() { HasText = "Status" })).ToContainTextAsync("+0 ~0 -0");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByLabel("Message").FillAsync("Merge the clearance, keeping our price");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Finalize the merge" }).ClickAsync();

        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("Merge the clearance, keeping our price");
        await Expect(Page.Locator("dl.meta a.sha")).ToHaveCountAsync(2);
        var head = await Server.WithRepositoryAsync(r => r.FindCommitAsync("main"));
        head.Parents.Should().HaveCount(2).And.Contain(sale.Id);
    }

    [BrowserFact]
    public async Task A_conflict_on_a_document_shows_a_side_without_the_member_as_absent_and_a_json_null_as_null()
    {
        var reading = EternalId.Parse("00000000-0000-7000-8000-0000000000d1");
        await Server.WithRepositoryAsync(async repository =>
        {
            static System.Text.Json.JsonElement Json(string text) => System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
            var main = await repository.CheckoutAsync("main");
            await main.SaveDocumentAsync("Reading", reading, Json("""{"Title":"Dune","Note":"reread","Shelf":"study"}"""));
            await main.FinalizeAsync("ingest", "Started Dune");
            await repository.CreateBranchAsync("topic", "main");
            var topic = await repository.CheckoutAsync("topic");
            await topic.SaveDocumentAsync("Reading", reading, Json("""{"Title":"Dune","Note":"loved it","Shelf":null}"""));
            await topic.FinalizeAsync("ingest", "Note changed, shelf cleared");
            await main.SaveDocumentAsync("Reading", reading, Json("""{"Title":"Dune"}"""));
            return await main.FinalizeAsync("ingest", "Note and shelf dropped");
        });

        await GoAsync("merge?from=topic");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();

        // Ours dropped both members; theirs changed the note and set the shelf to null: two conflicts.
        var note = Page.Locator("form.conflict").Filter(new() { Has = Page.Locator("tr[data-field='Note']") });
        var shelf = Page.Locator("form.conflict").Filter(new() { Has = Page.Locator("tr[data-field='Shelf']") });
        await Expect(Page.Locator("form.conflict")).ToHaveCountAsync(2);
        await Expect(note.Locator("td.base")).ToHaveTextAsync("reread");
        await Expect(note.Locator("td.ours")).ToHaveTextAsync("absent");
        await Expect(note.Locator("td.ours em.absent")).ToHaveAttributeAsync("title", "This version has no such field");
        await Expect(note.Locator("td.theirs")).ToHaveTextAsync("loved it");
        await Expect(shelf.Locator("td.base")).ToHaveTextAsync("study");
        await Expect(shelf.Locator("td.ours")).ToHaveTextAsync("absent");
        await Expect(shelf.Locator("td.theirs")).ToHaveTextAsync("null");
        await Expect(shelf.Locator("td.theirs em.absent")).ToHaveCountAsync(0);

        await shelf.GetByRole(AriaRole.Button, new() { Name = "Take theirs" }).ClickAsync();
        await Expect(Page.Locator("form.conflict")).ToHaveCountAsync(1);
        await Page.Locator("form.conflict").GetByRole(AriaRole.Button, new() { Name = "Keep ours" }).ClickAsync();
        await Expect(Page.Locator("form.conflict")).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByLabel("Message").FillAsync("Merge topic: shelf cleared, note dropped");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Finalize the merge" }).ClickAsync();

        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("Merge topic: shelf cleared, note dropped");
        var merged = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync("main")).FindDocumentAsync("Reading", reading))!.Json);
        merged.Should().Be("""{"Shelf":null,"Title":"Dune"}""");
    }

    [BrowserFact]
    public async Task A_conflict_on_a_document_is_resolved_with_json_of_ones_own_or_with_the_member_left_absent()
    {
        var reading = EternalId.Parse("00000000-0000-7000-8000-0000000000d1");
        await Server.WithRepositoryAsync(async repository =>
        {
            static System.Text.Json.JsonElement Json(string text) => System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
            var main = await repository.CheckoutAsync("main");
            await main.SaveDocumentAsync("Reading", reading, Json("""{"Title":"Dune","Note":"reread","Shelf":"study","Pages":412}"""));
            await main.FinalizeAsync("ingest", "Started Dune");
            await repository.CreateBranchAsync("topic", "main");
            var topic = await repository.CheckoutAsync("topic");
            await topic.SaveDocumentAsync("Reading", reading, Json("""{"Title":"Dune","Note":"loved it","Shelf":null,"Pages":412}"""));
            await topic.FinalizeAsync("ingest", "Note changed, shelf cleared");
            await main.SaveDocumentAsync("Reading", reading, Json("""{"Title":"Dune","Shelf":"attic","Pages":412}"""));
            return await main.FinalizeAsync("ingest", "Note dropped, shelf moved");
        });

        await GoAsync("merge?from=topic");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();

        // Our side has no note: its value of one's own starts empty, which reads "absent" and means it; our shelf is JSON.
        var note = Page.Locator("form.conflict").Filter(new() { Has = Page.Locator("tr[data-field='Note']") });
        var shelf = Page.Locator("form.conflict").Filter(new() { Has = Page.Locator("tr[data-field='Shelf']") });
        await Expect(Page.Locator("form.conflict")).ToHaveCountAsync(2);
        var noteValue = note.GetByLabel("Your value for Note, as JSON");
        await Expect(noteValue).ToHaveValueAsync("");
        await Expect(noteValue).ToHaveAttributeAsync("placeholder", "absent");
        await Expect(note.GetByText("Leave it empty to settle the member as absent")).ToBeVisibleAsync();
        await Expect(shelf.GetByLabel("Your value for Shelf, as JSON")).ToHaveValueAsync("\"attic\"");

        await shelf.GetByLabel("Your value for Shelf, as JSON").FillAsync("cellar");
        await shelf.GetByRole(AriaRole.Button, new() { Name = "Use your value" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Shelf: 'cellar' is not JSON. Write text in quotes (\"like this\"), a number, true, false or null; leave it empty to settle Shelf as absent.");
        await Page.GoBackAsync();
        await Page.ReloadAsync();
        await shelf.GetByLabel("Your value for Shelf, as JSON").FillAsync("\"cellar\"");
        await shelf.GetByRole(AriaRole.Button, new() { Name = "Use your value" }).ClickAsync();
        await Expect(Page.Locator("form.conflict")).ToHaveCountAsync(1);
        await note.GetByRole(AriaRole.Button, new() { Name = "Use your value" }).ClickAsync();
        await Expect(Page.Locator("form.conflict")).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByLabel("Message").FillAsync("Merge topic: shelf in the cellar, no note");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Finalize the merge" }).ClickAsync();

        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("Merge topic: shelf in the cellar, no note");
        var merged = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync("main")).FindDocumentAsync("Reading", reading))!.Json);
        merged.Should().Be("""{"Pages":412,"Shelf":"cellar","Title":"Dune"}""");
    }

    [BrowserFact]
    public async Task Sending_the_merge_form_again_from_the_back_button_leads_to_the_merge_already_waiting_not_a_second_one()
    {
        await Server.WithRepositoryAsync(Catalog.MakeAsync);

        await GoAsync("merge?from=topic");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();
        await Expect(Page.Locator("form.conflict")).ToHaveCountAsync(1);
        var waiting = Page.Url;

        await Page.GoBackAsync();
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();

        await Expect(Page.Locator("form.conflict")).ToHaveCountAsync(1);
        Page.Url.Should().Be(waiting);
        var open = await Server.WithRepositoryAsync(r => r.WorkspacesAsync());
        open.Should().ContainSingle();
    }

    [BrowserFact]
    public async Task Merging_what_the_branch_already_has_says_there_is_nothing_to_merge()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);

        await GoAsync($"merge?from={catalog.First.ShortForm}");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync(
            $"main already has everything of {catalog.First.ShortForm}: there is nothing to merge, and nothing was written.");
        (await Server.WithRepositoryAsync(r => r.FindCommitAsync("main"))).Id.Should().Be(catalog.OnMain.Id);
        (await Server.WithRepositoryAsync(r => r.WorkspacesAsync())).Should().BeEmpty();
    }

    [BrowserFact]
    public async Task Aborting_a_merge_leaves_the_branch_where_it_was()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await GoAsync("merge?from=topic");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();
        await Expect(Page.Locator("form.conflict")).ToHaveCountAsync(1);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Abort the merge" }).ClickAsync();

        await Expect(Page.GetByText("No open workspace")).ToBeVisibleAsync();
        var head = await Server.WithRepositoryAsync(r => r.FindCommitAsync("main"));
        head.Id.Should().Be(catalog.OnMain.Id);
    }

    [BrowserFact]
    public async Task A_merge_without_conflicts_is_finalized_at_once_and_shows_its_commit()
    {
        await Server.WithRepositoryAsync(async repository =>
        {
            await Catalog.MakeAsync(repository);
            await repository.CreateBranchAsync("tags", "main");
            var ws = await repository.CheckoutAsync("tags");
            await ws.SaveAsync(new Tag { Name = "desert" });
            await ws.FinalizeAsync("cy", "Add a tag");
            var main = await repository.CheckoutAsync("main");
            await main.SaveAsync(new Author { Name = "Brian Herbert" });
            await main.FinalizeAsync("bob", "Add an author");
        });

        await GoAsync("merge?from=tags");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Commit");
        await Expect(Page.Locator("dl.meta a.sha")).ToHaveCountAsync(2);
        await Expect(Page.Locator("section.change")).ToContainTextAsync("desert");
    }
}
