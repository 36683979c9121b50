using System.Text.Json;
using Versioner.Client;
using Versioner.Ingest.Contract;
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

    /// <summary>
    /// Values at the edges of the published schema: the reader accepts exactly what the schema's own keywords accept
    /// (<c>pattern</c> in JSON Schema's ECMA-262 dialect, where <c>$</c> ends the input; <c>date-time</c> as RFC 3339,
    /// which needs seconds and an offset), so a client that validates against docs/schema/v1.json is never refused.
    /// </summary>
    [Theory]
    [InlineData("entityType", "Invoice")]
    [InlineData("entityType", "_billing.Invoice-v2")]
    [InlineData("entityType", "Invoice\\n")]
    [InlineData("entityType", "Invoice\\r")]
    [InlineData("entityType", "\\nInvoice")]
    [InlineData("entityType", "Inv oice")]
    [InlineData("entityType", "2Invoice")]
    [InlineData("timestamp", "2025-01-31T09:30:00Z")]
    [InlineData("timestamp", "2025-01-31T09:30:00.1234567+01:00")]
    [InlineData("timestamp", "2025-01-31T09:30:00-05:00")]
    [InlineData("timestamp", "2025-01-31T09:30:00")]
    [InlineData("timestamp", "2025-01-31T09:30Z")]
    [InlineData("timestamp", "2025-01-31")]
    [InlineData("timestamp", "2025-01-31T09:30:00Z\\n")]
    [InlineData("timestamp", "2025-01-31 09:30:00Z")]
    [InlineData("timestamp", "2025-02-30T09:30:00Z")]
    public void The_reader_accepts_what_the_published_schema_accepts(string field, string escapedValue)
    {
        var property = JsonDocument.Parse(File.ReadAllText(SchemaFile)).RootElement.GetProperty("properties").GetProperty(field);
        var value = JsonDocument.Parse($"\"{escapedValue}\"").RootElement.GetString()!;

        var schemaAccepts = SchemaAccepts(property, value);
        var readerAccepts = VersionMessageReader.Read(System.Text.Encoding.UTF8.GetBytes(Messages.Upsert(changes: (field, $"\"{escapedValue}\"")))).Success;

        readerAccepts.Should().Be(schemaAccepts, $"the schema {(schemaAccepts ? "accepts" : "refuses")} {field} \"{escapedValue}\"");
    }

    /// <summary>The schema's keywords for a string property, evaluated as JSON Schema 2020-12 defines them.</summary>
    private static bool SchemaAccepts(JsonElement property, string value)
    {
        if (property.TryGetProperty("pattern", out var pattern))
        {
            // ECMA-262 without the m flag: ^ and $ are the start and end of the input (\z in .NET, whose $ also matches before a final \n).
            var ecma = pattern.GetString()!;
            var dotnet = ecma.EndsWith('$') ? ecma[..^1] + "\\z" : ecma;
            if (!System.Text.RegularExpressions.Regex.IsMatch(value, dotnet, System.Text.RegularExpressions.RegexOptions.ECMAScript))
            {
                return false;
            }
        }

        if (property.TryGetProperty("format", out var format) && format.GetString() == "date-time")
        {
            // RFC 3339 section 5.6: full-date "T" full-time, where full-time needs seconds and a time-offset; and a real date.
            var match = System.Text.RegularExpressions.Regex.Match(value, @"\A(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})\z");
            if (!match.Success || !DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            {
                return false;
            }
        }

        return (!property.TryGetProperty("minLength", out var min) || value.Length >= min.GetInt32())
            && (!property.TryGetProperty("maxLength", out var max) || value.Length <= max.GetInt32());
    }
}
