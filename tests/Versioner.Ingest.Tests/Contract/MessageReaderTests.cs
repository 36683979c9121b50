using System.Text;
using Versioner.Client;
using Versioner.Ingest.Contract;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Contract;

public sealed class MessageReaderTests
{
    private static ParseResult<ReadVersion> Read(string json) => VersionMessageReader.Read(Encoding.UTF8.GetBytes(json));

    private static IEnumerable<string> Fields(ParseResult<ReadVersion> result) => result.Failure!.Errors.Select(e => e.Field);

    [Fact]
    public void A_valid_message_is_read_with_every_field()
    {
        var id = Guid.CreateVersion7();

        var result = Read(Messages.Upsert(id));

        result.Success.Should().BeTrue();
        var message = result.Value!.Message;
        message.EntityType.Should().Be("Invoice");
        message.EternalId.Should().Be(id);
        message.Operation.Should().Be(VersionOperation.Upsert);
        message.Data!.Value.GetProperty("number").GetInt32().Should().Be(17);
        message.Timestamp.Should().Be(Messages.Timestamp);
        message.Source.Should().Be("billing");
        result.Value.Data.Should().NotBeNull("the data is read into canonical form once, with the message");
    }

    [Fact]
    public void A_missing_schema_version_means_the_current_one()
    {
        var result = Read(Messages.Upsert(changes: ("schemaVersion", null)));

        result.Success.Should().BeTrue();
        result.Value!.Message.EffectiveSchemaVersion.Should().Be(DataObjectVersion.CurrentSchemaVersion);
    }

    [Fact]
    public void An_unsupported_schema_version_is_refused_before_its_fields_are_judged()
    {
        var result = Read(Messages.Upsert(changes: [("schemaVersion", "2"), ("newField", "true")]));

        result.Failure!.Kind.Should().Be(ParseFailureKind.UnsupportedSchemaVersion);
        result.Failure.Detail.Should().Be("schemaVersion 2 is not supported: this service reads schemaVersion 1. Send schemaVersion 1 (or omit it), or upgrade the service to a release that reads 2.");
    }

    [Fact]
    public void Unknown_fields_are_refused_not_dropped()
    {
        var result = Read(Messages.Upsert(changes: ("colour", "\"red\"")));

        result.Failure!.Kind.Should().Be(ParseFailureKind.SchemaMismatch);
        result.Failure.Errors.Should().ContainSingle().Which.Should().Be(new IngestFieldError("colour",
            "is not a field of the contract: unknown fields are refused, not dropped. Remove it, or fix its name; the fields are schemaVersion, entityType, eternalId, versionId, operation, data, author, timestamp, message, source."));
    }

    [Fact]
    public void A_field_in_the_wrong_case_is_named_with_the_right_spelling()
    {
        var result = Read(Messages.Upsert(changes: [("entityType", null), ("EntityType", "\"Invoice\"")]));

        result.Failure!.Errors.Select(e => $"{e.Field}: {e.Message}").Should().BeEquivalentTo(
            "EntityType: is not a field of the contract; did you mean 'entityType'? Field names are case-sensitive.",
            "entityType: is required.");
    }

    [Fact]
    public void Every_bad_field_is_reported_together()
    {
        var result = Read(Messages.Upsert(changes: [("eternalId", "\"not-a-uuid\""), ("operation", "\"merge\""), ("timestamp", "\"yesterday\""), ("author", null)]));

        result.Failure!.Errors.Select(e => $"{e.Field}: {e.Message}").Should().BeEquivalentTo(
            "eternalId: must be a UUID string such as \"0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f\".",
            "operation: must be \"upsert\" or \"delete\".",
            "timestamp: must be an RFC 3339 date and time with seconds and an offset (Z or +01:00), such as \"2025-01-31T09:30:00Z\".",
            "author: is required.");
    }

    [Theory]
    [InlineData("entityType", "\"\"", "must not be empty or blank.")]
    [InlineData("entityType", "\"2invoices\"", "'2invoices' does not match ^[A-Za-z_][A-Za-z0-9_.-]*$: start with a letter or underscore, then letters, digits, '_', '.' or '-'.")]
    [InlineData("author", "\"   \"", "must not be empty or blank.")]
    [InlineData("eternalId", "\"00000000-0000-0000-0000-000000000000\"", "must not be the empty UUID; give the entity a UUID of its own (UUIDv7 recommended).")]
    [InlineData("versionId", "\"00000000-0000-0000-0000-000000000000\"", "must not be the empty UUID; omit it to let the service assign one.")]
    [InlineData("operation", "0", "must be \"upsert\" or \"delete\".")]
    [InlineData("data", "[1, 2]", "must be a JSON object of fields; got a JSON array.")]
    [InlineData("schemaVersion", "\"1\"", "must be an integer schema version, such as 1; omit it to mean the current version.")]
    [InlineData("message", "\"bad\\u0000byte\"", "the text has a NUL character at index 3, which PostgreSQL cannot store; remove it or store the data as byte[].")]
    public void A_bad_value_is_refused_with_its_field_and_what_to_send(string field, string json, string message)
    {
        var result = Read(Messages.Upsert(changes: (field, json)));

        result.Failure!.Errors.Should().ContainSingle().Which.Should().Be(new IngestFieldError(field, message));
    }

    [Fact]
    public void A_data_value_no_database_can_store_is_named_by_its_path()
    {
        var result = Read(Messages.Upsert(data: """{"note": "bad\u0000byte", "ok": 1}"""));

        result.Failure!.Errors.Should().ContainSingle().Which.Field.Should().Be("data.note");
    }

    [Fact]
    public void Duplicate_fields_are_refused_at_any_depth()
    {
        var result = Read("""{"entityType":"A","entityType":"B","eternalId":"0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f","operation":"upsert","data":{"x":{"y":1,"y":2}},"author":"a","timestamp":"2025-01-31T09:30:00Z"}""");

        Fields(result).Should().BeEquivalentTo("entityType", "data.x.y");
    }

    [Fact]
    public void An_upsert_needs_data_and_a_delete_refuses_it()
    {
        var upsert = Read(Messages.Upsert(changes: ("data", null)));
        var delete = Read(Messages.Delete(Guid.CreateVersion7(), ("data", """{"a": 1}""")));
        var deleteWithNull = Read(Messages.Delete(Guid.CreateVersion7(), ("data", "null")));

        upsert.Failure!.Errors.Single().Message.Should().Be("is required for an upsert: send the entity's fields as a JSON object.");
        delete.Failure!.Errors.Single().Message.Should().Be("must be absent or null for a delete; the entity's last state stays in its history.");
        deleteWithNull.Success.Should().BeTrue();
    }

    [Fact]
    public void Text_that_is_not_json_is_malformed()
    {
        var result = Read("{\"entityType\": ");

        result.Failure!.Kind.Should().Be(ParseFailureKind.Malformed);
        result.Failure.Detail.Should().StartWith("The body is not valid JSON: ").And.EndWith("Send a DataObjectVersion as a JSON object (docs/schema/v1.json).");
    }

    [Fact]
    public void A_batch_names_each_refused_field_by_its_index()
    {
        var result = VersionMessageReader.ReadBatch(Encoding.UTF8.GetBytes(Messages.Batch(Messages.Upsert(), Messages.Upsert(changes: ("entityType", null)))), 10);

        result.Failure!.Errors.Should().ContainSingle().Which.Should().Be(new IngestFieldError("[1].entityType", "is required."));
    }
}
