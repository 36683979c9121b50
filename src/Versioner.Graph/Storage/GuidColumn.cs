using System.Data.Common;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>Reads GUID columns (Versioner's ids) on hot paths.</summary>
internal static class GuidColumn
{
    /// <summary>
    /// Reads a GUID. Stored as text and read natively (<paramref name="native"/> given: SQLite, where EF stores GUIDs as
    /// text), it is parsed straight from the UTF-8 bytes the database holds, with no string in between; anything else
    /// goes through the data reader.
    /// </summary>
    public static Guid Read(DbDataReader reader, NativeRow? native, int ordinal) =>
        native is not null
            && native.TryGetText(ordinal, out var text)
            && Guid.TryParse(text, out var guid)
            ? guid
            : reader.GetGuid(ordinal);
}
