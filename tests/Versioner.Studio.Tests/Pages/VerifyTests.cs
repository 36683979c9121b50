using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;
using static Microsoft.Playwright.Assertions;

namespace Versioner.Studio.Tests.Pages;

/// <summary>Page 8 against a tampered database: the problem is named, with a link to the row it is about.</summary>
public abstract class VerifyTests<TDatabase>(BrowserFixture browser) : StudioTest<TDatabase>(browser)
    where TDatabase : StudioDatabase, new()
{
    [BrowserFact]
    public async Task A_row_changed_behind_Versioners_back_is_named_with_a_link_to_that_row()
    {
        await Server.WithRepositoryAsync(async repository =>
        {
            await Catalog.MakeAsync(repository);
            // An attacker with table access: drop the guards, rewrite a finalized title.
            var db = repository.Context;
            await DropGuardsAsync(db);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Books\" SET \"Title\" = 'Dune (forged)' WHERE \"Title\" = 'Dune'");
        });

        await GoAsync("verify");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verify now" }).ClickAsync();

        await Expect(Page.Locator("#verdict")).ToContainTextAsync("problems found");
        var issue = Page.Locator("table.issues tbody tr").First;
        await Expect(issue).ToContainTextAsync("VersionChecksumMismatch");
        await Expect(issue).ToContainTextAsync("Book");
        var version = await issue.Locator("a.row").InnerTextAsync();
        await issue.Locator("a.row").ClickAsync();

        // The entity as of the commit that made the version: the forged value shows, and the page names the version.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Dune (forged)");
        await Expect(Page.Locator("#version-note")).ToContainTextAsync(version[^8..]);
        Page.Url.Should().Contain($"version={version}");
    }

    /// <summary>Drops Versioner's immutability triggers, as an attacker with table access could.</summary>
    private static async Task DropGuardsAsync(DbContext db)
    {
        var drops = db.Database.IsNpgsql()
            ? await db.Database.SqlQueryRaw<string>(
                "SELECT format('DROP TRIGGER %I ON %I', t.tgname, c.relname) AS \"Value\" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE 'versioner%'").ToListAsync()
            : await db.Database.SqlQueryRaw<string>("SELECT 'DROP TRIGGER \"' || name || '\"' AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'versioner_guard_%'").ToListAsync();
        foreach (var drop in drops)
        {
#pragma warning disable EF1002 // statements built by the catalog just above from trigger names
            await db.Database.ExecuteSqlRawAsync(drop);
#pragma warning restore EF1002
        }
    }
}

public sealed class VerifyTests_Sqlite(BrowserFixture browser) : VerifyTests<SqliteDatabase>(browser);

public sealed class VerifyTests_Postgres(BrowserFixture browser) : VerifyTests<PostgresDatabase>(browser);
