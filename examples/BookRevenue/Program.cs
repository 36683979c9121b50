// A walkthrough of Versioner on a small publisher's catalog: books, authors, tags, yearly revenue and royalty
// statements, with git-like history in an ordinary SQLite database. Run it with
//     dotnet run --project examples/BookRevenue
// and see the history in the browser (Versioner Studio) with
//     dotnet run --project examples/BookRevenue -- studio
// Each step lives in Walkthrough.cs; the entities are in Model/ and the mapping in BookRevenueContext.cs.
using Bookshop;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Versioner;

const string DatabaseFile = "bookrevenue.db";
try
{
    File.Delete(DatabaseFile); // start from an empty database on every run

    // Wired as an ASP.NET Core or worker app would be: the context and Versioner registered in the container.
    // Commit timestamps come from this clock: three hours ago at the first commit, a few minutes later at each next.
    var clock = new SimulatedClock(DateTimeOffset.UtcNow.AddHours(-3));
    var builder = Host.CreateApplicationBuilder(args);
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Services.AddSingleton<TimeProvider>(clock);
    builder.Services.AddDbContext<BookRevenueContext>(o => o.UseSqlite($"Data Source={DatabaseFile}").UseVersioning());
    builder.Services.AddVersioning<BookRevenueContext>();
    builder.Services.AddHealthChecks().AddVersionerHealthCheck();
    using var host = builder.Build();

    await using (var setup = host.Services.CreateAsyncScope())
    {
        await setup.ServiceProvider.GetRequiredService<BookRevenueContext>().Database.EnsureCreatedAsync();
    }

    await host.StartAsync(); // validates the options and opens the database once
    await using (var scope = host.Services.CreateAsyncScope())
    {
        var repository = scope.ServiceProvider.GetRequiredService<Repository>();

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

    await ServingFromMemory.RunAsync(host.Services, clock);

    var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
    Console.WriteLine($"Health: {health.Status} ({health.Entries["versioner"].Description})");
    await host.StopAsync();

    Console.WriteLine($"Done. The history is in {Path.GetFullPath(DatabaseFile)}.");
    Console.WriteLine($"See it from the command line: dotnet run --project src/Versioner.Cli -- log --graph --db {Path.GetFullPath(DatabaseFile)}");
    if (args is ["studio", ..])
    {
        await StudioHost.RunAsync(DatabaseFile, args); // the same history in the browser (StudioHost.cs)
    }

    return 0;
}
catch (Exception e) // anything unexpected, including a step's failed expectation: exit non-zero so CI notices
{
    Console.Error.WriteLine($"Walkthrough failed: {e}");
    return 1;
}
