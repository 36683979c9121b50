namespace Versioner.Internal;

/// <summary>
/// An id as 16 bytes in RFC 9562 order (big-endian: the hex digits of its text form, in order), as SQLite stores
/// Versioner's ids (storage format 3). Byte order is text order, so blobs sort as the ids' text and PostgreSQL's
/// <c>uuid</c> do. Never .NET's <see cref="Guid.ToByteArray()"/> order, which swaps the first three groups.
/// </summary>
internal static class IdBytes
{
    public const int Length = 16;

    public static byte[] Of(Guid id) => id.ToByteArray(bigEndian: true);

    public static Guid ToGuid(byte[] bytes) => ToGuid((ReadOnlySpan<byte>)bytes);

    /// <exception cref="FormatException">The value is not 16 bytes (a column written by something else than Versioner).</exception>
    public static Guid ToGuid(ReadOnlySpan<byte> bytes) =>
        bytes.Length == Length
            ? new Guid(bytes, bigEndian: true)
            : throw new FormatException($"An id column holds {bytes.Length} bytes; Versioner stores ids as {Length} bytes.");
}
