using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Versioner.Studio.Tests.Infrastructure;
using Versioner.Studio.Tests.Model;

namespace Versioner.Studio.Tests.Access;

/// <summary>Who may do what: a policy is required to map the Studio, writes need a Studio page's token, read-only refuses them.</summary>
#pragma warning disable CA1001 // disposed in IAsyncLifetime.DisposeAsync, which xunit calls
public sealed class StudioAccessTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly SqliteDatabase _database = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly List<StudioServer> _servers = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _http.Dispose();
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private async Task<StudioServer> StartAsync(Action<StudioOptions>? configure = null)
    {
        var server = await StudioServer.StartAsync(await _database.CreateAsync(), configure);
        _servers.Add(server);
        await server.WithRepositoryAsync(Catalog.MakeAsync);
        return server;
    }

    [Fact]
    public void Mapping_the_Studio_without_a_policy_is_refused()
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        var act = () => app.MapVersionerStudio("/versioner", " ");

        act.Should().Throw<ArgumentException>().WithParameterName("policy");
    }

    [Fact]
    public async Task A_write_without_the_anti_forgery_token_of_a_Studio_page_is_refused()
    {
        var server = await StartAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["from"] = "topic", ["into"] = "main", ["author"] = "mallory" });

        var response = await _http.PostAsync(server.Root + "merge", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("anti-forgery token is missing or stale");
        var head = await server.WithRepositoryAsync(r => r.FindCommitAsync("main"));
        head.Parents.Should().ContainSingle("the merge did not happen");
    }

    [Fact]
    public async Task A_write_with_a_valid_token_but_a_body_that_is_no_form_is_refused_with_400_not_500()
    {
        var server = await StartAsync();
        var page = await _http.GetStringAsync(server.Root + "merge"); // the token's cookie stays with the client
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        token.Should().NotBeEmpty();

        // A script that sends the token in its header, as anti-forgery allows, and a body that is no form or a broken one.
        foreach (var body in new HttpContent[]
        {
            new StringContent("{\"from\": \"topic\"}", Encoding.UTF8, "application/json"),
            new StringContent("not a multipart body", Encoding.UTF8, "multipart/form-data"),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, server.Root + "merge") { Content = body };
            request.Headers.Add("RequestVerificationToken", token);
            if (body.Headers.ContentType!.MediaType == "multipart/form-data")
            {
                body.Headers.ContentType.Parameters.Add(new NameValueHeaderValue("boundary", "b"));
            }

            var response = await _http.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            (await response.Content.ReadAsStringAsync()).Should().Contain("The request is not a form the Studio can read");
        }

        var head = await server.WithRepositoryAsync(r => r.FindCommitAsync("main"));
        head.Parents.Should().ContainSingle("nothing was merged");
    }

    [Fact]
    public async Task A_read_only_Studio_shows_no_forms_and_refuses_writes()
    {
        var server = await StartAsync(o => o.ReadOnly = true);

        var page = await _http.GetStringAsync(server.Root);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["from"] = "topic", ["into"] = "main", ["author"] = "mallory" });
        var response = await _http.PostAsync(server.Root + "merge", form);

        page.Should().Contain("read-only").And.NotContain("Merge into main").And.NotContain("<form method=\"post\"");
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).Should().Contain("This Studio is read-only");
    }

    [Fact]
    public async Task Text_from_the_database_is_shown_as_text_never_as_markup()
    {
        var server = await StartAsync();
        await server.WithRepositoryAsync(async repository =>
        {
            var ws = await repository.CheckoutAsync("main");
            await ws.SaveAsync(new Author { Name = "<script>alert(1)</script>" });
            await ws.FinalizeAsync("<b>eve</b>", "<img src=x onerror=alert(2)>");
        });

        var log = await _http.GetStringAsync(server.Root + "log");
        var head = await server.WithRepositoryAsync(r => r.FindCommitAsync("main"));
        var commit = await _http.GetStringAsync(server.Root + "commit/" + head.ShortForm);

        log.Should().Contain("&lt;img src=x onerror=alert(2)&gt;").And.NotContain("<img src=x").And.NotContain("<b>eve</b>");
        commit.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.NotContain("<script>alert(1)");
    }
}
