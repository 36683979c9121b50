// A walkthrough of Versioner on a small publisher's catalog: books, authors, tags, yearly revenue and royalty
// statements, with git-like history in an ordinary SQLite database. Run it with
//     dotnet run --project examples/BookRevenue
// Each step lives in Walkthrough.cs; the entities are in Model/ and the mapping in BookRevenueContext.cs.
using Bookshop;
using Versioner;

const string DatabaseFile = "bookrevenue.db";
try
{
    File.Delete(DatabaseFile); // start from an empty database on every run
    await using (var db = new BookRevenueContext(DatabaseFile))
    {
        await db.Database.EnsureCreatedAsync();

        // Commit timestamps come from this clock: three hours ago at the first commit, a few minutes later at each next.
        var clock = new SimulatedClock(DateTimeOffset.UtcNow.AddHours(-3));
        var repository = await Repository.OpenAsync(db, new RepositoryOptions { TimeProvider = clock });

        var walkthrough = await Walkthrough.CommitInitialCatalogAsync(repository, clock);
        await walkthrough.EditBooksAsync();
        var edited = await walkthrough.FinalizeInTwoPartsAsync();
        await walkthrough.AddRevenueForNewYearAsync();
        await walkthrough.RefuseDuplicateRevenueAsync();
        await walkthrough.ChangeRateAfterStatementAsync();

        await walkthrough.ShowLogAsync();
        await walkthrough.ShowDiffAsync(walkthrough.CatalogCommit, edited);
        await walkthrough.ShowHistoryAsync(walkthrough.Exhalation);
        await walkthrough.CompareRevenueAsOfAsync(walkthrough.CatalogCommit);
        await walkthrough.ShowBooksTaggedAsOfAsync(walkthrough.AwardWinner, walkthrough.CatalogCommit);
    }

    Console.WriteLine($"Done. The history is in {Path.GetFullPath(DatabaseFile)}.");
    return 0;
}
catch (Exception e) // anything unexpected, including a step's failed expectation: exit non-zero so CI notices
{
    Console.Error.WriteLine($"Walkthrough failed: {e}");
    return 1;
}
