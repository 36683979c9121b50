using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;
using static Microsoft.Playwright.Assertions;

namespace Versioner.Studio.Tests.Pages;

/// <summary>
/// Document types (JSON saved by type name, as the ingest service stores them) on the as-of pages beside the typed
/// ones, a document's page, and the links to it from commits. The documents are saved through the engine's document
/// API (<see cref="Workspace.SaveDocumentAsync(string, EternalId, JsonElement, CancellationToken)"/>), which writes the
/// rows the ingest service's <see cref="DocumentWriter"/> writes.
/// </summary>
public abstract class DocumentTests<TDatabase>(BrowserFixture browser) : StudioTest<TDatabase>(browser)
    where TDatabase : StudioDatabase, new()
{
    private static readonly EternalId Dune = EternalId.Parse("00000000-0000-7000-8000-0000000000d1");
    private static readonly EternalId Emma = EternalId.Parse("00000000-0000-7000-8000-0000000000e2");
    private static readonly EternalId Ulysses = EternalId.Parse("00000000-0000-7000-8000-0000000000f3");

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Two readings, then one changed, one added and one removed: (first commit, second commit).</summary>
    private static async Task<(Commit First, Commit Second)> ReadingsAsync(Repository repository)
    {
        var ws = await repository.CheckoutAsync("main");
        await ws.SaveDocumentAsync("Reading", Dune, Json("""{"Title":"Dune","Pages":412,"Note":"<b>loud</b> & clear"}"""));
        await ws.SaveDocumentAsync("Reading", Emma, Json("""{"Title":"Emma","Pages":474}"""));
        var first = await ws.FinalizeAsync("ingest", "Readings from the app");

        await ws.SaveDocumentAsync("Reading", Dune, Json("""{"Title":"Dune","Pages":412,"Note":"<b>loud</b> & clear","Finished":true}"""));
        await ws.SaveDocumentAsync("Reading", Ulysses, Json("""{"Title":"Ulysses","Pages":730,"Shelf":{"Room":"study","Row":3}}"""));
        await ws.RemoveDocumentAsync("Reading", Emma);
        var second = await ws.FinalizeAsync("ingest", "Dune finished, Ulysses started, Emma given away");
        return (first, second);
    }

    [BrowserFact]
    public async Task Document_types_are_listed_beside_typed_ones_and_their_documents_shown_as_of_a_revision()
    {
        await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var (first, _) = await Server.WithRepositoryAsync(ReadingsAsync);
        var rows = Page.Locator("table.browse tbody tr");

        await GoAsync("browse");
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Entity types" }).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Author", "Book", "Review", "Tag"]);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Document types" }).GetByRole(AriaRole.Link, new() { Name = "Reading" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reading as of main");
        // Every field some document has, in ordinal order; one a document lacks is absent, not null.
        await Expect(Page.Locator("table.browse thead th")).ToHaveTextAsync(["Id", "Finished", "Note", "Pages", "Shelf", "Title"]);
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0).Locator("th")).ToHaveTextAsync(Dune.ToString(8));
        await Expect(rows.Nth(0).Locator("td").Nth(0)).ToHaveTextAsync("true");
        await Expect(rows.Nth(1)).ToContainTextAsync("Ulysses");
        await Expect(rows.Nth(1).Locator("td").Nth(0)).ToHaveTextAsync("absent");
        // A value is text, never markup.
        await Expect(rows.Nth(0).Locator("td").Nth(1)).ToHaveTextAsync("<b>loud</b> & clear");
        await Expect(Page.Locator("table.browse b")).ToHaveCountAsync(0);

        await Page.GetByLabel("As of").FillAsync(first.ShortForm);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Reading as of {first.ShortForm}");
        await Expect(Page.Locator("table.browse thead th")).ToHaveTextAsync(["Id", "Note", "Pages", "Title"]);
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(1)).ToContainTextAsync("Emma");

        // Sorted by a field of the documents, descending on the second click.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Pages", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Pages", Exact = true }).ClickAsync();
        await Expect(Page.Locator("th[aria-sort='descending']")).ToHaveTextAsync("Pages");
        await Expect(rows.First).ToContainTextAsync("Emma");
    }

    [BrowserFact]
    public async Task Document_pages_neither_repeat_nor_skip_a_document_when_documents_are_added_or_removed_between_pages()
    {
        var made = await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            var ids = new List<EternalId>();
            for (var i = 0; i < 60; i++)
            {
                var id = EternalId.Parse($"00000000-0000-7000-8000-0000000010{i:D2}");
                await ws.SaveDocumentAsync("Sensor", id, Json($$"""{"Reading":{{i}}}"""));
                ids.Add(id);
            }

            await ws.FinalizeAsync("ingest", "60 readings");
            return ids;
        });
        await GoAsync("browse?type=Sensor");
        var ids = Page.Locator("table.browse tbody th a");
        await Expect(ids).ToHaveCountAsync(50);
        var seen = await EntityIdsAsync(ids);

        // The ingest service adds documents whose ids come first and removes one of the first page's meanwhile.
        await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            for (var i = 1; i <= 3; i++)
            {
                await ws.SaveDocumentAsync("Sensor", EternalId.Parse($"00000000-0000-7000-8000-00000000000{i}"), Json("""{"Reading":-1}"""));
            }

            await ws.RemoveDocumentAsync("Sensor", seen[10]);
            await ws.FinalizeAsync("ingest", "Later");
        });
        await Page.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Expect(ids).ToHaveCountAsync(10);
        seen.AddRange(await EntityIdsAsync(ids));

        seen.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(made, "the second page goes on where the first ended");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sensor as of main now" }).ClickAsync();
        await Expect(ids).ToHaveCountAsync(50);
        await Expect(ids.First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/entity/00000000-0000-7000-8000-000000000001"));
    }

    [BrowserFact]
    public async Task A_documents_page_shows_its_fields_with_blame_its_json_and_its_history_and_a_commit_links_to_it()
    {
        var (first, second) = await Server.WithRepositoryAsync(ReadingsAsync);

        await GoAsync($"commit/{second.ShortForm}");
        var change = Page.Locator($"section[data-entity='{Dune}']");
        await Expect(change.Locator("tr[data-field='Finished'] td.ins")).ToHaveTextAsync("true");
        await change.GetByRole(AriaRole.Link, new() { Name = "history" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Reading “Dune” ({Dune.ToString(8)})");
        await Expect(Page.Locator("tr[data-field='Title']")).ToContainTextAsync(first.ShortForm);
        await Expect(Page.Locator("tr[data-field='Finished']")).ToContainTextAsync(second.ShortForm);
        await Expect(Page.Locator("tr[data-field='Note'] td").First).ToHaveTextAsync("<b>loud</b> & clear");
        await Expect(Page.Locator("pre.json")).ToHaveTextAsync("""
            {
              "Finished": true,
              "Note": "<b>loud</b> & clear",
              "Pages": 412,
              "Title": "Dune"
            }
            """);
        await Expect(Page.Locator("main b")).ToHaveCountAsync(0);
        var history = Page.Locator("table.history tbody tr");
        await Expect(history).ToHaveCountAsync(2);
        await Expect(history.Nth(0)).ToContainTextAsync(second.ShortForm);
        await Expect(history.Nth(1)).ToContainTextAsync("added");

        // The commit that added it, the document as of that commit, and the type's documents as of it.
        await history.Nth(1).GetByRole(AriaRole.Link, new() { Name = first.ShortForm }).ClickAsync();
        await Page.Locator($"section[data-entity='{Dune}']").GetByRole(AriaRole.Link, new() { Name = "history" }).ClickAsync();
        await Expect(Page.Locator("pre.json")).ToContainTextAsync("\"Pages\": 412");
        await Expect(Page.Locator("pre.json")).Not.ToContainTextAsync("Finished");
        await Page.GetByRole(AriaRole.Link, new() { Name = $"every Reading as of {first.ShortForm}" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Reading as of {first.ShortForm}");
        await Expect(Page.Locator("table.browse tbody tr")).ToHaveCountAsync(2);
    }

    [BrowserFact]
    public async Task A_commits_diff_shows_a_field_one_version_lacks_as_absent_and_a_json_null_as_null()
    {
        var (first, second) = await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            await ws.SaveDocumentAsync("Reading", Dune, Json("""{"Title":"Dune","Pages":412,"Note":null}"""));
            var first = await ws.FinalizeAsync("ingest", "Started Dune");
            await ws.SaveDocumentAsync("Reading", Dune, Json("""{"Title":"Dune","Note":"reread","Finished":true}"""));
            return (first, await ws.FinalizeAsync("ingest", "Finished Dune"));
        });
        var change = Page.Locator($"section[data-entity='{Dune}']");

        await GoAsync($"commit/{second.ShortForm}");

        await Expect(change.Locator("tr[data-field='Finished'] td.ins")).ToHaveTextAsync("true");
        await Expect(change.Locator("tr[data-field='Finished'] td.del")).ToHaveTextAsync("absent");
        await Expect(change.Locator("tr[data-field='Note'] td.del")).ToHaveTextAsync("null");
        await Expect(change.Locator("tr[data-field='Note'] td.ins")).ToHaveTextAsync("reread");
        await Expect(change.Locator("tr[data-field='Pages'] td.del")).ToHaveTextAsync("412");
        await Expect(change.Locator("tr[data-field='Pages'] td.ins")).ToHaveTextAsync("absent");

        // The root commit added the document: before it, no field was there, not even as null.
        await GoAsync($"commit/{first.ShortForm}");
        await Expect(change.Locator("tr[data-field='Title'] td").First).ToHaveTextAsync("absent");
        await Expect(change.Locator("tr[data-field='Title'] td.ins")).ToHaveTextAsync("Dune");
    }

    [BrowserFact]
    public async Task A_commits_diff_shows_a_json_null_member_that_went_away_as_null_to_absent()
    {
        var (dropped, restored) = await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            await ws.SaveDocumentAsync("Reading", Dune, Json("""{"Title":"Dune","Note":null}"""));
            await ws.FinalizeAsync("ingest", "Started Dune");
            await ws.SaveDocumentAsync("Reading", Dune, Json("""{"Title":"Dune"}"""));
            var dropped = await ws.FinalizeAsync("ingest", "Note dropped");
            await ws.SaveDocumentAsync("Reading", Dune, Json("""{"Title":"Dune","Note":null}"""));
            return (dropped, await ws.FinalizeAsync("ingest", "Note back, empty"));
        });
        var change = Page.Locator($"section[data-entity='{Dune}']");

        await GoAsync($"commit/{dropped.ShortForm}");

        // Only the member changed, from null to not there: the checksums differ, and so does the diff.
        await Expect(change.Locator("tr[data-field]")).ToHaveCountAsync(1);
        await Expect(change.Locator("tr[data-field='Note'] td.del")).ToHaveTextAsync("null");
        await Expect(change.Locator("tr[data-field='Note'] td.ins")).ToHaveTextAsync("absent");
        await GoAsync($"commit/{restored.ShortForm}");
        await Expect(change.Locator("tr[data-field='Note'] td.del")).ToHaveTextAsync("absent");
        await Expect(change.Locator("tr[data-field='Note'] td.ins")).ToHaveTextAsync("null");
    }

    [BrowserFact]
    public async Task A_removed_documents_page_names_its_type_and_a_root_commit_of_documents_shows_them_added()
    {
        var (first, second) = await Server.WithRepositoryAsync(ReadingsAsync);

        await GoAsync($"entity/{Emma}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Reading {Emma.ToString(8)}");
        await Expect(Page.GetByText("Not in main: removed.")).ToBeVisibleAsync();
        await Expect(Page.Locator("pre.json")).ToHaveCountAsync(0);
        await Expect(Page.Locator("table.history tbody tr").First).ToContainTextAsync(second.ShortForm);

        await GoAsync($"commit/{first.ShortForm}");
        await Expect(Page.Locator("dl.meta")).ToContainTextAsync("none (root commit)");
        await Expect(Page.Locator("section.change.added")).ToHaveCountAsync(2);
        await Expect(Page.Locator($"section[data-entity='{Emma}'] tr[data-field='Title'] td.ins")).ToHaveTextAsync("Emma");
    }

    [BrowserFact]
    public async Task The_standalone_studio_lists_and_shows_documents_without_the_apps_classes()
    {
        await Server.WithRepositoryAsync(Catalog.MakeAsync);
        await Server.WithRepositoryAsync(ReadingsAsync);
        var root = await StartStandaloneAsync(write: false);

        await Page.GotoAsync(root + "browse?type=Reading");
        await Expect(Page.Locator("table.browse tbody tr")).ToHaveCountAsync(2);
        await Page.GetByRole(AriaRole.Link, new() { Name = Ulysses.ToString(8) }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Reading “Ulysses” ({Ulysses.ToString(8)})");
        await Expect(Page.Locator("pre.json")).ToContainTextAsync("\"Room\": \"study\"");
        // A typed entity's page shows no JSON.
        await Page.GotoAsync(root + "browse?type=Book");
        await Page.Locator("table.browse tbody th a").First.ClickAsync();
        await Expect(Page.Locator("table.blame")).ToBeVisibleAsync();
        await Expect(Page.Locator("pre.json")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_document_version_named_by_id_opens_the_document_as_of_the_commit_that_added_it()
    {
        await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var (first, _) = await Server.WithRepositoryAsync(ReadingsAsync);
        var (older, removed) = await Server.WithRepositoryAsync(async repository =>
        {
            var then = await repository.SnapshotAsync(first.Id);
            return ((await then.FindDocumentAsync("Reading", Dune))!.VersionId, (await then.FindDocumentAsync("Reading", Emma))!.VersionId);
        });
        var note = Page.Locator("#version-note");

        // Dune's first version, replaced since: the document as it was, marked against main.
        var response = await GoAsync($"version/{older}");

        response.Status.Should().Be(200);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Reading “Dune” ({Dune.ToString(8)})");
        await Expect(Page.Locator("pre.json")).ToContainTextAsync("\"Pages\": 412");
        await Expect(Page.Locator("pre.json")).Not.ToContainTextAsync("Finished");
        await Expect(note).ToContainTextAsync("older version");
        await Page.GetByRole(AriaRole.Link, new() { Name = "the entity as of main" }).ClickAsync();
        await Expect(Page.Locator("pre.json")).ToContainTextAsync("\"Finished\": true");

        // Emma's only version, whose document was removed since; named with its type, as Verify's links name it.
        await GoAsync($"version/{removed}?type=Reading");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Reading “Emma” ({Emma.ToString(8)})");
        await Expect(Page.Locator("pre.json")).ToContainTextAsync("\"Title\": \"Emma\"");
        await Expect(note).ToContainTextAsync("not in main (removed)");

        // Under another type's name it is not found, and a standalone Studio finds it without the app's classes.
        (await GoAsync($"version/{older}?type=Book")).Status.Should().Be(404);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Book {older} is not in this database");
        var root = await StartStandaloneAsync(write: false);
        (await Page.GotoAsync(root + $"version/{older}"))!.Status.Should().Be(200);
        // The version's JSON, first: a page without it would pass the negative check below.
        await Expect(Page.Locator("pre.json")).ToContainTextAsync("\"Pages\": 412");
        await Expect(Page.Locator("pre.json")).Not.ToContainTextAsync("Finished");
        await Expect(note).ToContainTextAsync("older version");
    }

    [BrowserFact]
    public async Task An_unknown_type_is_a_404_and_a_bad_revision_or_sort_field_a_400_page_naming_it()
    {
        await Server.WithRepositoryAsync(ReadingsAsync);

        foreach (var (path, status, text) in new[]
        {
            ("browse?type=Readings", 404, "There is no entity type 'Readings'; the types are "),
            ("browse?type=" + Uri.EscapeDataString("<i>x</i>"), 404, "There is no entity type '<i>x</i>'"),
            ("browse?type=Reading&rev=" + Uri.EscapeDataString("main^x"), 400, "'^x' is not a parent step"),
            ("browse?type=Reading&sort=Author", 400, "No Reading document as of main has a field 'Author' to sort by."),
            ("browse?type=Reading&at=abc", 400, "'abc' is not a commit id to page the rows at (a GUID)."),
        })
        {
            var response = await GoAsync(path);

            response.Status.Should().Be(status, path);
            await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(text);
            await Expect(Page.Locator("main i")).ToHaveCountAsync(0);
        }
    }

    /// <summary>The entities an as-of page lists, whole, from its rows' links (their text is a short form).</summary>
    private static async Task<List<EternalId>> EntityIdsAsync(ILocator links) =>
        (await links.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname.split('/').pop())")).Select(EternalId.Parse).ToList();
}

public sealed class DocumentTests_Sqlite(BrowserFixture browser) : DocumentTests<SqliteDatabase>(browser);

public sealed class DocumentTests_Postgres(BrowserFixture browser) : DocumentTests<PostgresDatabase>(browser);
