using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// A list of UUIDs to look up with <c>IN</c>: where the dialect binds lists as JSON
/// (<see cref="Dialect.BindsIdListAsJson"/>), one parameter holding a JSON array, elsewhere one parameter per id.
/// Values are the dialect's (<see cref="Dialect.JsonListValue"/>).
/// </summary>
internal static class IdList
{
    /// <summary>True when <paramref name="db"/> takes a whole list as one JSON parameter (<see cref="InJson"/>).</summary>
    public static bool TakesJson(DbContext db) => Dialect.For(db).BindsIdListAsJson;

    /// <summary>The <c>IN</c> operand for a JSON array parameter named <paramref name="parameter"/>.</summary>
    public static string InJson(DbContext db, string parameter) => Dialect.For(db).JsonList(parameter);

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
    public static string HexJson(IEnumerable<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            Span<char> text = stackalloc char[32];
            foreach (var id in ids)
            {
                id.TryFormat(text, out _, "N");
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The ids as a JSON array of upper-case UUID strings (the form SQL Server casts to <c>uniqueidentifier</c>).</summary>
    public static string Json(IEnumerable<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            Span<char> text = stackalloc char[36];
            foreach (var id in ids)
            {
                id.TryFormat(text, out _);
                System.Text.Ascii.ToUpperInPlace(text, out _);
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
