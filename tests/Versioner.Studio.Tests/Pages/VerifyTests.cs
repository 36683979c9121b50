using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;
using static Microsoft.Playwright.Assertions;

namespace Versioner.Studio.Tests.Pages;

/// <summary>Page 8 against a tampered database: the problem is named, with a link to the commit that holds the row.</summary>
public sealed class VerifyTests(BrowserFixture browser) : StudioTest<SqliteDatabase>(browser)
{
    [BrowserFact]
    public async Task A_row_changed_behind_Versioners_back_is_named_with_a_link_to_its_commit()
    {
        await Server.WithRepositoryAsync(async repository =>
        {
            await Catalog.MakeAsync(repository);
            // An attacker with table access: drop the guards, rewrite a finalized title.
            var db = repository.Context;
            foreach (var trigger in await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'versioner_guard_%'").ToListAsync())
            {
#pragma warning disable EF1002 // trigger names read from the catalog just above
                await db.Database.ExecuteSqlRawAsync($"DROP TRIGGER \"{trigger}\"");
#pragma warning restore EF1002
            }

            await db.Database.ExecuteSqlRawAsync("UPDATE \"Books\" SET \"Title\" = 'Dune (forged)' WHERE \"Title\" = 'Dune'");
        });

        await GoAsync("verify");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verify now" }).ClickAsync();

        await Expect(Page.Locator("#verdict")).ToContainTextAsync("problems found");
        var issues = Page.Locator("table.issues tbody tr");
        await Expect(issues.First).ToContainTextAsync("Book");
        await issues.First.Locator("a.sha").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Commit");
        // The versions titled "Dune" were made by these commits (the special edition's title is not "Dune").
        (await Page.Locator("pre.message").InnerTextAsync()).Should().BeOneOf("Add the catalog", "Reprice Dune\n\nThe publisher raised the list price.", "Summer sale");
    }
}
