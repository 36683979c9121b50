using System.Buffers;

namespace Versioner.Ingest.Http;

/// <summary>
/// A request body read into a buffer rented from the shared pool (a batch is hundreds of kilobytes: allocated afresh
/// per request it would land in the large object heap). Dispose once what was read from it no longer refers to it.
/// </summary>
internal sealed class RequestBuffer : IDisposable
{
    private byte[]? _array;

    private RequestBuffer(byte[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The body.</summary>
    /// <exception cref="ObjectDisposedException">The buffer was returned to the pool.</exception>
    public ReadOnlyMemory<byte> Memory => (_array ?? throw new ObjectDisposedException(nameof(RequestBuffer))).AsMemory(0, Length);

    /// <summary>Reads <paramref name="body"/> to its end into a buffer of <paramref name="length"/> bytes or, with no length given, one that grows.</summary>
    /// <returns>The buffer, or null when the body is longer than <paramref name="maxBytes"/>.</returns>
    public static async Task<RequestBuffer?> ReadAsync(Stream body, long? length, long maxBytes, CancellationToken cancellationToken)
    {
        // One byte more than announced, so the end of the body is seen without growing the buffer.
        var array = ArrayPool<byte>.Shared.Rent((int)Math.Min(length + 1 ?? 16 * 1024, maxBytes + 1));
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == array.Length)
                {
                    if (array.Length > maxBytes)
                    {
                        ArrayPool<byte>.Shared.Return(array);
                        return null;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)array.Length * 2, maxBytes + 1));
                    array.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(array);
                    array = larger;
                }

                var read = await body.ReadAsync(array.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                filled += read;
                if (filled > maxBytes)
                {
                    ArrayPool<byte>.Shared.Return(array);
                    return null;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }

        return new RequestBuffer(array, filled);
    }

    public void Dispose()
    {
        if (_array is { } array)
        {
            _array = null;
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
