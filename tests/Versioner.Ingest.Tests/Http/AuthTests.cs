using System.Net;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Http;

public sealed class AuthTests
{
    private const string Token = "test-bearer-token-0123456789";

    [Fact]
    public async Task With_no_credential_configured_writes_are_refused_with_how_to_configure_one()
    {
        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Versioner:Auth:ApiKeys:0"] = null });

        var problem = await (await server.Anonymous.PostAsync("/versions", IngestServer.Json(Messages.Upsert()))).ProblemAsync(HttpStatusCode.Unauthorized);

        problem.Detail.Should().Be("Writing needs a credential, and none is configured. Set an API key (Versioner__Auth__ApiKeys__0, sent as X-Api-Key) or a bearer token (Versioner__Auth__BearerTokens__0), or set Versioner__Auth__AllowAnonymousWrites=true on a trusted network.");
    }

    [Fact]
    public async Task Anonymous_writes_work_only_when_explicitly_allowed()
    {
        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Versioner:Auth:ApiKeys:0"] = null, ["Versioner:Auth:AllowAnonymousWrites"] = "true" });

        var response = await server.Anonymous.PostAsync("/versions", IngestServer.Json(Messages.Upsert()));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_even_where_anonymous_access_is_allowed()
    {
        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Versioner:Auth:AllowAnonymousReads"] = "true" });
        using var client = server.NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-the-key-0123456789");

        var problem = await (await client.GetAsync("/commits/main")).ProblemAsync(HttpStatusCode.Unauthorized);

        problem.Detail.Should().Be("The API key in X-Api-Key is not one this service accepts. Check the key (Versioner:Auth:ApiKeys).");
    }

    [Fact]
    public async Task A_bearer_token_authenticates()
    {
        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Versioner:Auth:BearerTokens:0"] = Token });
        using var client = server.NewClient(bearer: Token);
        using var wrong = server.NewClient(bearer: Token + "x");

        (await client.PostAsync("/versions", IngestServer.Json(Messages.Upsert()))).StatusCode.Should().Be(HttpStatusCode.Created);
        var problem = await (await wrong.PostAsync("/versions", IngestServer.Json(Messages.Upsert()))).ProblemAsync(HttpStatusCode.Unauthorized);
        problem.Detail.Should().Be("The bearer token is not one this service accepts. Check the token (Versioner:Auth:BearerTokens).");
    }

    [Fact]
    public async Task A_wrong_bearer_token_is_refused_even_beside_a_valid_key()
    {
        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Versioner:Auth:BearerTokens:0"] = Token });
        using var client = server.NewClient(bearer: Token + "x");
        client.DefaultRequestHeaders.Add("X-Api-Key", IngestServer.WriterKey);
        var eternalId = Guid.CreateVersion7();

        var problem = await (await client.PostAsync("/versions", IngestServer.Json(Messages.Upsert(eternalId)))).ProblemAsync(HttpStatusCode.Unauthorized);

        problem.Detail.Should().Be("The bearer token is not one this service accepts. Check the token (Versioner:Auth:BearerTokens).");
        (await server.Client.GetAsync($"/entities/Invoice/{eternalId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Basic YTpi", " (the Authorization header's scheme 'Basic' is not accepted)")]
    [InlineData("Bearer", " (the Authorization header names Bearer but holds no token)")]
    [InlineData("test-writer-key-0123456789", " (the Authorization header holds no scheme)")]
    public async Task A_refusal_says_what_an_authorization_header_that_is_not_a_bearer_token_holds(string header, string said)
    {
        await using var server = await IngestServer.StartAsync();
        using var client = server.NewClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header).Should().BeTrue();

        var problem = await (await client.PostAsync("/versions", IngestServer.Json(Messages.Upsert()))).ProblemAsync(HttpStatusCode.Unauthorized);

        problem.Detail.Should().Be($"Writing needs a credential: send X-Api-Key: <key> or Authorization: Bearer <token>{said}.");
    }

    [Fact]
    public async Task Reads_need_a_credential_unless_anonymous_reads_are_allowed()
    {
        await using var closed = await IngestServer.StartAsync();
        await using var open = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Versioner:Auth:AllowAnonymousReads"] = "true" });
        var id = Guid.CreateVersion7();

        var refused = await (await closed.Anonymous.GetAsync($"/versions/{id}")).ProblemAsync(HttpStatusCode.Unauthorized);
        (await open.Anonymous.GetAsync($"/versions/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await open.Anonymous.PostAsync("/versions", IngestServer.Json(Messages.Upsert()))).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "anonymous reads do not open writes");
        refused.Detail.Should().Be("Reading needs a credential: send X-Api-Key: <key> or Authorization: Bearer <token>.");
    }

    [Fact]
    public async Task Health_needs_no_credential()
    {
        await using var server = await IngestServer.StartAsync();

        var health = await (await server.Anonymous.GetAsync("/health")).JsonAsync();

        health.GetProperty("status").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task Short_keys_are_refused_at_start_with_every_problem_listed()
    {
        var act = () => IngestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Versioner:Auth:ApiKeys:0"] = "short",
            ["Versioner:Commits:MaxVersions"] = "0",
        });

        var error = (await act.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>()).Which;
        error.Failures.Should().BeEquivalentTo(
            "Versioner:Auth:ApiKeys holds a key shorter than 16 characters; use long random keys (set it in appsettings.json or as Versioner__Auth__ApiKeys).",
            "Versioner:Commits:MaxVersions must be at least 1 (set it in appsettings.json or as Versioner__Commits__MaxVersions).");
    }
}
