using System.Net;
using System.Text;
using Versioner.Client;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Http;

/// <summary>Every refusal is an RFC 9457 problem with its own status and type, and a detail that says what to do.</summary>
public sealed class ErrorStatusTests : IAsyncLifetime
{
    private IngestServer _server = null!;

    public async Task InitializeAsync() => _server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Versioner:Http:MaxRequestBytes"] = "2048" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Malformed_json_is_400()
    {
        var problem = await (await _server.Client.PostAsync("/versions", IngestServer.Json("{\"entityType\": \"Invoice\","))).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Type.Should().Be("urn:versioner:problem:malformed");
        problem.Detail.Should().StartWith("The body is not valid JSON:");
    }

    [Fact]
    public async Task An_empty_body_is_400()
    {
        var problem = await (await _server.Client.PostAsync("/versions", IngestServer.Json(""))).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Detail.Should().Be("The body is empty. Send a DataObjectVersion as a JSON object (docs/schema/v1.json).");
    }

    [Fact]
    public async Task A_missing_credential_is_401()
    {
        var response = await _server.Anonymous.PostAsync("/versions", IngestServer.Json(Messages.Upsert()));

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        problem.Type.Should().Be("urn:versioner:problem:unauthorized");
        problem.Detail.Should().Be("Writing needs a credential: send X-Api-Key: <key> or Authorization: Bearer <token>.");
        response.Headers.WwwAuthenticate.Should().NotBeEmpty();
    }

    [Fact]
    public async Task An_unknown_version_is_404()
    {
        var id = Guid.CreateVersion7();

        var problem = await (await _server.Client.GetAsync($"/versions/{id}")).ProblemAsync(HttpStatusCode.NotFound);

        problem.Detail.Should().Be($"No version {id} was ingested. Check the id (a version id is the one sent in the message or returned on POST).");
    }

    [Fact]
    public async Task An_unknown_commit_is_404()
    {
        var problem = await (await _server.Client.GetAsync("/commits/abcdef12")).ProblemAsync(HttpStatusCode.NotFound);

        problem.Detail.Should().Be("Revision 'abcdef12' not found: no branch, tag, commit id or checksum matches it.");
    }

    [Fact]
    public async Task A_checksum_prefix_of_several_commits_is_400_naming_them()
    {
        // One commit per request: commits are made until two checksums share their first four digits (the shortest
        // prefix read as a checksum), some 300 on average among 65,536 prefixes.
        var byPrefix = new Dictionary<string, VersionReceipt>(StringComparer.OrdinalIgnoreCase);
        string? prefix = null;
        VersionReceipt? first = null, second = null;
        for (var i = 0; i < 3000 && prefix is null; i++)
        {
            var receipt = await (await _server.PostAsync(Messages.Upsert())).ReceiptAsync(HttpStatusCode.Created);
            var digits = receipt.CommitChecksum![..4];
            if (byPrefix.TryGetValue(digits, out var earlier))
            {
                (prefix, first, second) = (digits, earlier, receipt);
            }

            byPrefix[digits] = receipt;
        }

        prefix.Should().NotBeNull("3,000 checksums share a 4-digit prefix but for a chance of about e^-68");
        var commit = await (await _server.Client.GetAsync($"/commits/{prefix}")).ProblemAsync(HttpStatusCode.BadRequest);
        var asOf = await (await _server.Client.GetAsync($"/entities/Invoice/{Guid.CreateVersion7()}?asOf={prefix}")).ProblemAsync(HttpStatusCode.BadRequest);

        commit.Type.Should().Be("urn:versioner:problem:malformed");
        commit.Detail.Should().StartWith($"Revision '{prefix}' is a checksum prefix of 2 or more commits. Give more digits, or name one by its id: ")
            .And.Contain(first!.CommitId.ToString()).And.Contain(second!.CommitId.ToString()).And.EndWith(" Send one as the commit to read (/commits/{id}).");
        asOf.Type.Should().Be("urn:versioner:problem:malformed");
        asOf.Detail.Should().StartWith($"asOf: Revision '{prefix}' is a checksum prefix of 2 or more commits.");
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await (await _server.Client.GetAsync("/nothing-here")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_conflicting_version_is_409()
    {
        var id = Guid.CreateVersion7();
        await _server.PutAsync(id, Messages.Upsert());

        await (await _server.PutAsync(id, Messages.Upsert())).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var big = Messages.Upsert(data: $$"""{"text": "{{new string('x', 4000)}}"}""");

        var problem = await (await _server.PostAsync(big)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        problem.Type.Should().Be("urn:versioner:problem:too-large");
        problem.Detail.Should().Contain("exceeds the limit of 2048 bytes (Versioner:Http:MaxRequestBytes)");
    }

    [Fact]
    public async Task A_chunked_body_over_the_size_limit_is_413()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Messages.Upsert(data: $$"""{"text": "{{new string('x', 4000)}}"}"""))));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/versions") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var problem = await (await _server.Client.SendAsync(request)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        problem.Type.Should().Be("urn:versioner:problem:too-large");
        problem.Title.Should().Be("Request body too large");
        problem.Detail.Should().Be("The body exceeds the limit of 2048 bytes (Versioner:Http:MaxRequestBytes). Send fewer versions per request.");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var problem = await (await _server.Client.PostAsync("/versions", new StringContent(Messages.Upsert(), Encoding.UTF8, "text/plain"))).ProblemAsync(HttpStatusCode.UnsupportedMediaType);

        problem.Type.Should().Be("urn:versioner:problem:unsupported-media-type");
        problem.Detail.Should().Be("The body must be JSON sent as Content-Type: application/json; got 'text/plain; charset=utf-8'.");
    }

    [Fact]
    public async Task An_unknown_field_is_422()
    {
        var problem = await (await _server.PostAsync(Messages.Upsert(changes: ("priority", "1")))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Type.Should().Be("urn:versioner:problem:schema-mismatch");
        problem.Errors.Should().ContainSingle().Which.Field.Should().Be("priority");
        problem.Detail.Should().StartWith("The message does not match the DataObjectVersion contract (docs/schema/v1.json): priority: is not a field of the contract");
    }

    [Fact]
    public async Task An_unsupported_schema_version_is_422_naming_the_supported_one()
    {
        var problem = await (await _server.PostAsync(Messages.Upsert(changes: ("schemaVersion", "7")))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Type.Should().Be("urn:versioner:problem:unsupported-schema-version");
        problem.Detail.Should().Be("schemaVersion 7 is not supported: this service reads schemaVersion 1. Send schemaVersion 1 (or omit it), or upgrade the service to a release that reads 7.");
    }

    [Fact]
    public async Task A_missing_required_field_is_422()
    {
        var problem = await (await _server.PostAsync(Messages.Upsert(changes: ("timestamp", null)))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Errors.Should().ContainSingle().Which.Should().Be(new Versioner.Client.IngestFieldError("timestamp", "is required."));
    }

    [Fact]
    public async Task A_value_no_database_can_store_is_422()
    {
        var problem = await (await _server.PostAsync(Messages.Upsert(data: """{"note": "a\u0000b"}"""))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Type.Should().Be("urn:versioner:problem:invalid-value");
        problem.Errors.Should().ContainSingle().Which.Field.Should().Be("data.note");
    }
}
