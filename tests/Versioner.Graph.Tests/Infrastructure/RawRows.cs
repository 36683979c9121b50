using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Model;

namespace Versioner.Tests.Infrastructure;

/// <summary>Rows read with raw SQL on a test's context, for tests that look at what is stored, below the API.</summary>
internal static class RawRows
{
    /// <summary>An id as stored: 36-character text on SQLite before format 3, 16 bytes in RFC 9562 order after, <c>uuid</c> on PostgreSQL.</summary>
    public static Guid Id(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        byte[] bytes => new Guid(bytes, bigEndian: true),
        string text => Guid.Parse(text),
        var value => (Guid)value,
    };

    /// <summary>Runs <paramref name="sql"/> on <paramref name="db"/>'s connection (opened if it is not, and left open) and reads each row with <paramref name="read"/>.</summary>
    public static async Task<List<T>> Rows<T>(LibraryContext db, string sql, Func<DbDataReader, T> read)
    {
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        return await Rows(db.Database.GetDbConnection(), sql, read);
    }

    /// <summary>Runs <paramref name="sql"/> on <paramref name="connection"/>, which must be open, and reads each row with <paramref name="read"/>.</summary>
    public static async Task<List<T>> Rows<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
