using System.Text.Json;
using Versioner.Client;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Contract;

public sealed class SchemaTests
{
    private static readonly string SchemaFile = Path.Combine(RepositoryRoot.Path, "docs", "schema", "v1.json");

    [Fact]
    public void The_checked_in_schema_is_generated_from_the_contract_type()
    {
        var checkedIn = File.ReadAllText(SchemaFile).ReplaceLineEndings("\n");

        checkedIn.Should().Be(ContractSchema.Generate(),
            "docs/schema/v1.json must match DataObjectVersion; regenerate it with: dotnet run --project src/Versioner.Ingest -- schema > docs/schema/v1.json");
    }

    [Fact]
    public void The_schema_refuses_unknown_fields_and_requires_what_the_service_requires()
    {
        var schema = JsonDocument.Parse(ContractSchema.Generate()).RootElement;

        schema.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should()
            .BeEquivalentTo("entityType", "eternalId", "operation", "author", "timestamp");
        schema.GetProperty("then").GetProperty("required").EnumerateArray().Single().GetString().Should().Be("data");
        schema.GetProperty("properties").GetProperty("operation").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .Should().Equal("upsert", "delete");
    }

    [Fact]
    public async Task The_service_serves_the_schema_and_an_openapi_description()
    {
        await using var server = await IngestServer.StartAsync();

        var schema = await server.Anonymous.GetStringAsync("/schema/v1.json");
        var openApi = await server.Anonymous.GetAsync("/openapi/v1.json");

        schema.Should().Be(ContractSchema.Generate());
        var document = await openApi.JsonAsync();
        document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Should().Contain(
            ["/versions", "/versions/{versionId}", "/versions/batch", "/entities/{entityType}/{eternalId}", "/entities/{entityType}/{eternalId}/history", "/commits/{id}", "/health"]);
    }

    [Fact]
    public async Task The_openapi_description_declares_the_credentials_the_integer_schema_version_and_the_problem_errors()
    {
        await using var server = await IngestServer.StartAsync();

        var document = await (await server.Anonymous.GetAsync("/openapi/v1.json")).JsonAsync();

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        schemes.GetProperty("ApiKey").GetProperty("type").GetString().Should().Be("apiKey");
        schemes.GetProperty("ApiKey").GetProperty("in").GetString().Should().Be("header");
        schemes.GetProperty("ApiKey").GetProperty("name").GetString().Should().Be("X-Api-Key");
        schemes.GetProperty("Bearer").GetProperty("type").GetString().Should().Be("http");
        schemes.GetProperty("Bearer").GetProperty("scheme").GetString().Should().Be("bearer");
        var post = document.GetProperty("paths").GetProperty("/versions").GetProperty("post");
        post.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Should().Equal("ApiKey", "Bearer");
        document.GetProperty("paths").GetProperty("/health").GetProperty("get").TryGetProperty("security", out _).Should().BeFalse("health needs no credential");

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var schemaVersion = schemas.GetProperty("DataObjectVersion").GetProperty("properties").GetProperty("schemaVersion");
        schemaVersion.GetProperty("type").EnumerateArray().Select(t => t.GetString()).Should().BeEquivalentTo("integer", "null");
        var errors = schemas.GetProperty("ProblemDetails").GetProperty("properties").GetProperty("errors");
        errors.GetProperty("type").GetString().Should().Be("array");
        errors.GetProperty("items").GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Equal("field", "message");
    }
}
