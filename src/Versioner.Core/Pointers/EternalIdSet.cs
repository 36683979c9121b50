using System.Buffers.Binary;
using System.Collections;

namespace Versioner;

/// <summary>
/// An immutable set of eternal ids, stored as a shared pointer record: the versioned form of a many-to-many
/// relation (a book's tags). Methods that change the set return a new set. Enumerates in UUID order.
/// </summary>
/// <example><code>book.Tags = book.Tags.Add(scienceFiction.EternalId);</code></example>
public sealed class EternalIdSet : PointerValue, IReadOnlyCollection<EternalId>
{
    private EternalId[]? _items;

    private EternalIdSet(EternalId[] sortedDistinct) : base(Encode(sortedDistinct)) => _items = sortedDistinct;

    private EternalIdSet(byte[] content, EternalId[] items) : base(content) => _items = items;

    private EternalIdSet(Checksum checksum, IPointerLoader loader) : base(checksum, loader)
    {
    }

    /// <summary>The empty set.</summary>
    public static EternalIdSet Empty { get; } = new([]);

    /// <inheritdoc/>
    public override PointerKind Kind => PointerKind.Set;

    /// <summary>Creates a set of the given ids; duplicates collapse, empty ids are refused.</summary>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public static EternalIdSet Of(params IEnumerable<EternalId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var items = ids.ToArray();
        if (items.Any(i => i.IsEmpty))
        {
            throw new ArgumentException("An EternalIdSet cannot hold the empty id; save the entity first so it has an eternal id.", nameof(ids));
        }

        Array.Sort(items);
        return new EternalIdSet(Dedupe(items));
    }

    internal static EternalIdSet Unloaded(Checksum checksum, IPointerLoader loader) => new(checksum, loader);

    internal static EternalIdSet FromContent(byte[] content) => new(content, Decode(content));

    private EternalId[] Items => _items ??= Decode(Content);

    /// <inheritdoc/>
    public int Count => Items.Length;

    /// <summary>True when <paramref name="id"/> is in the set.</summary>
    public bool Contains(EternalId id) => Array.BinarySearch(Items, id) >= 0;

    /// <summary>A set with <paramref name="id"/> added (this set when it is already there).</summary>
    public EternalIdSet Add(EternalId id) => Contains(id) ? this : Of(Items.Append(id));

    /// <summary>A set without <paramref name="id"/> (this set when it is not there).</summary>
    public EternalIdSet Remove(EternalId id) => Contains(id) ? new EternalIdSet(Items.Where(i => i != id).ToArray()) : this;

    /// <summary>The ids in this set that are not in <paramref name="other"/>.</summary>
    public IReadOnlyList<EternalId> Except(EternalIdSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Items.Where(i => !other.Contains(i)).ToArray();
    }

    /// <inheritdoc/>
    public IEnumerator<EternalId> GetEnumerator() => ((IEnumerable<EternalId>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Like <c>{3 ids}</c>.</summary>
    public override string ToString() => $"{{{Count} ids}}";

    private static EternalId[] Dedupe(EternalId[] sorted)
    {
        if (sorted.Length < 2)
        {
            return sorted;
        }

        var list = new List<EternalId>(sorted.Length) { sorted[0] };
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[i - 1])
            {
                list.Add(sorted[i]);
            }
        }

        return list.Count == sorted.Length ? sorted : list.ToArray();
    }

    // Content: u32 count, then each id as 16 big-endian UUID bytes, ascending.
    private static byte[] Encode(EternalId[] items)
    {
        var bytes = new byte[4 + (16 * items.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            items[i].Value.TryWriteBytes(bytes.AsSpan(4 + (16 * i), 16), bigEndian: true, out _);
        }

        return bytes;
    }

    private static EternalId[] Decode(byte[] content)
    {
        var count = (int)BinaryPrimitives.ReadUInt32BigEndian(content);
        var items = new EternalId[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = new EternalId(new Guid(content.AsSpan(4 + (16 * i), 16), bigEndian: true));
        }

        return items;
    }
}
