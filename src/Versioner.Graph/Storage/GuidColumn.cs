using System.Data.Common;

namespace Versioner.Internal;

/// <summary>Reads GUID columns (Versioner's ids) on hot paths.</summary>
internal static class GuidColumn
{
    /// <summary>
    /// Reads a GUID. On SQLite (<paramref name="statement"/> given), where EF stores GUIDs as text, it is parsed straight
    /// from the UTF-8 bytes SQLite holds, with no string in between; anything else goes through the data reader.
    /// </summary>
    public static Guid Read(DbDataReader reader, SQLitePCL.sqlite3_stmt? statement, int ordinal) =>
        statement is not null
            && SQLitePCL.raw.sqlite3_column_type(statement, ordinal) == SQLitePCL.raw.SQLITE_TEXT
            && Guid.TryParse(SQLitePCL.raw.sqlite3_column_blob(statement, ordinal), out var guid)
            ? guid
            : reader.GetGuid(ordinal);
}
