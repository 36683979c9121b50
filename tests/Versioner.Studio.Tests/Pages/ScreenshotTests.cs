using Microsoft.Playwright;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;
using static Microsoft.Playwright.Assertions;

namespace Versioner.Studio.Tests.Pages;

/// <summary>
/// Screenshots of the main pages, as docs/studio/ shows them: written into the folder <c>VERSIONER_STUDIO_SCREENSHOTS</c>
/// names (<c>docs/studio/screenshots.sh</c> sets it), otherwise into a temporary folder, which proves they render.
/// </summary>
public sealed class ScreenshotTests(BrowserFixture browser) : StudioTest<SqliteDatabase>(browser)
{
    [BrowserFact]
    public async Task Main_pages_are_captured()
    {
        var folder = Environment.GetEnvironmentVariable("VERSIONER_STUDIO_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Directory.CreateTempSubdirectory("versioner-studio-shots-").FullName;
        Directory.CreateDirectory(folder);
        var (catalog, staging, merging) = await Server.WithRepositoryAsync(async repository =>
        {
            var catalog = await Catalog.MakeAsync(repository);
            await repository.CreateBranchAsync("tags", "main");
            var tags = await repository.CheckoutAsync("tags");
            await tags.SaveAsync(new Tag { Name = "desert" });
            await tags.FinalizeAsync("cy", "Add a tag");
            var main = await repository.CheckoutAsync("main");
            await main.MergeAsync("tags", new MergeOptions { Author = "dora", FastForward = FastForwardMode.Never });

            var merging = await repository.CheckoutAsync("main");
            await merging.MergeAsync("topic", new MergeOptions { Author = "dora" });

            var staging = await repository.CheckoutAsync("main");
            var dune = (await (await staging.SnapshotAsync()).FindAsync<Book>(catalog.Dune))!;
            dune.Title = "Dune (revised)";
            dune.Blurb = LargeText.From(Catalog.SecondBlurb + "\nA new afterword.");
            await staging.SaveAsync(dune);
            await staging.SaveAsync(new Author { Name = "Brian Herbert" });
            return (catalog, staging.Id, merging.Id);
        });

        var shots = new (string Name, string Path)[]
        {
            ("branches", ""),
            ("log", "log"),
            ("commit", $"commit/{catalog.Repriced.ShortForm}"),
            ("entity", $"entity/{catalog.Dune}"),
            ("staging", $"workspaces/{staging}"),
            ("merge", $"workspaces/{merging}"),
        };
        foreach (var (name, path) in shots)
        {
            (await GoAsync(path)).Status.Should().Be(200, path);
            if (name == "staging")
            {
                await Page.Locator($"section[data-entity='{catalog.Dune}']").GetByLabel("Title", new() { Exact = true }).CheckAsync();
            }

            var file = Path.Combine(folder, $"{name}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            new FileInfo(file).Length.Should().BeGreaterThan(10_000, name);
        }

        await Expect(Page.Locator("form.conflict")).ToHaveCountAsync(1);
    }
}
