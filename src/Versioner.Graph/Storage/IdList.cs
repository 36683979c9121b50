using System.Buffers;
using System.Text;
using System.Text.Json;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// Lists of UUIDs to look up: made distinct, and written as the JSON a dialect binds as one list parameter
/// (<see cref="Dialect.IdListParameter"/>).
/// </summary>
internal static class IdList
{
    /// <summary>
    /// <paramref name="ids"/> without repeats, in their first order: as <c>Distinct().ToArray()</c>, with the set
    /// sized once instead of grown (a transaction looks up thousands).
    /// </summary>
    public static T[] Distinct<T>(IEnumerable<T> ids)
    {
        var all = ids.ToArray();
        var seen = new HashSet<T>(all.Length);
        var count = 0;
        foreach (var id in all)
        {
            if (seen.Add(id))
            {
                all[count++] = id;
            }
        }

        return count == all.Length ? all : all[..count];
    }

    /// <summary>
    /// The ids as a JSON array of 32 hex digits each, in RFC 9562 order: SQLite turns each into the 16 bytes it stores
    /// (<c>unhex(value)</c>, see <see cref="IdBytes"/>).
    /// </summary>
    public static string HexJson(IEnumerable<Guid> ids) => JsonArray(ids, "N", upperCase: false);

    /// <summary>The ids as a JSON array of upper-case UUID strings (the form SQL Server casts to <c>uniqueidentifier</c>).</summary>
    public static string Json(IEnumerable<Guid> ids) => JsonArray(ids, "D", upperCase: true);

    private static string JsonArray(IEnumerable<Guid> ids, string format, bool upperCase)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            Span<char> text = stackalloc char[36];
            foreach (var id in ids)
            {
                id.TryFormat(text, out var written, format);
                if (upperCase)
                {
                    System.Text.Ascii.ToUpperInPlace(text[..written], out _);
                }

                writer.WriteStringValue(text[..written]);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
