using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;

namespace Versioner.Studio.Tests.Pages;

/// <summary>
/// A database the Studio cannot write to right now (another writer holds SQLite's write lock past the connection's busy
/// timeout): the Studio's own page saying so, a 503 to retry, never a 500 with the provider's exception. The finalize
/// and discard begin their checked transaction themselves (WorkspaceEndpoints.CheckedWriteAsync), outside the engine's calls.
/// </summary>
public sealed class BusyDatabaseTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("versioner-studio-busy-").FullName;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private StudioServer? _server;
    private Catalog? _catalog;

    private string File => Path.Combine(_folder, "studio.db");

    private StudioServer Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        // A busy timeout of one second: a writer that finds the database locked waits that long, then is refused.
        var connectionString = $"Data Source={File};Pooling=False;Default Timeout=1";
        _server = await StudioServer.StartAsync(o => o.UseSqlite(connectionString).UseVersioning());
        _catalog = await _server.WithRepositoryAsync(Catalog.MakeAsync);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing request: a temporary folder left behind is harmless.
        }
    }

    [Fact]
    public async Task A_finalize_or_discard_while_another_writer_holds_the_database_is_a_503_page_saying_to_retry()
    {
        var workspace = await Server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            var dune = (await (await ws.SnapshotAsync()).FindAsync<Book>(_catalog!.Dune))!;
            dune.Price = 20.00m;
            await ws.SaveAsync(dune);
            return ws.Id;
        });
        var form = await _http.GetStringAsync(Server.Root + $"workspaces/{workspace}");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var shown = Regex.Match(form, "name=\"shown\" value=\"([^\"]+)\"").Groups[1].Value;
        shown.Should().NotBeEmpty("the workspace's page says which status its forms were filled in against");

        await using var other = new SqliteConnection($"Data Source={File};Pooling=False");
        await other.OpenAsync();
        await using var hold = (SqliteTransaction)await other.BeginTransactionAsync(); // BEGIN IMMEDIATE: the write lock
        foreach (var action in new[] { "finalize", "discard" })
        {
            using var fields = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["shown"] = shown, ["author"] = "dora", ["message"] = "m", ["all"] = "true",
            });
            using var response = await _http.PostAsync(Server.Root + $"workspaces/{workspace}/{action}", fields);
            var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, $"{action}: {text}");
            text.Should().Contain("A concurrent transaction got in the way", action).And.Contain("Nothing was committed; retry the operation.", action)
                .And.NotContain("SqliteException", action);
        }

        await hold.RollbackAsync();
        var open = await Server.WithRepositoryAsync(async r => (await r.WorkspacesAsync()).Select(w => w.Id).ToList());
        open.Should().Contain(workspace, "the refused finalize and discard left the workspace as it was");
    }
}
