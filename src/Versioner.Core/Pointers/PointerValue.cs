using System.Security.Cryptography;

namespace Versioner;

/// <summary>
/// A value kept in a shared, content-addressed pointer record instead of inline in each version row, so a version
/// that leaves it unchanged shares the record rather than copying it. Identified by its <see cref="Checksum"/>;
/// equal when the checksums are equal. Immutable.
/// </summary>
/// <remarks>
/// A pointer value read from a database may be <em>unloaded</em>: it knows its checksum, and its content is fetched
/// on first use, together with the other pointers read by the same context (one round trip, not one per row).
/// </remarks>
public abstract class PointerValue : IEquatable<PointerValue>
{
    internal const string Domain = "versioner.pointer.v1";

    private byte[]? _content;
    private Checksum _checksum;
    private IPointerLoader? _loader;

    private protected PointerValue(byte[] content)
    {
        _content = content;
    }

    private protected PointerValue(Checksum checksum, IPointerLoader loader)
    {
        _checksum = checksum;
        _loader = loader;
    }

    /// <summary>What the record holds.</summary>
    public abstract PointerKind Kind { get; }

    /// <summary>True when the content is in memory (always, for values created in code).</summary>
    public bool IsLoaded => _content is not null;

    /// <summary>The pointer record's checksum: SHA-256 over the domain prefix, the kind byte and the content.</summary>
    public Checksum Checksum
    {
        get
        {
            if (_checksum.IsEmpty)
            {
                _checksum = ComputeChecksum(Kind, _content!);
            }

            return _checksum;
        }
    }

    /// <summary>The canonical content bytes (what the pointer record stores).</summary>
    internal byte[] Content
    {
        get
        {
            if (_content is null)
            {
                var loaded = _loader!.LoadContent(this);
                if (ComputeChecksum(Kind, loaded) != _checksum)
                {
                    throw new HistoryDamagedException($"Pointer record {_checksum.ToString(12)} does not match its content; run Verify to find the damaged rows.");
                }

                _content = loaded;
                _loader = null;
            }

            return _content;
        }
    }

    /// <summary>Replaces a placeholder loader with a real one; false when already loaded or bound.</summary>
    internal bool Bind(IPointerLoader loader)
    {
        if (_content is not null || _loader is not null && _loader is not IUnboundPointerLoader)
        {
            return false;
        }

        _loader = loader;
        return true;
    }

    /// <summary>Accepts content loaded alongside another value; ignored unless it matches the checksum.</summary>
    internal void SetLoaded(byte[] content)
    {
        if (_content is null && ComputeChecksum(Kind, content) == _checksum)
        {
            _content = content;
            _loader = null;
        }
    }

    internal static Checksum ComputeChecksum(PointerKind kind, ReadOnlySpan<byte> content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> prefix = stackalloc byte[Domain.Length + 2];
        System.Text.Encoding.ASCII.GetBytes(Domain, prefix);
        prefix[Domain.Length] = 0;
        prefix[Domain.Length + 1] = (byte)kind;
        hash.AppendData(prefix);
        hash.AppendData(content);
        Span<byte> digest = stackalloc byte[Checksum.Length];
        hash.GetHashAndReset(digest);
        return new Checksum(digest);
    }

    /// <summary>Creates a value of <paramref name="kind"/> from stored content.</summary>
    internal static PointerValue FromContent(PointerKind kind, byte[] content) => kind switch
    {
        PointerKind.Set => EternalIdSet.FromContent(content),
        PointerKind.Text => LargeText.FromContent(content),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown pointer kind."),
    };

    /// <inheritdoc/>
    public bool Equals(PointerValue? other) => other is not null && other.Kind == Kind && other.Checksum == Checksum;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PointerValue);

    /// <inheritdoc/>
    public override int GetHashCode() => Checksum.GetHashCode();
}
