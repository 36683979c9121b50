using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;

namespace Versioner.Studio.Tests.Pages;

/// <summary>
/// Following a pinned reference over HTTP (<c>/version/{id}</c>, the link an entity page shows): the version is found in
/// one query whatever the number of versioned types, and leads to the same page as before.
/// </summary>
#pragma warning disable CA1001 // disposed in IAsyncLifetime.DisposeAsync, which xunit calls
public abstract class PinnedReferenceTests<TDatabase> : IAsyncLifetime
#pragma warning restore CA1001
    where TDatabase : StudioDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly CommandLog _commands = new();
    private StudioServer? _server;

    private StudioServer Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        if (_database.SkipReason is not null)
        {
            return; // the test is skipped
        }

        var options = await _database.CreateAsync();
        _server = await StudioServer.StartAsync(o => options(o.AddInterceptors(_commands)));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [EngineFact]
    public async Task A_pinned_reference_is_found_in_one_query_over_the_versioned_tables_and_leads_to_the_pinned_version()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var (review, edition) = await Server.WithRepositoryAsync(catalog.ReviewRepricedAsync);
        var tables = await Server.WithRepositoryAsync(r => Task.FromResult(
            r.Context.Model.GetEntityTypes().Select(t => t.GetTableName()!).Where(t => !t.StartsWith("versioner_", StringComparison.Ordinal)).ToList()));
        var page = WebUtility.HtmlDecode(await _http.GetStringAsync(Server.Root + $"entity/{review}"));
        var link = Regex.Match(page, "href=\"([^\"]*version/[^\"]+)\"[^>]*>pinned ").Groups[1].Value;

        _commands.Clear();
        using var response = await _http.GetAsync(new Uri(new Uri(Server.Root), link));

        tables.Should().HaveCount(4, "the shop has four versioned types: Author, Tag, Book, Review");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().Should().Be(
            $"/versioner/entity/{catalog.Dune}?rev={catalog.Repriced.Id}&version={edition}&from=main&pinned=true");
        _commands.Texts.Where(text => tables.Any(table => text.Contains($"\"{table}\"", StringComparison.Ordinal)))
            .Should().ContainSingle("one query finds the version, not one per versioned type");
    }

    [EngineFact]
    public async Task A_pruned_version_is_gone_by_id_by_revision_or_in_a_commits_diff_each_a_410_page_saying_when_and_by_which_policy()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var first = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync(catalog.First.Id)).FindContentAsync(catalog.Dune))!.VersionId);
        await Server.WithRepositoryAsync(r => r.ApplyRetentionAsync(new RetentionPolicy { Name = "nightly", KeepNewest = 1 }));
        var prunedAt = await Server.WithRepositoryAsync(async r =>
        {
            await foreach (var mark in (await r.SnapshotAsync(catalog.First.Id)).PrunedAsync())
            {
                return mark.PrunedAt;
            }

            throw new InvalidOperationException("Retention pruned nothing.");
        });

        foreach (var path in new[] { $"version/{first}", $"entity/{catalog.Dune}?rev={catalog.First.Id}", $"commit/{catalog.Repriced.Id}" })
        {
            using var response = await _http.GetAsync(new Uri(Server.Root + path));

            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            response.StatusCode.Should().Be(HttpStatusCode.Gone, path + ": " + body);
            body.Should().Contain("<h1>Gone</h1>", path);
            body.Should().Contain("Book version ", path).And.Contain("was pruned", "a pruned version is no unknown id")
                .And.Contain($"on {prunedAt:yyyy-MM-ddTHH:mm:ssZ} by retention policy 'nightly'", "when and by which policy");
        }

    }

    [EngineFact]
    public async Task A_version_whose_commit_is_missing_is_a_page_saying_the_history_is_damaged_not_revision_not_found()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        var first = await Server.WithRepositoryAsync(async r => (await (await r.SnapshotAsync(catalog.First.Id)).FindContentAsync(catalog.Dune))!.VersionId);
        var missing = new CommitId(Guid.CreateVersion7());
        await Server.WithRepositoryAsync(async r =>
        {
            var moved = $"UPDATE \"Books\" SET \"CommitId\" = {r.Context.IdLiteral(missing.Value)} WHERE \"VersionId\" = {r.Context.IdLiteral(first.Value)}";
            // The row's foreign key would refuse a commit that is not there: damage is done without it.
            await r.Context.TamperAsync(r.Context.Database.IsNpgsql()
                ? $"ALTER TABLE \"Books\" DROP CONSTRAINT \"FK_Books_versioner_commits_CommitId\"; {moved}"
                : $"PRAGMA foreign_keys = OFF; {moved}");
        });

        using var response = await _http.GetAsync(new Uri(Server.Root + $"version/{first}"));

        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.Should().Be(HttpStatusCode.Conflict, body);
        body.Should().Contain($"Version {first} of Book {catalog.Dune} is in this database, but commit {missing}, which added it, is missing")
            .And.Contain("versioner verify").And.NotContain("not found");
        body.Should().Contain("<h1>History damaged</h1>", "damage is no refusal of the request").And.NotContain("Refused");
        body.Should().Contain("""verify">Verify the history: the Verify page lists every damaged row</a>""");
    }

    [EngineFact]
    public async Task A_versioned_types_table_dropped_outside_Versioner_is_a_history_damaged_page_naming_it_and_leading_to_verify()
    {
        var catalog = await Server.WithRepositoryAsync(Catalog.MakeAsync);
        await Server.WithRepositoryAsync(r => r.Context.TamperAsync(r.Context.Database.IsNpgsql()
            ? "DROP TABLE \"Books\" CASCADE"
            : "PRAGMA foreign_keys = OFF; DROP TABLE \"Books\""));

        using var response = await _http.GetAsync(new Uri(Server.Root + $"entity/{catalog.Dune}"));

        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.Should().Be(HttpStatusCode.Conflict, body);
        body.Should().Contain("<h1>History damaged</h1>").And.Contain("<title>History damaged · Versioner Studio</title>").And.NotContain("Refused");
        body.Should().Contain("Table Books, which Versioner reads, is missing from the database: it was dropped or renamed outside Versioner");
        body.Should().Contain("""verify">Verify the history: the Verify page lists every damaged row</a>""");
    }

    /// <summary>The text of every command the app's context runs.</summary>
    private sealed class CommandLog : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _texts = new();

        public IReadOnlyCollection<string> Texts => _texts;

        public void Clear() => _texts.Clear();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _texts.Enqueue(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public sealed class PinnedReferenceTests_Sqlite : PinnedReferenceTests<SqliteDatabase>;

public sealed class PinnedReferenceTests_Postgres : PinnedReferenceTests<PostgresDatabase>;
