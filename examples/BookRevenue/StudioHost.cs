// `dotnet run --project examples/BookRevenue -- studio`: after the walkthrough, the example's history in Versioner
// Studio, embedded as an app would host it: the app's own context, Versioner and the Studio in the container, the
// pages behind an authorization policy (here: callers on this machine), on the loopback interface only.
using System.Net;
using Bookshop.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Versioner;

namespace Bookshop;

internal static class StudioHost
{
    private const string Policy = "this-machine";

    /// <summary>Serves the Studio over the walkthrough's database until Ctrl+C.</summary>
    public static async Task RunAsync(string databaseFile, string[] args)
    {
        var port = args.SkipWhile(a => a != "--port").Skip(1).Select(int.Parse).FirstOrDefault(5140);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<BookRevenueContext>(o => o.UseSqlite($"Data Source={databaseFile}").UseVersioning());
        builder.Services.AddVersioning<BookRevenueContext>();
        builder.Services.AddVersionerStudio<BookRevenueContext>();
        builder.Services.AddAuthorization(o => o.AddPolicy(Policy, p => p.RequireAssertion(c =>
            c.Resource is Microsoft.AspNetCore.Http.HttpContext http && http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip))));
        await using var app = builder.Build();
        app.MapGet("/", () => Microsoft.AspNetCore.Http.Results.Redirect("/versioner/"));
        app.MapVersionerStudio("/versioner", Policy);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ProposeReprintAsync(scope.ServiceProvider.GetRequiredService<Repository>());
        }

        await app.StartAsync();
        Console.WriteLine($"Versioner Studio: http://127.0.0.1:{port}/versioner/ (Ctrl+C to stop)");
        await app.WaitForShutdownAsync();
    }

    /// <summary>
    /// Something to merge and something to stage: a branch "reprint" that reprices a book main repriced too (a
    /// conflict to resolve on the Merge page), and an open workspace with a retitle and a new author.
    /// </summary>
    private static async Task ProposeReprintAsync(Repository repository)
    {
        var book = (await (await repository.SnapshotAsync("main")).Query<Book>().ToListAsync()).OrderBy(b => b.Title, StringComparer.Ordinal).First();
        await repository.Branches.CreateAsync("reprint", "main");
        var reprint = await repository.CheckoutAsync("reprint");
        var onReprint = (await (await reprint.SnapshotAsync()).FindAsync<Book>(book.EternalId))!;
        onReprint.ListPrice += 3.00m;
        onReprint.Title += " (reprint)";
        await reprint.SaveAsync(onReprint);
        await reprint.FinalizeAsync("lena", "Reprint at a higher price");

        var main = await repository.CheckoutAsync("main");
        var onMain = (await (await main.SnapshotAsync()).FindAsync<Book>(book.EternalId))!;
        onMain.ListPrice -= 1.00m;
        await main.SaveAsync(onMain);
        await main.FinalizeAsync("maria", "Spring discount");

        var draft = await repository.CheckoutAsync("main");
        var edited = (await (await draft.SnapshotAsync()).FindAsync<Book>(book.EternalId))!;
        edited.Blurb = LargeText.From((edited.Blurb?.Value ?? "") + "\nNow with a new afterword.");
        edited.ListPrice += 0.50m;
        await draft.SaveAsync(edited);
        await draft.SaveAsync(new Author { Name = "Ursula K. Le Guin" });
    }
}
