using System.Data.Common;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// Reads Versioner's id columns from raw queries: the one reader of ids, whatever the engine stores them as. SQLite
/// stores them as 16 bytes in RFC 9562 order (storage format 3, <see cref="IdBytes"/>), which neither
/// <see cref="DbDataReader.GetGuid"/> of Microsoft.Data.Sqlite nor EF's own conversion reads in that order;
/// PostgreSQL as <c>uuid</c>.
/// </summary>
internal static class GuidColumn
{
    /// <summary>Reads an id (the column is not NULL).</summary>
    /// <exception cref="FormatException">The column holds bytes that are no id (not 16 of them).</exception>
    public static Guid Read(DbDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(byte[])
            ? IdBytes.ToGuid(reader.GetFieldValue<byte[]>(ordinal))
            : reader.GetGuid(ordinal);

    /// <summary>Reads an id, or null when the column is NULL.</summary>
    public static Guid? ReadNullable(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Read(reader, ordinal);

    /// <summary>
    /// Reads an id on a hot path. Read natively (<paramref name="native"/> given: SQLite), the stored bytes become the
    /// id with no array in between (text, as format 2 stored ids, is parsed from its UTF-8 bytes); anything else goes
    /// through <see cref="Read(DbDataReader, int)"/>.
    /// </summary>
    public static Guid Read(DbDataReader reader, NativeRow? native, int ordinal)
    {
        if (native is not null)
        {
            if (native.TryGetBlob(ordinal, out var bytes))
            {
                return IdBytes.ToGuid(bytes);
            }

            if (native.TryGetText(ordinal, out var text) && Guid.TryParse(text, out var guid))
            {
                return guid;
            }
        }

        return Read(reader, ordinal);
    }

    /// <summary>
    /// <see cref="Read(DbDataReader, NativeRow?, int)"/> of a column that may be NULL: null then. Natively, a blob id is
    /// read with one look at the column's type.
    /// </summary>
    public static Guid? ReadNullable(DbDataReader reader, NativeRow? native, int ordinal) =>
        native is not null && native.TryGetBlob(ordinal, out var bytes) ? IdBytes.ToGuid(bytes)
        : reader.IsDBNull(ordinal) ? null
        : Read(reader, native, ordinal);
}
