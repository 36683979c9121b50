using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Ingest.Storage.Sql;

/// <summary>
/// A list of UUIDs to look up with <c>IN</c>: on SQLite one parameter holding a JSON array, read with
/// <c>json_each</c> (binding hundreds of parameters costs Microsoft.Data.Sqlite a lookup by name each, more than
/// the query), elsewhere one parameter per id. Values are the text SQLite stores UUIDs as (upper case).
/// </summary>
internal static class IdList
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>True when <paramref name="db"/> takes a whole list as one JSON parameter (<see cref="InJson"/>).</summary>
    public static bool TakesJson(DbContext db) => db.Database.ProviderName == SqliteProvider;

    /// <summary>The <c>IN</c> operand for a JSON array parameter named <paramref name="parameter"/>.</summary>
    public static string InJson(string parameter) => $"(SELECT value FROM json_each({parameter}))";

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

    /// <summary>The ids as a JSON array of upper-case UUID strings, as SQLite stores them.</summary>
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
