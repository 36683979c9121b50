using System.Net;
using System.Text.RegularExpressions;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;

namespace Versioner.Studio.Tests.Pages;

/// <summary>
/// What a user types into an address or a form and the Studio cannot use: the Studio's own page, saying what was wrong
/// and what to write, never the framework's empty 400, an argument check's text or advice written for code.
/// </summary>
#pragma warning disable CA1001 // disposed in IAsyncLifetime.DisposeAsync, which xunit calls
public abstract class RefusedInputTests<TDatabase> : IAsyncLifetime
#pragma warning restore CA1001
    where TDatabase : StudioDatabase, new()
{
    private readonly TDatabase _database = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private StudioServer? _server;

    private StudioServer Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        if (_database.SkipReason is not null)
        {
            return; // the test is skipped
        }

        _server = await StudioServer.StartAsync(await _database.CreateAsync());
        await _server.WithRepositoryAsync(Catalog.MakeAsync);
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
    public async Task A_query_value_that_does_not_parse_is_a_400_page_naming_the_parameter_and_what_it_takes()
    {
        foreach (var (path, message) in new[]
        {
            ("log?page=abc", $"page: 'abc' is not a page number; give a whole number from 1 to {int.MaxValue}."),
            ($"browse?type=Book&page={(long)int.MaxValue + 1}", $"page: '{(long)int.MaxValue + 1}' is not a page number; give a whole number from 1 to {int.MaxValue}."),
            ("browse?type=Book&desc=maybe", "desc: 'maybe' is neither true nor false; give desc=true or desc=false, or leave it out."),
        })
        {
            var (status, text) = await GetAsync(path);

            status.Should().Be(HttpStatusCode.BadRequest, path);
            text.Should().Contain(message, path);
        }
    }

    [EngineFact]
    public async Task A_blank_revision_in_the_address_is_a_400_page_saying_it_is_not_a_revision()
    {
        var (status, text) = await GetAsync("commit/%20");

        status.Should().Be(HttpStatusCode.BadRequest);
        text.Should().Contain("' ' is not a revision: it is only spaces. A revision is a branch, tag,").And.NotContain("Parameter");
    }

    [EngineFact]
    public async Task Merging_into_a_branch_that_does_not_exist_says_to_choose_one_on_the_page_not_what_code_to_write()
    {
        var head = await Server.WithRepositoryAsync(r => r.FindCommitAsync("main"));
        var response = await PostMergeAsync(into: "mian");

        response.Status.Should().Be(HttpStatusCode.NotFound);
        response.Text.Should()
            .Contain("Revision 'mian' not found: there is no branch of that name to merge into. Choose one of the branches on the Branches page")
            .And.NotContain("CreateAsync");
        (await Server.WithRepositoryAsync(r => r.BranchesAsync())).Select(b => b.Name).Should().NotContain("mian");
        (await Server.WithRepositoryAsync(r => r.FindCommitAsync("main"))).Id.Should().Be(head.Id);
    }

    [EngineFact]
    public async Task Merging_into_a_tag_says_tags_never_move_and_to_choose_a_branch_not_what_code_to_write()
    {
        await Server.WithRepositoryAsync(r => r.Tags.CreateAsync("v1", "main"));
        var head = await Server.WithRepositoryAsync(r => r.FindCommitAsync("main"));
        var response = await PostMergeAsync(into: "v1");

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.Text.Should()
            .Contain("'v1' is a tag, and tags never move, so nothing can be merged into one. Choose one of the branches on the Branches page.")
            .And.NotContain("CreateAsync").And.NotContain("CheckoutDetachedAsync");
        (await Server.WithRepositoryAsync(r => r.Tags.GetAsync("v1"))).Target.Should().Be(head.Id);
    }

    [EngineFact]
    public async Task A_workspace_finalized_meanwhile_is_a_409_page_saying_so_not_what_code_to_write()
    {
        var head = await Server.WithRepositoryAsync(r => r.FindCommitAsync("main"));

        foreach (var action in new[] { "finalize", "discard", "abort" })
        {
            var response = await PostAsync($"workspaces/{head.Id}/{action}", new() { ["author"] = "dora", ["message"] = "m", ["all"] = "true" });

            response.Status.Should().Be(HttpStatusCode.Conflict, action);
            response.Text.Should()
                .Contain($"This workspace was finalized meanwhile (in another tab, or by another writer): its edits are commit {head.Id} now. Nothing was written.", action)
                .And.NotContain("CheckoutAsync");
        }
    }

    [EngineFact]
    public async Task The_empty_id_in_an_address_is_refused_saying_it_is_all_zeros_not_that_it_is_no_GUID()
    {
        foreach (var (path, what) in new[] { ("entity/", "an entity's eternal id"), ("version/", "a version id"), ("workspaces/", "a workspace's id") })
        {
            var (status, text) = await GetAsync(path + Guid.Empty);

            status.Should().Be(HttpStatusCode.BadRequest, path);
            text.Should().Contain($"'{Guid.Empty}' is not {what}", path).And.Contain("the empty GUID (all zeros) names nothing.", path);
        }
    }

    /// <summary>Sends the merge page's form (its anti-forgery token, whose cookie stays with the client) merging topic into <paramref name="into"/>.</summary>
    private Task<(HttpStatusCode Status, string Text)> PostMergeAsync(string into) =>
        PostAsync("merge", new() { ["from"] = "topic", ["into"] = into, ["author"] = "dora" });

    /// <summary>Posts a form with the anti-forgery token of a Studio page (its cookie stays with the client).</summary>
    private async Task<(HttpStatusCode Status, string Text)> PostAsync(string path, Dictionary<string, string> values)
    {
        var form = await _http.GetStringAsync(Server.Root + "merge");
        values["__RequestVerificationToken"] = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var fields = new FormUrlEncodedContent(values);
        using var response = await _http.PostAsync(Server.Root + path, fields);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private async Task<(HttpStatusCode Status, string Text)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(Server.Root + path);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}

public sealed class RefusedInputTests_Sqlite : RefusedInputTests<SqliteDatabase>;

public sealed class RefusedInputTests_Postgres : RefusedInputTests<PostgresDatabase>;
