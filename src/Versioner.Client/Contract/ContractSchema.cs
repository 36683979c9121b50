using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Versioner.Client;

/// <summary>
/// Generates the JSON Schema of <see cref="DataObjectVersion"/> from the type itself (System.Text.Json's
/// <see cref="JsonSchemaExporter"/>, plus the descriptions and limits declared on its properties), so the published
/// schema cannot drift from what the service parses. <c>docs/schema/v1.json</c> is this text; a test compares them.
/// </summary>
internal static class ContractSchema
{
    /// <summary>The schema versions the contract defines. The service accepts exactly these.</summary>
    public static IReadOnlyList<int> SupportedVersions { get; } = [DataObjectVersion.CurrentSchemaVersion];

    /// <summary>The schema as indented JSON text (LF line ends, final newline).</summary>
    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var schema = ContractJsonContext.Default.DataObjectVersion.GetJsonSchemaAsNode(exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = nameof(DataObjectVersion),
            ["description"] = "One change to one entity, sent to the Versioner ingest service over HTTP or SQS. Unknown members are refused.",
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            root[name] = value;
        }

        // An upsert carries the entity's state; a delete does not need one.
        root["if"] = new JsonObject { ["properties"] = new JsonObject { ["operation"] = new JsonObject { ["const"] = "upsert" } }, ["required"] = new JsonArray("operation") };
        root["then"] = new JsonObject { ["required"] = new JsonArray("data"), ["properties"] = new JsonObject { ["data"] = new JsonObject { ["type"] = "object" } } };
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, not HTML: keep patterns readable
        };
        return root.ToJsonString(options) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.PropertyInfo is not { AttributeProvider: MemberInfo member } property)
        {
            return schema;
        }

        // JsonElement exports as `true` (any JSON); data is an object of fields (or null for a delete).
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var node = type == typeof(JsonElement) ? new JsonObject { ["type"] = new JsonArray("object", "null") } : schema as JsonObject;
        if (node is null)
        {
            return schema;
        }

        if (member.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            node.Insert(0, "description", description.Description);
        }

        if (member.GetCustomAttribute<MinLengthAttribute>() is { } min)
        {
            node["minLength"] = min.Length;
        }

        if (member.GetCustomAttribute<MaxLengthAttribute>() is { } max)
        {
            node["maxLength"] = max.Length;
        }

        if (member.GetCustomAttribute<RegularExpressionAttribute>() is { } pattern)
        {
            node["pattern"] = pattern.Pattern;
        }

        if (type == typeof(Guid))
        {
            node["not"] = new JsonObject { ["const"] = Guid.Empty.ToString() };
        }
        else if (property.Name == "schemaVersion")
        {
            node["enum"] = new JsonArray([.. SupportedVersions.Select(v => (JsonNode)v), null]);
        }

        return node;
    }
}
