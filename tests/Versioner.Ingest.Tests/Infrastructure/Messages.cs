using System.Text.Json;
using System.Text.Json.Nodes;

namespace Versioner.Tests.Infrastructure;

/// <summary>Builds DataObjectVersion JSON for tests: a valid upsert by default, every field overridable.</summary>
public static class Messages
{
    public static readonly DateTimeOffset Timestamp = new(2025, 1, 31, 9, 30, 0, TimeSpan.Zero);

    /// <summary>
    /// A valid upsert of an Invoice. <paramref name="changes"/> sets fields (a JSON value as text, like "\"x\"" or
    /// "{...}") or removes them (null).
    /// </summary>
    public static string Upsert(Guid? eternalId = null, string data = """{"number": 17, "total": 12.50}""", params (string Field, string? Json)[] changes)
    {
        var message = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["entityType"] = "Invoice",
            ["eternalId"] = (eternalId ?? Guid.CreateVersion7()).ToString(),
            ["operation"] = "upsert",
            ["data"] = JsonNode.Parse(data),
            ["author"] = "ada",
            ["timestamp"] = Timestamp.ToString("O"),
            ["message"] = "invoice 17",
            ["source"] = "billing",
        };
        return Apply(message, changes);
    }

    public static string Delete(Guid eternalId, params (string Field, string? Json)[] changes)
    {
        var message = new JsonObject
        {
            ["entityType"] = "Invoice",
            ["eternalId"] = eternalId.ToString(),
            ["operation"] = "delete",
            ["author"] = "ada",
            ["timestamp"] = Timestamp.ToString("O"),
        };
        return Apply(message, changes);
    }

    public static string Batch(params string[] messages) => "[" + string.Join(",", messages) + "]";

    private static string Apply(JsonObject message, (string Field, string? Json)[] changes)
    {
        foreach (var (field, json) in changes)
        {
            if (json is null)
            {
                message.Remove(field);
            }
            else
            {
                message[field] = JsonNode.Parse(json);
            }
        }

        return message.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
