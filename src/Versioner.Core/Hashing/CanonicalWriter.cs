using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Versioner;

/// <summary>
/// Builds the canonical byte encoding described in <c>docs/checksums.md</c> into a reusable buffer and hashes it
/// with one SHA-256 call. Not thread-safe: use one per thread (<see cref="Rent"/>).
/// </summary>
internal sealed class CanonicalWriter
{
    [ThreadStatic]
    private static CanonicalWriter? s_cached;

    private byte[] _buffer = new byte[1024];
    private int _length;

    public static CanonicalWriter Rent()
    {
        var writer = s_cached ?? new CanonicalWriter();
        s_cached = null;
        writer._length = 0;
        return writer;
    }

    public static void Return(CanonicalWriter writer) => s_cached = writer;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>How many bytes have been written.</summary>
    public int Length => _length;

    /// <summary>Drops everything written after the first <paramref name="length"/> bytes (a record that failed midway).</summary>
    public void Truncate(int length) => _length = length;

    public Checksum Hash()
    {
        Span<byte> hash = stackalloc byte[Checksum.Length];
        SHA256.HashData(Written, hash);
        return new Checksum(hash);
    }

    private Span<byte> Grow(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    public void WriteByte(byte value) => Grow(1)[0] = value;

    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32BigEndian(Grow(4), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32BigEndian(Grow(4), value);

    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64BigEndian(Grow(8), value);

    public void WriteGuid(Guid value)
    {
        if (!value.TryWriteBytes(Grow(16), bigEndian: true, out _))
        {
            throw new InvalidOperationException("Could not write a UUID.");
        }
    }

    public void WriteChecksum(Checksum value) => value.CopyTo(Grow(Checksum.Length));

    public void WriteString(string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        WriteUInt32((uint)count);
        Encoding.UTF8.GetBytes(value, Grow(count));
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteUInt32((uint)value.Length);
        value.CopyTo(Grow(value.Length));
    }

    /// <summary>Writes bytes as they are, with no length prefix (an encoding prepared once, such as a field name's).</summary>
    public void WriteRaw(ReadOnlySpan<byte> value) => value.CopyTo(Grow(value.Length));

    /// <summary>Writes the ASCII domain-separation prefix, NUL-terminated.</summary>
    public void WriteDomain(string domain)
    {
        var span = Grow(domain.Length + 1);
        Encoding.ASCII.GetBytes(domain, span);
        span[^1] = 0;
    }
}
