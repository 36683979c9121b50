using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Versioner;

/// <summary>
/// Canonical JSON for nested values of dynamic documents: object members sorted by ordinal (UTF-16) name, no
/// insignificant white space, strings escaped minimally (only <c>"</c>, <c>\</c> and control characters), numbers
/// written as they were given. Duplicate member names are refused.
/// </summary>
internal static class CanonicalJson
{
    public static string Write(JsonElement element, string fieldName)
    {
        var builder = new StringBuilder();
        Write(element, builder, fieldName);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="element"/>'s canonical JSON to <paramref name="builder"/>.</summary>
    internal static void Write(JsonElement element, StringBuilder builder, string fieldName)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<JsonProperty>();
                foreach (var property in element.EnumerateObject())
                {
                    members.Add(property);
                }

                members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
                builder.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0)
                    {
                        if (members[i].Name == members[i - 1].Name)
                        {
                            throw new InvalidFieldValueException(fieldName, $"the JSON object has the member '{members[i].Name}' twice; give each member once.");
                        }

                        builder.Append(',');
                    }

                    WriteString(members[i].Name, builder, fieldName);
                    builder.Append(':');
                    Write(members[i].Value, builder, fieldName);
                }

                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    Write(item, builder, fieldName);
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, builder, fieldName);
                break;
            case JsonValueKind.Number:
                // As given (canonical JSON keeps number literals); a literal is ASCII, copied without a string.
                var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
                Span<char> chars = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
                builder.Append(chars[..Encoding.ASCII.GetChars(raw, chars)]);
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    /// <summary>Appends <paramref name="value"/> as a canonical JSON string, refusing text no database stores faithfully.</summary>
    internal static void WriteString(string value, StringBuilder builder, string fieldName)
    {
        FieldValue.CheckText(value, fieldName);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
