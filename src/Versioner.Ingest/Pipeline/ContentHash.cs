using System.Security.Cryptography;
using System.Text.Json;
using Versioner.Client;

namespace Versioner.Ingest.Pipeline;

/// <summary>
/// SHA-256 of what a version says (everything but its ids and schema version), with the data in canonical form, so
/// a resend that only reorders fields or reformats numbers is recognized as the same version. Data is already validated.
/// </summary>
internal static class ContentHash
{
    public static byte[] Compute(DataObjectVersion message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(message.EntityType);
            writer.WriteStringValue(message.EternalId);
            writer.WriteStringValue(message.Operation == VersionOperation.Upsert ? "upsert" : "delete");
            writer.WriteStartArray();
            if (message.Data is { ValueKind: JsonValueKind.Object } data)
            {
                // Field by field in their canonical form, as version checksums see them: order and 12.50/12.5 do not matter.
                foreach (var property in data.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    var value = FieldValue.FromJson(property.Value, property.Name);
                    writer.WriteStringValue(property.Name);
                    writer.WriteNumberValue((int)value.Kind);
                    writer.WriteStringValue(value.ToString());
                }
            }

            writer.WriteEndArray();

            writer.WriteStringValue(message.Author);
            writer.WriteNumberValue(message.Timestamp.UtcTicks);
            writer.WriteStringValue(message.Message);
            writer.WriteStringValue(message.Source);
            writer.WriteEndArray();
        }

        return SHA256.HashData(buffer.WrittenSpan);
    }
}
