using System.Buffers;
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
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? s_writer;

    /// <param name="message">The version.</param>
    /// <param name="data">Its data read once (<see cref="CanonicalDocument.Read"/>); null for a delete or data that could not be read so.</param>
    public static byte[] Compute(DataObjectVersion message, CanonicalDocument? data)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (buffer, writer) = s_writer ??= NewWriter();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartArray();
        writer.WriteStringValue(message.EntityType);
        writer.WriteStringValue(message.EternalId);
        writer.WriteStringValue(message.Operation == VersionOperation.Upsert ? "upsert" : "delete");
        writer.WriteStartArray();
        // Field by field in their canonical form (sorted by ordinal name), as version checksums see them: order and
        // 12.50/12.5 do not matter. Data that could not be read canonically (it is refused later) is read here alone.
        var fields = data?.Fields
            ?? (message.Data is { ValueKind: JsonValueKind.Object } json
                ? json.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Name, FieldValue.FromJson(p.Value, p.Name))).ToArray()
                : []);
        foreach (var (name, value) in fields)
        {
            writer.WriteStringValue(name);
            writer.WriteNumberValue((int)value.Kind);
            writer.WriteStringValue(value.ToString());
        }

        writer.WriteEndArray();

        writer.WriteStringValue(message.Author);
        writer.WriteNumberValue(message.Timestamp.UtcTicks);
        writer.WriteStringValue(message.Message);
        writer.WriteStringValue(message.Source);
        writer.WriteEndArray();
        writer.Flush();

        var hash = SHA256.HashData(buffer.WrittenSpan);
        if (buffer.Capacity > 64 * 1024)
        {
            s_writer = null; // an unusually large version: do not keep its buffer
        }

        return hash;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        return (buffer, new Utf8JsonWriter(buffer));
    }
}
