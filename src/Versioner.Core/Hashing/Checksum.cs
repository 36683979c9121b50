using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Versioner;

/// <summary>
/// A SHA-256 digest of canonical content: of a version, a pointer record or a commit. Shown like a git hash,
/// in full (64 lowercase hex digits) or as a short prefix.
/// </summary>
/// <remarks>
/// Checksums depend only on content (see <c>docs/checksums.md</c>), never on the clock at hashing time or on local row
/// ids, so the same history has the same checksums in every database. <c>default</c> is the empty checksum
/// (<see cref="IsEmpty"/>): a working commit has none yet.
/// </remarks>
public readonly struct Checksum : IEquatable<Checksum>, IComparable<Checksum>
{
    /// <summary>Length of a checksum in bytes.</summary>
    public const int Length = 32;

    private readonly ulong _a, _b, _c, _d;

    /// <summary>Creates a checksum from its 32 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not exactly 32 bytes long.</exception>
    public Checksum(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"A checksum is {Length} bytes (SHA-256); got {bytes.Length}.", nameof(bytes));
        }

        _a = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _b = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _c = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _d = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    /// <summary>True for <c>default</c>: no checksum (a working commit, a version not yet finalized).</summary>
    public bool IsEmpty => (_a | _b | _c | _d) == 0;

    /// <summary>The SHA-256 of <paramref name="data"/>.</summary>
    public static Checksum Of(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[Length];
        SHA256.HashData(data, hash);
        return new Checksum(hash);
    }

    /// <summary>Writes the 32 bytes into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _d);
    }

    /// <summary>The 32 bytes as a new array.</summary>
    public byte[] ToByteArray()
    {
        var bytes = new byte[Length];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>Parses 64 hex digits (either case).</summary>
    /// <exception cref="FormatException">The text is not 64 hex digits.</exception>
    public static Checksum Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var checksum)
            ? checksum
            : throw new FormatException($"'{text}' is not a checksum: expected 64 hex digits (SHA-256).");
    }

    /// <summary>Parses 64 hex digits without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Checksum checksum)
    {
        checksum = default;
        if (text is null || text.Length != Length * 2)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Length];
        if (Convert.FromHexString(text, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != Length)
        {
            return false;
        }

        checksum = new Checksum(bytes);
        return true;
    }

    /// <summary>True when <paramref name="prefix"/> (hex, any case) starts this checksum, as a short git hash does.</summary>
    public bool StartsWith(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return ToString().StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The 64 lowercase hex digits.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>The first <paramref name="prefixLength"/> hex digits (git shows 7).</summary>
    public string ToString(int prefixLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(prefixLength, 1);
        var full = ToString();
        return prefixLength >= full.Length ? full : full[..prefixLength];
    }

    /// <inheritdoc/>
    public bool Equals(Checksum other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Checksum other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)_a ^ (int)(_a >> 32);

    /// <summary>Orders by the bytes, as in the canonical encoding's sorted lists.</summary>
    public int CompareTo(Checksum other)
    {
        var c = _a.CompareTo(other._a);
        if (c != 0) return c;
        c = _b.CompareTo(other._b);
        if (c != 0) return c;
        c = _c.CompareTo(other._c);
        return c != 0 ? c : _d.CompareTo(other._d);
    }

    /// <summary>Equality by value.</summary>
    public static bool operator ==(Checksum left, Checksum right) => left.Equals(right);

    /// <summary>Inequality by value.</summary>
    public static bool operator !=(Checksum left, Checksum right) => !left.Equals(right);

    /// <summary>Byte order.</summary>
    public static bool operator <(Checksum left, Checksum right) => left.CompareTo(right) < 0;

    /// <summary>Byte order.</summary>
    public static bool operator >(Checksum left, Checksum right) => left.CompareTo(right) > 0;

    /// <summary>Byte order.</summary>
    public static bool operator <=(Checksum left, Checksum right) => left.CompareTo(right) <= 0;

    /// <summary>Byte order.</summary>
    public static bool operator >=(Checksum left, Checksum right) => left.CompareTo(right) >= 0;
}
