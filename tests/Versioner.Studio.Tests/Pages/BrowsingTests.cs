using Microsoft.Playwright;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;
using static Microsoft.Playwright.Assertions;

namespace Versioner.Studio.Tests.Pages;

/// <summary>Pages 1 to 4, walked like a user: branches, the log with its graph, a commit's diff, an entity's blame and history.</summary>
public abstract class BrowsingTests<TDatabase>(BrowserFixture browser) : StudioTest<TDatabase>(browser)
    where TDatabase : StudioDatabase, new()
{
    [BrowserFact]
    public async Task Branches_page_shows_each_head_and_how_far_it_is_ahead_and_behind()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);

        await GoAsync();

        var topic = Page.Locator("tr[data-branch='topic']");
        await Expect(topic.Locator(".ahead")).ToHaveTextAsync("1");
        await Expect(topic.Locator(".behind")).ToHaveTextAsync("1");
        await Expect(topic).ToContainTextAsync(catalog.OnTopic.ShortForm);
        await Expect(topic).ToContainTextAsync("Special edition");
        await Expect(Page.Locator("tr[data-branch='main']")).ToContainTextAsync("default");
        await Page.GetByRole(AriaRole.Link, new() { Name = "topic", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Log of topic");
    }

    [BrowserFact]
    public async Task Branches_page_counts_ahead_and_behind_exactly_past_a_thousand_commits()
    {
        await Server.WithRepositoryAsync(Catalog.MakeAsync);
        await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            var author = await ws.SaveAsync(new Author { Name = "0" });
            await ws.FinalizeAsync("bot", "Author 0");
            for (var i = 1; i <= 1000; i++)
            {
                author.Name = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ws.SaveAsync(author);
                await ws.FinalizeAsync("bot", $"Author {i}");
            }
        });

        await GoAsync();

        var topic = Page.Locator("tr[data-branch='topic']");
        await Expect(topic.Locator(".ahead")).ToHaveTextAsync("1");
        await Expect(topic.Locator(".behind")).ToHaveTextAsync("1,002");
    }

    [BrowserFact]
    public async Task Log_draws_a_merge_in_two_lanes_and_filters_by_author_and_entity_type()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var merge = await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            var result = await ws.MergeAsync("topic", new MergeOptions { Author = "dora", Policy = new MergePolicy().Resolve("Book", MergeStrategy.Theirs) });
            return result.Commit!;
        });

        await GoAsync("log");

        var rows = Page.Locator("table.log tbody tr");
        await Expect(rows).ToHaveCountAsync(5);
        await Expect(rows.Nth(0)).ToContainTextAsync(merge.ShortForm);
        await Expect(rows.Nth(0).Locator(".badge")).ToHaveTextAsync("merge");
        await Expect(rows.Nth(0).Locator("svg circle.merge")).ToHaveCountAsync(1);
        // The merge's second parent runs in a second lane down to it; the rows below the fork are one lane wide.
        (await rows.Nth(1).Locator("svg").GetAttributeAsync("width")).Should().Be("28");
        (await rows.Nth(4).Locator("svg").GetAttributeAsync("width")).Should().Be("14");
        await Expect(rows.Nth(4)).ToContainTextAsync(catalog.First.ShortForm);

        await Page.GetByLabel("Author").FillAsync("cy");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Special edition");

        await Page.GetByLabel("Author").FillAsync("");
        await Page.GetByLabel("Entity type").FillAsync("Author");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Add the catalog");
    }

    [BrowserFact]
    public async Task Log_pages_neither_repeat_nor_skip_a_commit_when_commits_land_between_pages()
    {
        async Task<List<Commit>> CommitAsync(Repository repository, int count, string prefix)
        {
            var ws = await repository.CheckoutAsync("main");
            var made = new List<Commit>();
            for (var i = 0; i < count; i++)
            {
                await ws.SaveAsync(new Tag { Name = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                made.Add(await ws.FinalizeAsync("bot", prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            return made;
        }

        var first = await Server.WithRepositoryAsync(r => CommitAsync(r, 70, "Tag "));
        await GoAsync("log");
        var rows = Page.Locator("table.log tbody tr");
        await Expect(rows).ToHaveCountAsync(50);
        var seen = (await rows.Locator("a.sha").AllTextContentsAsync()).ToList();

        // Another writer commits while the first page is read.
        await Server.WithRepositoryAsync(r => CommitAsync(r, 3, "Later "));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Older" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(20);
        seen.AddRange(await rows.Locator("a.sha").AllTextContentsAsync());

        seen.Should().Equal(first.AsEnumerable().Reverse().Select(c => c.ShortForm), "the second page goes on where the first ended");
        await Page.GetByRole(AriaRole.Link, new() { Name = "the log of main now" }).ClickAsync();
        await Expect(rows.First).ToContainTextAsync("Later 2");
    }

    [BrowserFact]
    public async Task Log_of_a_range_lists_what_its_right_side_has_and_its_left_lacks_an_empty_side_being_the_default_branch()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var rows = Page.Locator("table.log tbody tr");

        foreach (var (rev, only) in new[] { ("main..topic", catalog.OnTopic), ("..topic", catalog.OnTopic), ("topic..main", catalog.OnMain), ("topic..", catalog.OnMain) })
        {
            (await GoAsync("log?rev=" + Uri.EscapeDataString(rev))).Status.Should().Be(200, rev);
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows.First).ToContainTextAsync(only.ShortForm);
        }

        // main..main: nothing.
        (await GoAsync("log?rev=..main")).Status.Should().Be(200);
        await Expect(Page.GetByText("No commits match.")).ToBeVisibleAsync();

        // More than a page: the next page is read at the range's right side as it was (here the default branch).
        await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            for (var i = 0; i < 50; i++)
            {
                await ws.SaveAsync(new Tag { Name = "Tag " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                await ws.FinalizeAsync("bot", "Tag " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        });
        (await GoAsync("log?rev=topic..")).Status.Should().Be(200);
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(rows.First).ToContainTextAsync("Tag 49");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Older" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(catalog.OnMain.ShortForm);
    }

    [BrowserFact]
    public async Task Log_of_a_range_naming_nothing_or_malformed_is_a_4xx_page_naming_it()
    {
        await Server.WithRepositoryAsync(Catalog.MakeAsync);

        foreach (var (rev, status, text) in new[]
        {
            ("main..nope", 404, "'nope'"),
            ("nope..main", 404, "'nope'"),
            ("main..topic~x", 400, "'~x' is not a number of commits to go back"),
            ("main...topic", 400, "main...topic"),
            ("main..topic..main", 400, "main..topic..main"),
        })
        {
            var response = await GoAsync("log?rev=" + Uri.EscapeDataString(rev));

            response.Status.Should().Be(status, rev);
            await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(text);
        }
    }

    [BrowserFact]
    public async Task Log_and_commit_pages_read_parent_steps_and_a_step_past_the_history_is_a_4xx_page_naming_it()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var rows = Page.Locator("table.log tbody tr");

        (await GoAsync("log?rev=" + Uri.EscapeDataString("main~1^"))).Status.Should().Be(200);
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(catalog.First.ShortForm);
        (await GoAsync("log?rev=" + Uri.EscapeDataString("topic^..main"))).Status.Should().Be(200);
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(catalog.OnMain.ShortForm);
        (await GoAsync("commit/" + Uri.EscapeDataString("main^"))).Status.Should().Be(200);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Commit {catalog.Repriced.ShortForm}");

        foreach (var (rev, status, text) in new[]
        {
            ("main^2", 404, "'main' is no merge: it has one parent ('main^'), so '^2' names none."),
            ("main^x", 400, "'^x' is not a parent step"),
            ("main^..topic^3", 404, "'topic' is no merge"),
        })
        {
            var response = await GoAsync("log?rev=" + Uri.EscapeDataString(rev));

            response.Status.Should().Be(status, rev);
            await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(text);
        }
    }

    [BrowserFact]
    public async Task Commit_page_shows_metadata_parents_checksum_and_the_diff_field_by_field()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);

        await GoAsync("log");
        await Page.GetByRole(AriaRole.Link, new() { Name = catalog.Repriced.ShortForm }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Commit {catalog.Repriced.ShortForm}");
        await Expect(Page.Locator(".checksum")).ToHaveTextAsync(catalog.Repriced.Checksum.ToString());
        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("Reprice Dune\n\nThe publisher raised the list price.");
        var book = Page.Locator($"section[data-entity='{catalog.Dune}']");
        await Expect(book.Locator("tr[data-field='Price'] td.del")).ToHaveTextAsync("9.99");
        await Expect(book.Locator("tr[data-field='Price'] td.ins")).ToHaveTextAsync("12");
        // A set as members added and removed; large text as a line diff.
        await Expect(book.Locator("tr[data-field='Tags'] li.ins")).ToHaveTextAsync($"+added {catalog.Classic.ToString(8)}");
        await Expect(book.Locator("tr[data-field='Blurb'] .textdiff .del")).ToHaveTextAsync("- Spice.");
        await Expect(book.Locator("tr[data-field='Blurb'] .textdiff .ins")).ToHaveTextAsync("+ Spice and politics.");

        await Page.GetByRole(AriaRole.Link, new() { Name = catalog.First.Id.ToString(8) }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Commit {catalog.First.ShortForm}");
        await Expect(Page.Locator("dl.meta")).ToContainTextAsync("none (root commit)");
    }

    [BrowserFact]
    public async Task A_long_text_is_shown_whole_in_the_diff_and_on_the_entity_page_not_cut_at_sixty_characters()
    {
        const string Opening = "Paul Atreides comes to Arrakis, the desert planet, with his family and their household.";
        var book = await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            var frank = await ws.SaveAsync(new Author { Name = "Frank Herbert" });
            var dune = await ws.SaveAsync(new Book { Title = "Dune", Price = 9.99m, AuthorId = frank.EternalId, Blurb = LargeText.From(Opening + "\nSpice.") });
            await ws.FinalizeAsync("ada", "Add Dune");
            dune.Blurb = LargeText.From(Opening + "\nSpice and politics.");
            await ws.SaveAsync(dune);
            await ws.FinalizeAsync("bob", "Say more about the spice");
            return dune.EternalId;
        });

        await GoAsync("commit/main");

        // The first line is the same on both sides: kept whole, not removed as a cut-off line and added again.
        var blurb = Page.Locator($"section[data-entity='{book}'] tr[data-field='Blurb'] .textdiff");
        await Expect(blurb.Locator(".same")).ToHaveTextAsync("  " + Opening);
        await Expect(blurb.Locator(".del")).ToHaveTextAsync("- Spice.");
        await Expect(blurb.Locator(".ins")).ToHaveTextAsync("+ Spice and politics.");
        await Expect(Page.Locator("pre.textdiff")).Not.ToContainTextAsync("…");

        await GoAsync($"entity/{book}");
        await Expect(Page.Locator("table.blame tr[data-field='Blurb'] pre.text")).ToHaveTextAsync(Opening + "\nSpice and politics.");
    }

    [BrowserFact]
    public async Task Long_unbroken_values_wrap_inside_the_page_instead_of_widening_it()
    {
        var word = new string('x', 3000);
        var name = new string('A', 600);
        var author = await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            var saved = await ws.SaveAsync(new Author { Name = word });
            await ws.FinalizeAsync(name, "Add " + word);
            return saved.EternalId;
        });

        foreach (var path in new[] { "log", "commit/main", $"entity/{author}", "browse?type=Author" })
        {
            await GoAsync(path);
            await Expect(Page.GetByText(word[..100]).First).ToBeVisibleAsync();

            var widened = await Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
            widened.Should().BeFalse($"{path} should wrap a long value rather than scroll the whole page sideways");
        }
    }

    [BrowserFact]
    public async Task Root_commit_page_shows_everything_in_it_as_added()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);

        await GoAsync($"commit/{catalog.First.ShortForm}");

        await Expect(Page.Locator("dl.meta")).ToContainTextAsync("none (root commit)");
        await Expect(Page.Locator("section.change")).ToHaveCountAsync(4);
        await Expect(Page.Locator("section.change.added")).ToHaveCountAsync(4);
        var book = Page.Locator($"section[data-entity='{catalog.Dune}']");
        await Expect(book.Locator("tr[data-field='Title'] td.ins")).ToHaveTextAsync("Dune");
        await Expect(book.Locator("tr[data-field='Price'] td.ins")).ToHaveTextAsync("9.99");
        await Expect(Page.Locator($"section[data-entity='{catalog.Frank}'] tr[data-field='Name'] td.ins")).ToHaveTextAsync("Frank Herbert");
    }

    [BrowserFact]
    public async Task Entity_page_follows_a_pinned_reference_to_the_pinned_older_version()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var (review, edition) = await Server.WithRepositoryAsync(catalog.ReviewRepricedAsync);

        await GoAsync($"entity/{review}");
        var pin = Page.Locator("table.blame tr[data-field='Edition'] a", new() { HasText = "pinned" });
        await Expect(pin).ToHaveTextAsync($"pinned {edition.ToString(8)}");
        await pin.ClickAsync();

        // The book as of the commit that made the pinned version, marked as older than main's.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Dune");
        await Expect(Page.Locator("table.blame tr[data-field='Price'] td").First).ToHaveTextAsync("12");
        await Expect(Page.Locator("table.blame tr[data-field='Price']")).ToContainTextAsync("Reprice Dune");
        var note = Page.Locator("#version-note");
        await Expect(note).ToContainTextAsync("pinned older version");
        await Expect(note).ToContainTextAsync(edition.ToString(8));
        await note.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Page.Locator("table.blame tr[data-field='Price'] td").First).ToHaveTextAsync("11");
    }

    [BrowserFact]
    public async Task Entity_page_blames_each_field_and_follows_a_reference()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);

        await GoAsync($"commit/{catalog.OnMain.ShortForm}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "History of Book" }).ClickAsync();

        await Expect(Page.Locator("table.blame tr[data-field='Price']")).ToContainTextAsync("11");
        await Expect(Page.Locator("table.blame tr[data-field='Price']")).ToContainTextAsync("Summer sale");
        await Expect(Page.Locator("table.blame tr[data-field='Title']")).ToContainTextAsync("Add the catalog");
        await Expect(Page.Locator("table.history tbody tr")).ToHaveCountAsync(3);

        await Page.Locator("table.blame tr[data-field='AuthorId'] a").First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Frank Herbert");
    }

    [BrowserFact]
    public async Task Entity_history_marks_a_version_retention_pruned_with_when_and_by_which_policy()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        await Server.WithRepositoryAsync(r => r.ApplyRetentionAsync(new RetentionPolicy { Name = "nightly", KeepNewest = 1 }));
        var prunedAt = await Server.WithRepositoryAsync(async r =>
        {
            await foreach (var mark in (await r.SnapshotAsync(catalog.First.Id)).PrunedAsync())
            {
                return mark.EternalId == catalog.Dune ? mark.PrunedAt : (DateTimeOffset?)null;
            }

            return null;
        });
        var history = Page.Locator("table.history tbody tr");

        await GoAsync($"entity/{catalog.Dune}");

        prunedAt.Should().NotBeNull("retention pruned Dune's first version");
        var when = prunedAt!.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(history.Filter(new() { HasText = catalog.First.ShortForm })).ToContainTextAsync($"pruned {when} UTC by 'nightly'");
        await Expect(history.Filter(new() { HasText = catalog.OnMain.ShortForm })).Not.ToContainTextAsync("pruned");
    }

    [BrowserFact]
    public async Task Entity_history_longer_than_a_page_pages_through_every_commit_once()
    {
        var (author, commits) = await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            var saved = await ws.SaveAsync(new Author { Name = "v0" });
            var made = new List<Commit> { await ws.FinalizeAsync("bot", "Name v0") };
            for (var i = 1; i < 130; i++)
            {
                saved.Name = "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ws.SaveAsync(saved);
                made.Add(await ws.FinalizeAsync("bot", "Name " + saved.Name));
            }

            return (saved.EternalId, made);
        });

        await GoAsync($"entity/{author}");
        var seen = new List<string>();
        var rows = Page.Locator("table.history tbody tr");
        await Expect(rows.First).ToContainTextAsync("Name v129");
        seen.AddRange(await rows.Locator("a.sha").AllTextContentsAsync());

        // Another writer renames the author while the first page is read: the next page goes on where it ended.
        await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            var saved = (await (await ws.SnapshotAsync()).FindAsync<Author>(author))!;
            saved.Name = "later";
            await ws.SaveAsync(saved);
            await ws.FinalizeAsync("bot", "Name later");
        });
        await Page.GetByRole(AriaRole.Link, new() { Name = "Older" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(30);
        await Expect(rows.Last).ToContainTextAsync("Name v0");
        seen.AddRange(await rows.Locator("a.sha").AllTextContentsAsync());
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Older" })).ToHaveCountAsync(0);

        // Newest first, each commit once: none skipped between the pages, none repeated.
        seen.Should().Equal(commits.AsEnumerable().Reverse().Select(c => c.ShortForm));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Newer" }).ClickAsync();
        await Expect(rows.First).ToContainTextAsync("Name v129");
    }

    [BrowserFact]
    public async Task A_revision_that_names_nothing_is_a_404_page_that_says_so()
    {
        await Server.WithRepositoryAsync(Catalog.MakeAsync);

        var response = await GoAsync("commit/nosuchbranch");

        response.Status.Should().Be(404);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("nosuchbranch");
    }

    [BrowserFact]
    public async Task An_address_that_names_nothing_is_a_404_page_saying_what_with_the_menu_to_go_on()
    {
        await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var unknown = Guid.CreateVersion7();

        foreach (var (path, message) in new[]
        {
            ($"entity/{unknown}", $"Entity {unknown} is not in the history of main: no commit of it added, changed or removed an entity with this id."),
            ($"workspaces/{unknown}", $"Revision '{unknown}' not found: no open workspace has this id (it was finalized or discarded, or never opened); the Workspaces page lists the open ones."),
            ("nosuchpage", "The Studio has no page at /versioner/nosuchpage; its pages are in the menu above."),
            ("commit/", "The Studio has no page at /versioner/commit/; its pages are in the menu above."),
        })
        {
            var response = await GoAsync(path);

            response.Status.Should().Be(404, path);
            await Expect(Page).ToHaveTitleAsync("Not found · Versioner Studio");
            await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(message);
        }

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Studio" }).GetByRole(AriaRole.Link, new() { Name = "Log" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Log of main");
    }

    [BrowserFact]
    public async Task As_of_browser_shows_a_types_rows_at_an_earlier_commit_and_sorts_them()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);

        await GoAsync("browse");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Entity types" }).GetByRole(AriaRole.Link, new() { Name = "Book" }).ClickAsync();
        await Expect(Page.Locator("table.browse tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("table.browse tbody tr")).ToContainTextAsync("11");
        await Page.GetByLabel("As of").FillAsync(catalog.First.ShortForm);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Book as of {catalog.First.ShortForm}");
        await Expect(Page.Locator("table.browse tbody tr")).ToContainTextAsync("9.99");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Tag", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Name", Exact = true }).ClickAsync();
        await Expect(Page.Locator("table.browse tbody tr").First).ToContainTextAsync("classic");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Name", Exact = true }).ClickAsync();
        await Expect(Page.Locator("table.browse tbody tr").First).ToContainTextAsync("science fiction");
        await Expect(Page.Locator("th[aria-sort='descending']")).ToHaveTextAsync("Name");
    }

    [BrowserFact]
    public async Task As_of_pages_neither_repeat_nor_skip_a_row_when_rows_are_added_or_removed_between_pages()
    {
        var tags = await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            var made = Enumerable.Range(0, 60).Select(i => new Tag { Name = "Tag " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
            await ws.SaveAllAsync(made);
            await ws.FinalizeAsync("bot", "60 tags");
            return made.Select(t => t.EternalId).ToList();
        });
        await GoAsync("browse?type=Tag");
        var ids = Page.Locator("table.browse tbody th a");
        await Expect(ids).ToHaveCountAsync(50);
        var seen = await EntityIdsAsync(ids);

        // Another writer adds rows whose ids come first (ids from elsewhere, an ingest client's) and removes one of the
        // first page's, while the first page is read.
        await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            await ws.SaveAllAsync(Enumerable.Range(1, 3).Select(i => new Tag
            {
                EternalId = EternalId.Parse($"00000000-0000-7000-8000-00000000000{i}"),
                Name = "Early " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }).ToList());
            await ws.RemoveAsync<Tag>(seen[10]);
            await ws.FinalizeAsync("bot", "Later");
        });
        await Page.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Expect(ids).ToHaveCountAsync(10);
        seen.AddRange(await EntityIdsAsync(ids));

        seen.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(tags, "the second page goes on where the first ended");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tag as of main now" }).ClickAsync();
        await Expect(ids.First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/entity/00000000-0000-7000-8000-000000000001"));
    }

    /// <summary>The entities an as-of page lists, whole, from its rows' links (their text is a short form).</summary>
    private static async Task<List<EternalId>> EntityIdsAsync(ILocator links) =>
        (await links.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname.split('/').pop())")).Select(EternalId.Parse).ToList();

    [BrowserFact]
    public async Task A_removed_entitys_page_names_its_type()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var removal = await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            await ws.RemoveAsync<Book>(catalog.Dune);
            return await ws.FinalizeAsync("ann", "Out of print");
        });

        await GoAsync($"entity/{catalog.Dune}");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Book {catalog.Dune.ToString(8)}");
        await Expect(Page.GetByText("Not in main: removed.")).ToBeVisibleAsync();
        await Expect(Page.Locator("table.history tbody tr").First).ToContainTextAsync(removal.ShortForm);
    }

    [BrowserFact]
    public async Task A_page_number_past_the_last_row_shows_no_rows_even_near_the_largest_number()
    {
        await Server.WithRepositoryAsync(Catalog.MakeAsync);

        // (page - 1) * 50 wrapped around int.MaxValue to a negative skip, which showed the first page's rows again.
        foreach (var sort in new[] { "", "&sort=Title" })
        {
            var response = await GoAsync($"browse?type=Book&page={int.MaxValue}{sort}");

            response.Status.Should().Be(200);
            await Expect(Page.Locator("table.browse caption")).ToContainTextAsync($"page {int.MaxValue}");
            await Expect(Page.Locator("table.browse tbody tr")).ToHaveCountAsync(0);
        }
    }

    [BrowserFact]
    public async Task Verify_runs_and_reports_the_history_sound()
    {
        await Server.WithRepositoryAsync(Catalog.MakeAsync);

        await GoAsync("verify");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verify now" }).ClickAsync();

        await Expect(Page.Locator("#verdict")).ToContainTextAsync("Verified: no problems. 4 commits");
    }
}
