using System.Text.Json;

namespace Versioner.Tests.Hashing;

/// <summary>docs/checksums.md, section 4: nested JSON of dynamic documents.</summary>
public sealed class CanonicalJsonTests
{
    [Fact]
    public void Member_order_does_not_matter()
    {
        Json("""{"title": "Dune", "pages": 412}""").Should().Be(Json("""{"pages": 412, "title": "Dune"}"""));
    }

    [Fact]
    public void Members_are_sorted_at_every_depth_and_white_space_is_dropped()
    {
        Canonical("""{ "b" : { "y" : 1 , "x" : [ { "q": 1, "p": 2 } ] }, "a" : [ ] }""")
            .Should().Be("""{"a":[],"b":{"x":[{"p":2,"q":1}],"y":1}}""");
    }

    [Fact]
    public void Members_are_sorted_by_utf16_code_units_not_by_code_points()
    {
        // "😀" is D83D DE00 in UTF-16, so it sorts before "ﬁ" (FB01) though its code point is larger.
        Canonical("""{"ﬁ": 1, "😀": 2, "a": 3, "B": 4}""").Should().Be("""{"B":4,"a":3,"😀":2,"ﬁ":1}""");
    }

    [Fact]
    public void Array_order_matters()
    {
        Json("[1, 2]").Should().NotBe(Json("[2, 1]"));
    }

    [Fact]
    public void Duplicate_member_is_refused_naming_the_field_and_the_member()
    {
        var act = () => Json("""{"a": 1, "b": 2, "a": 3}""", "Extra");

        act.Should().Throw<InvalidFieldValueException>()
            .WithMessage("Field 'Extra': the JSON object has the member 'a' twice; give each member once.");
    }

    [Fact]
    public void Duplicate_member_of_a_nested_object_is_refused()
    {
        var act = () => Json("""[{"ok": 1}, {"x": 1, "x": 1}]""", "Extra");

        act.Should().Throw<InvalidFieldValueException>().WithMessage("Field 'Extra': the JSON object has the member 'x' twice; *");
    }

    [Fact]
    public void Strings_escape_only_quote_backslash_and_control_characters()
    {
        Canonical("""["\u00e9\/", "a\"b\\c", "\b\f\n\r\t", "\u0001\u001F", "\u007f"]""")
            .Should().Be("[\"é/\",\"a\\\"b\\\\c\",\"\\b\\f\\n\\r\\t\",\"\\u0001\\u001f\",\"\u007f\"]");
    }

    [Fact]
    public void Escaped_and_literal_forms_of_a_string_are_one_value()
    {
        Json("""{"name": "\u00c9dition"}""").Should().Be(Json("""{"name": "Édition"}"""));
        Json("""{"\u0061": 1}""").Should().Be(Json("""{"a": 1}"""));
    }

    [Fact]
    public void Numbers_are_kept_as_written()
    {
        // docs/checksums.md, section 10: unlike a top-level field, numbers inside nested JSON are not normalized.
        Canonical("""[1.50, 1e2, -0, 10]""").Should().Be("[1.50,1e2,-0,10]");
        Json("""{"a": 1.50}""").Should().NotBe(Json("""{"a": 1.5}"""));
    }

    [Fact]
    public void Literals_are_written_in_lowercase_and_null_is_kept()
    {
        Canonical("""{"t": true, "f": false, "n": null}""").Should().Be("""{"f":false,"n":null,"t":true}""");
        Json("""{"n": null}""").Should().NotBe(Json("{}"));
    }

    [Fact]
    public void Nul_in_a_string_or_a_member_name_is_refused()
    {
        var inValue = () => Json("""["a\u0000"]""", "Extra");
        var inName = () => Json("""{"a\u0000": 1}""", "Extra");

        inValue.Should().Throw<InvalidFieldValueException>().WithMessage("Field 'Extra': the text has a NUL character at index 1, *");
        inName.Should().Throw<InvalidFieldValueException>().WithMessage("Field 'Extra': the text has a NUL character at index 1, *");
    }

    [Fact]
    public void Unpaired_surrogate_escape_is_refused()
    {
        var act = () => Json("""["\ud800"]""", "Extra");

        act.Should().Throw<InvalidFieldValueException>().Which.FieldName.Should().Be("Extra");
    }

    private static FieldValue Json(string json, string fieldName = "value")
    {
        using var doc = JsonDocument.Parse(json);
        return FieldValue.FromJson(doc.RootElement, fieldName);
    }

    private static string Canonical(string json)
    {
        var value = Json(json);
        value.Kind.Should().Be(FieldKind.Json);
        return (string)value.ToObject()!;
    }
}
