using System.Text.Json;
using Versioner.Internal;

namespace Versioner.Tests.Features;

/// <summary>
/// A document read once gives what reading it the long way gives: the canonical JSON of docs/checksums.md,
/// and fields whose version checksum is the one computed from that JSON as stored.
/// </summary>
public sealed class CanonicalDocumentTests
{
    public static TheoryData<string> Documents() => new()
    {
        """{"number": 17, "total": 12.50, "customer": "Zoë"}""",
        """{"z": null, "a": true, "m": false, "n": -0, "e": 1.5e3, "big": 123456789012345678901234567890, "tiny": 1e-400}""",
        """{"nested": {"y": [3, {"q": "\"quoted\"\n", "p": 2}], "x": 1.10}, "list": [], "empty": {}}""",
        """{"ﬁ": 1, "😀": "\u0007 control", "B": "tab\there", "a": "back\\slash"}""",
        """{}""",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Canonical_json_and_checksum_match_the_stored_form_read_back(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var document = CanonicalDocument.Read(parsed.RootElement);

        document.Json.Should().Be(FieldValue.FromJson(parsed.RootElement).ToString()); // a JSON value's canonical form
        var (eternalId, versionId) = (EternalId.New(), VersionId.New());
        new VersionContent("Invoice", eternalId, versionId, document.Fields).ComputeChecksum()
            .Should().Be(VersionedType.DocumentContent("Invoice", eternalId, versionId, document.Json).ComputeChecksum());
    }

    [Fact]
    public void A_bad_value_is_named_by_its_field_before_a_bad_member_name()
    {
        using var parsed = JsonDocument.Parse("""{"bad\u0000name": 1, "total": "nul\u0000here"}""");

        var refusal = FluentActions.Invoking(() => CanonicalDocument.Read(parsed.RootElement)).Should().Throw<InvalidFieldValueException>().Which;

        refusal.FieldName.Should().Be("total");
    }

    [Fact]
    public void A_member_given_twice_is_refused()
    {
        using var parsed = JsonDocument.Parse("""{"a": 1, "b": {"c": 1, "c": 2}}""");

        FluentActions.Invoking(() => CanonicalDocument.Read(parsed.RootElement)).Should().Throw<InvalidFieldValueException>()
            .Which.Message.Should().Contain("the member 'c' twice");
    }
}
