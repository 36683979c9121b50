using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Versioner;

/// <summary>
/// New UUIDv7 ids (RFC 9562: 48-bit Unix milliseconds, then 74 random bits), like <see cref="Guid.CreateVersion7()"/>
/// but with the random bits drawn from the cryptographic generator a few kilobytes at a time instead of once per id:
/// on Linux each draw is a system call that costs more than the rest of a version's bookkeeping. Within a millisecond
/// the random bits count up from the last id's (RFC 9562's monotonic random), so a process's ids are strictly
/// increasing in the order they were made: "oldest first" by id holds even for ids made in the same millisecond.
/// Thread-safe.
/// </summary>
internal static class UuidV7
{
    private const int Draw = 4096;

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_used;

    private static readonly Lock Gate = new();
    private static long s_lastMilliseconds;
    private static UInt128 s_lastRandomBits;

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

        // The 74 random bits (12 of rand_a, 62 of rand_b) as one number, so that ids made within one millisecond can
        // count up from the last one (RFC 9562 section 6.2, method 2, "monotonic random"): ids made by this process
        // sort in the order they were made, in the database as in memory, not only to the millisecond.
        var fresh = ((UInt128)(((bytes[6] & 0x0Fu) << 8) | bytes[7]) << 62)
            | (BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]) & 0x3FFF_FFFF_FFFF_FFFFul);
        var milliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        UInt128 randomBits;
        lock (Gate)
        {
            if (milliseconds > s_lastMilliseconds)
            {
                randomBits = fresh;
            }
            else
            {
                // The same millisecond (or the clock stepped back): the last id's bits plus a random step of 1 to 2^32,
                // so the next id stays unguessable from the last. Past 74 bits (about one in a billion milliseconds
                // with thousands of ids each), the next millisecond begins.
                milliseconds = s_lastMilliseconds;
                randomBits = s_lastRandomBits + 1 + (ulong)(uint)fresh;
                if (randomBits >> 74 != 0)
                {
                    milliseconds++;
                    randomBits = fresh;
                }
            }

            s_lastMilliseconds = milliseconds;
            s_lastRandomBits = randomBits;
        }

        Span<byte> time = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(time, milliseconds);
        time[2..].CopyTo(bytes); // the low 48 bits, big-endian
        var randA = (int)(randomBits >> 62);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], (ulong)(randomBits & 0x3FFF_FFFF_FFFF_FFFFul));
        bytes[6] = (byte)(0x70 | (randA >> 8)); // version 7, then the high 4 bits of rand_a
        bytes[7] = (byte)randA;
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // variant 10
        return new Guid(bytes, bigEndian: true);
    }
}
