using System.Collections.Frozen;

namespace Versioner.Internal;

/// <summary>
/// An immutable map built for reads: a <see cref="FrozenDictionary{TKey, TValue}"/> base and a small overlay of the
/// changes applied since it was frozen (a removed key maps to null there). Applying changes copies only the overlay,
/// so a refresh costs what changed, not the size of the map; once the overlay outgrows a sixteenth of the base (at
/// least <see cref="MinOverlay"/> entries) the two are merged into a new frozen base, which spreads that O(n) work
/// over at least n/16 changes. A read is one frozen lookup, plus one small-dictionary lookup while the overlay is not
/// empty.
/// </summary>
internal sealed class LayeredMap<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    /// <summary>The overlay never merges below this many entries (a small map would otherwise refreeze at every change).</summary>
    public const int MinOverlay = 1024;

    private readonly FrozenDictionary<TKey, TValue> _base;
    private readonly Dictionary<TKey, TValue?>? _overlay;

    private LayeredMap(FrozenDictionary<TKey, TValue> frozen, Dictionary<TKey, TValue?>? overlay, int count)
    {
        _base = frozen;
        _overlay = overlay;
        Count = count;
    }

    public static LayeredMap<TKey, TValue> Empty { get; } = new(FrozenDictionary<TKey, TValue>.Empty, null, 0);

    /// <summary>Entries present.</summary>
    public int Count { get; }

    /// <summary>Entries waiting in the overlay (tests and the benchmark watch it).</summary>
    public int OverlayCount => _overlay?.Count ?? 0;

    public static LayeredMap<TKey, TValue> From(Dictionary<TKey, TValue> entries) => new(entries.ToFrozenDictionary(entries.Comparer), null, entries.Count);

    public TValue? Find(TKey key)
    {
        if (_overlay is { } overlay && overlay.TryGetValue(key, out var changed))
        {
            return changed;
        }

        return _base.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>Every value present, base first (order otherwise unspecified).</summary>
    public IEnumerable<TValue> Values
    {
        get
        {
            var overlay = _overlay;
            foreach (var (key, value) in _base)
            {
                if (overlay is null || !overlay.ContainsKey(key))
                {
                    yield return value;
                }
            }

            if (overlay is not null)
            {
                foreach (var value in overlay.Values)
                {
                    if (value is not null)
                    {
                        yield return value;
                    }
                }
            }
        }
    }

    /// <summary>A new map with <paramref name="changes"/> applied (null removes the key); this one is left as it was.</summary>
    public LayeredMap<TKey, TValue> With(IEnumerable<KeyValuePair<TKey, TValue?>> changes)
    {
        var overlay = _overlay is null ? new Dictionary<TKey, TValue?>(_base.Comparer) : new Dictionary<TKey, TValue?>(_overlay, _overlay.Comparer);
        var count = Count;
        foreach (var (key, value) in changes)
        {
            var before = overlay.TryGetValue(key, out var changed) ? changed : _base.GetValueOrDefault(key);
            count += (value is null ? 0 : 1) - (before is null ? 0 : 1);
            if (value is null && !_base.ContainsKey(key))
            {
                overlay.Remove(key);
            }
            else
            {
                overlay[key] = value;
            }
        }

        if (overlay.Count <= Math.Max(MinOverlay, _base.Count / 16))
        {
            return new LayeredMap<TKey, TValue>(_base, overlay.Count == 0 ? null : overlay, count);
        }

        var merged = new Dictionary<TKey, TValue>(count, _base.Comparer);
        foreach (var (key, value) in _base)
        {
            if (!overlay.ContainsKey(key))
            {
                merged[key] = value;
            }
        }

        foreach (var (key, value) in overlay)
        {
            if (value is not null)
            {
                merged[key] = value;
            }
        }

        return From(merged);
    }
}
