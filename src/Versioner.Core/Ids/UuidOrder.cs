namespace Versioner;

/// <summary>
/// The canonical order of UUIDs: by their 16 big-endian (RFC 9562) bytes. It is the order of the canonical encoding's
/// sorted lists, of PostgreSQL's uuid and of SQLite's text UUIDs, so sorted streams from either database join exactly.
/// </summary>
internal static class UuidOrder
{
    public static int Compare(Guid x, Guid y)
    {
        Span<byte> a = stackalloc byte[16];
        Span<byte> b = stackalloc byte[16];
        x.TryWriteBytes(a, bigEndian: true, out _);
        y.TryWriteBytes(b, bigEndian: true, out _);
        return a.SequenceCompareTo(b);
    }
}
