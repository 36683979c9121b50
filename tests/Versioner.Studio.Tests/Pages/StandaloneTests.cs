using Microsoft.Playwright;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;
using static Microsoft.Playwright.Assertions;

namespace Versioner.Studio.Tests.Pages;

/// <summary>
/// The standalone Studio (<c>--db</c>) over a database an app made: the same pages without the app's classes,
/// read-only unless <c>--write</c>.
/// </summary>
public abstract class StandaloneTests<TDatabase>(BrowserFixture browser) : StudioTest<TDatabase>(browser)
    where TDatabase : StudioDatabase, new()
{
    [BrowserFact]
    public async Task Read_only_it_shows_the_log_and_a_commit_and_offers_no_writes()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var root = await StartStandaloneAsync(write: false);

        await Page.GotoAsync(root + "log");
        await Expect(Page.Locator("table.log tbody tr")).ToHaveCountAsync(3);
        await Expect(Page.Locator("header .badge")).ToHaveTextAsync("read-only");
        await Page.GetByRole(AriaRole.Link, new() { Name = catalog.Repriced.ShortForm }).ClickAsync();

        var book = Page.Locator($"section[data-entity='{catalog.Dune}']");
        await Expect(book.Locator("tr[data-field='Price'] td.del")).ToHaveTextAsync("9.99");
        await Expect(book.Locator("tr[data-field='Price'] td.ins")).ToHaveTextAsync("12");
        await Expect(book.Locator("tr[data-field='Blurb'] .textdiff .ins")).ToHaveTextAsync("+ Spice and politics.");
        await Expect(Page.Locator("form[method='post']")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Merge", Exact = true })).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task With_write_it_merges_and_takes_a_typed_value_for_a_conflict()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var root = await StartStandaloneAsync(write: true);

        await Page.GotoAsync(root + "merge?from=topic");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();
        var conflict = Page.Locator("form.conflict");
        await Expect(conflict.Locator("tr[data-field='Price'] td.theirs")).ToHaveTextAsync("15");
        // Enter in one's own value resolves with it (its button is the form's first).
        await conflict.GetByLabel("Your value for Price").FillAsync("14.25");
        await conflict.GetByLabel("Your value for Price").PressAsync("Enter");
        await Expect(conflict).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FillAsync("dora");
        await Page.GetByLabel("Message").FillAsync("Merge topic, standalone");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Finalize the merge" }).ClickAsync();

        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("Merge topic, standalone");
        var book = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync("main")).FindAsync<Book>(catalog.Dune))!);
        book.Price.Should().Be(14.25m);
        book.Title.Should().Be("Dune (special edition)");
    }

    [BrowserFact]
    public async Task Without_the_apps_classes_references_by_eternal_id_and_pinned_ones_are_followed()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var (review, edition) = await Server.WithRepositoryAsync(catalog.ReviewRepricedAsync);
        var root = await StartStandaloneAsync(write: false);

        await Page.GotoAsync(root + $"entity/{review}");
        await Page.Locator("table.blame tr[data-field='Edition'] a", new() { HasText = "pinned" }).ClickAsync();
        await Expect(Page.Locator("table.blame tr[data-field='Price'] td").First).ToHaveTextAsync("12");
        await Expect(Page.Locator("#version-note")).ToContainTextAsync("pinned older version");
        await Expect(Page.Locator("#version-note")).ToContainTextAsync(edition.ToString(8));

        await Page.Locator("table.blame tr[data-field='AuthorId'] a").First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Frank Herbert");
    }
}
