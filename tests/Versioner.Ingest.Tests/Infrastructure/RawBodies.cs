using System.Text;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// Request bodies no JSON library in the test would write: member names and values spliced in as raw bytes (lone
/// surrogate escapes, invalid UTF-8, NUL), so the service reads exactly what a misbehaving client sends.
/// </summary>
public static class RawBodies
{
    private const string Slot = "@@raw@@";

    /// <summary>A valid upsert whose data holds one member named by <paramref name="rawName"/> (the bytes between the quotes).</summary>
    public static byte[] UpsertWithDataMemberName(byte[] rawName) =>
        Splice(Messages.Upsert(data: $$"""{"{{Slot}}": 1}"""), rawName);

    /// <summary>A valid upsert whose data member <c>note</c> holds <paramref name="rawValue"/> (the bytes between the quotes).</summary>
    public static byte[] UpsertWithDataValue(byte[] rawValue) =>
        Splice(Messages.Upsert(data: $$"""{"note": "{{Slot}}"}"""), rawValue);

    /// <summary>A valid upsert whose top-level string field <paramref name="field"/> holds <paramref name="rawValue"/>.</summary>
    public static byte[] UpsertWithField(string field, byte[] rawValue) =>
        Splice(Messages.Upsert(changes: (field, $"\"{Slot}\"")), rawValue);

    /// <summary>A JSON array of <paramref name="members"/>, each a UTF-8 JSON object.</summary>
    public static byte[] Batch(params byte[][] members)
    {
        var body = new List<byte> { (byte)'[' };
        for (var i = 0; i < members.Length; i++)
        {
            if (i > 0)
            {
                body.Add((byte)',');
            }

            body.AddRange(members[i]);
        }

        body.Add((byte)']');
        return [.. body];
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static ByteArrayContent Json(byte[] body, string contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    /// <summary>
    /// <paramref name="json"/> with its one <c>@@raw@@</c> replaced by <paramref name="raw"/>.
    /// </summary>
    public static byte[] Splice(string json, byte[] raw)
    {
        var at = json.IndexOf(Slot, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. raw, .. Encoding.UTF8.GetBytes(json[(at + Slot.Length)..])];
    }
}
