namespace Versioner.Storage.Dialects;

/// <summary>
/// The stored bytes of a data reader's current row, read from the driver's own handle with no string or array in
/// between (Verify hashes millions of rows). Got from <see cref="Dialect.Native"/>; null where the driver has no such
/// access, and callers then read through the data reader.
/// </summary>
internal abstract class NativeRow
{
    /// <summary>The column's UTF-8 bytes when it holds text; false (and nothing) otherwise, NULL included.</summary>
    public abstract bool TryGetText(int ordinal, out ReadOnlySpan<byte> utf8);

    /// <summary>The column's bytes when it holds a blob; false (and nothing) otherwise, NULL included.</summary>
    public abstract bool TryGetBlob(int ordinal, out ReadOnlySpan<byte> bytes);

    /// <summary>The column's bytes as a blob; NULL reads as no bytes.</summary>
    public abstract ReadOnlySpan<byte> GetBlob(int ordinal);

    /// <summary>The column as an integer (the driver's conversion; NULL reads as 0).</summary>
    public abstract long GetInt64(int ordinal);

    /// <summary>The column as text (NULL reads as an empty string).</summary>
    public abstract string GetString(int ordinal);
}
