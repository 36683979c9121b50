using System.Text;
using System.Text.Json;
using Versioner.Internal;

namespace Versioner;

/// <summary>
/// A dynamic document's data read once: its canonical JSON (what is stored) and its canonical field values sorted by
/// ordinal name (what its version checksum covers), so neither is derived again from the other. Read it where the
/// data arrives (any thread), then make a <see cref="DocumentVersion"/> of it. Immutable.
/// </summary>
public sealed class CanonicalDocument
{
    [ThreadStatic]
    private static StringBuilder? s_builder;

    private CanonicalDocument(string json, KeyValuePair<string, FieldValue>[] fields)
    {
        Json = json;
        Fields = fields;
    }

    /// <summary>The canonical JSON object, exactly <see cref="CanonicalJson"/>'s form of the data.</summary>
    public string Json { get; }

    /// <summary>The fields sorted by ordinal name, as reading the stored <see cref="Json"/> back gives them.</summary>
    public IReadOnlyList<KeyValuePair<string, FieldValue>> Fields { get; }

    /// <summary>
    /// Checks a document's fields and builds its canonical forms in one pass over the data. Refuses what
    /// <see cref="Workspace.SaveDocumentAsync(string, EternalId, JsonElement, CancellationToken)"/> refuses, in the same
    /// order: first a value that cannot be stored (named by its field), then a member name that cannot be stored or a
    /// member given twice (named <c>data</c>).
    /// </summary>
    /// <exception cref="DocumentNotAnObjectException">The data is not a JSON object.</exception>
    /// <exception cref="InvalidFieldValueException">A field's value or name cannot be stored faithfully.</exception>
    public static CanonicalDocument Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new DocumentNotAnObjectException(data.ValueKind);
        }

        var members = new List<(string Name, JsonElement Value, FieldValue Field)>();
        foreach (var property in data.EnumerateObject())
        {
            members.Add((property.Name, property.Value, FieldValue.FromJson(property.Value, property.Name)));
        }

        members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        var builder = s_builder ?? new StringBuilder(256);
        s_builder = null;
        builder.Clear();
        try
        {
            var fields = new KeyValuePair<string, FieldValue>[members.Count];
            builder.Append('{');
            for (var i = 0; i < members.Count; i++)
            {
                var (name, value, field) = members[i];
                if (i > 0)
                {
                    if (name == members[i - 1].Name)
                    {
                        throw new InvalidFieldValueException("data", $"the JSON object has the member '{name}' twice; give each member once.");
                    }

                    builder.Append(',');
                }

                CanonicalJson.WriteString(name, builder, "data");
                builder.Append(':');
                AppendValue(builder, value, field);
                fields[i] = new(name, field);
            }

            builder.Append('}');
            return new CanonicalDocument(builder.ToString(), fields);
        }
        finally
        {
            s_builder = builder.Capacity <= 64 * 1024 ? builder : null;
        }
    }

    /// <summary>A top-level value in canonical JSON, from its already canonical field value where that is the same text.</summary>
    private static void AppendValue(StringBuilder builder, JsonElement value, FieldValue field)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object or JsonValueKind.Array:
                builder.Append(field.ToString()); // FieldKind.Json holds the value's canonical JSON
                break;
            case JsonValueKind.String:
                CanonicalJson.WriteString(field.ToString(), builder, "data");
                break;
            default:
                // Numbers (as given), true, false and null: no field value to reuse.
                CanonicalJson.Write(value, builder, "data");
                break;
        }
    }
}
