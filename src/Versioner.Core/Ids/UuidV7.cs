using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Versioner;

/// <summary>
/// New UUIDv7 ids (RFC 9562: 48-bit Unix milliseconds, then 74 random bits), like <see cref="Guid.CreateVersion7()"/>
/// but with the random bits drawn from the cryptographic generator a few kilobytes at a time instead of once per id:
/// on Linux each draw is a system call that costs more than the rest of a version's bookkeeping. Thread-safe.
/// </summary>
internal static class UuidV7
{
    private const int Draw = 4096;

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_used;

    public static Guid New()
    {
        var random = t_random ??= new byte[Draw];
        if (t_used == 0 || t_used + 16 > Draw)
        {
            RandomNumberGenerator.Fill(random);
            t_used = 0;
        }

        Span<byte> bytes = stackalloc byte[16];
        random.AsSpan(t_used, 16).CopyTo(bytes);
        random.AsSpan(t_used, 16).Clear(); // drawn bits are used once and not kept
        t_used += 16;

        var milliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Span<byte> time = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(time, milliseconds);
        time[2..].CopyTo(bytes); // the low 48 bits, big-endian
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // variant 10
        return new Guid(bytes, bigEndian: true);
    }
}
