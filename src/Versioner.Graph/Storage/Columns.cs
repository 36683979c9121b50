using System.Data.Common;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// Reads a raw query's columns on a hot path: from the driver's own handle where the dialect gives one
/// (<see cref="Dialect.Native"/>, SQLite: one call into the engine per value, where the data reader's typed getters
/// check the column's type first and a <c>GetValue</c> boxes), otherwise through the data reader. One reader of each
/// column for both, so a hot read is written once (ids: <see cref="GuidColumn"/>).
/// </summary>
internal static class Columns
{
    /// <summary>An integer column of any width (the engines store Versioner's small integers differently).</summary>
    public static long Int64(DbDataReader reader, NativeRow? native, int ordinal) =>
        native?.GetInt64(ordinal) ?? Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static string String(DbDataReader reader, NativeRow? native, int ordinal) =>
        native?.GetString(ordinal) ?? reader.GetString(ordinal);

    /// <summary>A byte column's value, or null when it is NULL.</summary>
    public static byte[]? Bytes(DbDataReader reader, NativeRow? native, int ordinal) =>
        native is not null && native.TryGetBlob(ordinal, out var bytes) ? bytes.ToArray()
        : reader.IsDBNull(ordinal) ? null
        : (byte[])reader.GetValue(ordinal);
}
