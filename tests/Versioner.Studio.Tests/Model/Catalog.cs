namespace Versioner.Studio.Tests.Model;

/// <summary>
/// A small history made through the app's typed API, as the app would make it: a catalog commit, a reprice, and a
/// branch "topic" that retitles the book while main reprices it again.
/// </summary>
public sealed record Catalog(EternalId Frank, EternalId Dune, EternalId SciFi, EternalId Classic, Commit First, Commit Repriced, Commit OnTopic, Commit OnMain)
{
    public const string FirstBlurb = "A desert planet.\nSpice.\nSandworms.";
    public const string SecondBlurb = "A desert planet.\nSpice and politics.\nSandworms.";

    public static async Task<Catalog> MakeAsync(Repository repository)
    {
        var ws = await repository.CheckoutAsync("main");
        var frank = await ws.SaveAsync(new Author { Name = "Frank Herbert" });
        var scifi = await ws.SaveAsync(new Tag { Name = "science fiction" });
        var classic = await ws.SaveAsync(new Tag { Name = "classic" });
        var dune = await ws.SaveAsync(new Book { Title = "Dune", Price = 9.99m, AuthorId = frank.EternalId, Tags = EternalIdSet.Of(scifi.EternalId), Blurb = LargeText.From(FirstBlurb) });
        var first = await ws.FinalizeAsync("ada", "Add the catalog");

        dune.Price = 12.00m;
        dune.Tags = dune.Tags.Add(classic.EternalId);
        dune.Blurb = LargeText.From(SecondBlurb);
        await ws.SaveAsync(dune);
        var repriced = await ws.FinalizeAsync("bob", "Reprice Dune\n\nThe publisher raised the list price.");

        await repository.CreateBranchAsync("topic", "main");
        var topic = await repository.CheckoutAsync("topic");
        var onTopicBook = await (await topic.SnapshotAsync()).FindAsync<Book>(dune.EternalId);
        onTopicBook!.Title = "Dune (special edition)";
        onTopicBook.Price = 15.00m;
        await topic.SaveAsync(onTopicBook);
        var onTopic = await topic.FinalizeAsync("cy", "Special edition");

        var main = await repository.CheckoutAsync("main");
        var onMainBook = await (await main.SnapshotAsync()).FindAsync<Book>(dune.EternalId);
        onMainBook!.Price = 11.00m;
        await main.SaveAsync(onMainBook);
        var onMain = await main.FinalizeAsync("bob", "Summer sale");

        return new Catalog(frank.EternalId, dune.EternalId, scifi.EternalId, classic.EternalId, first, repriced, onTopic, onMain);
    }

    /// <summary>
    /// A review pinned to Dune as repriced (12.00, before the summer sale made it 11.00 on main): a pinned reference
    /// to a version older than main's.
    /// </summary>
    public async Task<(EternalId Review, VersionId Edition)> ReviewRepricedAsync(Repository repository)
    {
        var repriced = await (await repository.SnapshotAsync(Repriced.Id)).FindAsync<Book>(Dune);
        var ws = await repository.CheckoutAsync("main");
        var review = await ws.SaveAsync(new Review { Text = "Worth twelve.", Edition = repriced!.VersionId });
        await ws.FinalizeAsync("eve", "Review Dune");
        return (review.EternalId, repriced.VersionId);
    }
}
