using Microsoft.Playwright;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;
using static Microsoft.Playwright.Assertions;

namespace Versioner.Studio.Tests.Pages;

/// <summary>Accessibility basics on every page: each control has a name, the keyboard reaches the content and the forms.</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : StudioTest<SqliteDatabase>(browser)
{
    [BrowserFact]
    public async Task Every_control_on_every_page_has_an_accessible_name()
    {
        var (catalog, merging) = await Server.WithRepositoryAsync(async repository =>
        {
            var catalog = await Catalog.MakeAsync(repository);
            var ws = await repository.CheckoutAsync("main");
            await ws.MergeAsync("topic", new MergeOptions { Author = "dora" });
            return (catalog, ws.Id);
        });

        foreach (var path in new[] { "", "log", $"commit/{catalog.Repriced.ShortForm}", $"entity/{catalog.Dune}", "browse?type=Book", "workspaces", $"workspaces/{merging}", "merge", "verify" })
        {
            (await GoAsync(path)).Status.Should().Be(200, path);
            await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
            // Inputs, buttons and links without a name a screen reader could announce.
            var unnamed = await Page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('input:not([type=hidden]), textarea, select, button, a[href]')]
                  .filter(e => {
                    const label = e.labels && [...e.labels].map(l => l.textContent.trim()).join('');
                    return !(label || e.getAttribute('aria-label') || e.textContent.trim() || e.getAttribute('title'));
                  })
                  .map(e => e.outerHTML)
                """);
            unnamed.Should().BeEmpty(path);
        }
    }

    [BrowserFact]
    public async Task The_keyboard_skips_to_the_content_and_finalizes_a_workspace()
    {
        var workspace = await Server.WithRepositoryAsync(async repository =>
        {
            var catalog = await Catalog.MakeAsync(repository);
            var ws = await repository.CheckoutAsync("main");
            var dune = (await (await ws.SnapshotAsync()).FindAsync<Book>(catalog.Dune))!;
            dune.Title = "Dune (keyboard edition)";
            await ws.SaveAsync(dune);
            return ws.Id;
        });

        await GoAsync($"workspaces/{workspace}");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#main$"));

        // Tab to the entity's checkbox, check it with the space bar, and on through the form.
        var entity = Page.Locator("input.pick-entity");
        for (var i = 0; i < 30 && !await entity.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await Page.Keyboard.PressAsync("Tab");
        }

        await Page.Keyboard.PressAsync("Space");
        await Expect(entity).ToBeCheckedAsync();
        await Expect(Page.Locator("input.pick-field").First).ToBeCheckedAsync();
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Author", Exact = true }).FocusAsync();
        await Page.Keyboard.TypeAsync("kim");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("By keyboard");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Finalize checked" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.Locator("pre.message")).ToHaveTextAsync("By keyboard");
    }
}
