namespace Versioner.Internal;

/// <summary>What a snapshot knows of a table without its entity type.</summary>
internal interface IEntityTable
{
    int Count { get; }
}

/// <summary>The in-memory entities of one typed entity type: by eternal id, and by the follower's key when one was declared. Immutable.</summary>
internal sealed class EntityTable<T>(LayeredMap<EternalId, T> byId, KeyIndex<T>? keys) : IEntityTable
    where T : Versioned
{
    public int Count => ById.Count;

    public LayeredMap<EternalId, T> ById { get; } = byId;

    public KeyIndex<T>? Keys { get; } = keys;
}

/// <summary>A secondary, unique index of a typed entity type by a key the application chose (<see cref="FollowerOptions.Include{T, TKey}"/>).</summary>
internal abstract class KeyIndex<T>
    where T : Versioned
{
    /// <summary>A new index: <paramref name="removed"/> entities' keys dropped, then <paramref name="added"/> entities' keys set.</summary>
    /// <exception cref="VersionRefusedException">Two entities would share a key.</exception>
    public abstract KeyIndex<T> With(IEnumerable<T> removed, IEnumerable<T> added);
}

internal sealed class KeyIndex<T, TKey>(Func<T, TKey> key, LayeredMap<TKey, T> map) : KeyIndex<T>
    where T : Versioned
    where TKey : notnull
{
    public LayeredMap<TKey, T> Map { get; } = map;

    public static KeyIndex<T, TKey> Build(Func<T, TKey> key, IEnumerable<T> entities)
    {
        var index = new Dictionary<TKey, T>();
        foreach (var entity in entities)
        {
            var k = key(entity);
            if (!index.TryAdd(k, entity))
            {
                throw Duplicate(k, index[k], entity);
            }
        }

        return new KeyIndex<T, TKey>(key, LayeredMap<TKey, T>.From(index));
    }

    public override KeyIndex<T> With(IEnumerable<T> removed, IEnumerable<T> added)
    {
        var changes = new Dictionary<TKey, T?>();
        foreach (var entity in removed)
        {
            var k = key(entity);
            if (Map.Find(k)?.EternalId == entity.EternalId)
            {
                changes[k] = null;
            }
        }

        foreach (var entity in added)
        {
            var k = key(entity);
            var holder = changes.TryGetValue(k, out var changed) ? changed : Map.Find(k);
            if (holder is not null && holder.EternalId != entity.EternalId)
            {
                throw Duplicate(k, holder, entity);
            }

            changes[k] = entity;
        }

        return new KeyIndex<T, TKey>(key, Map.With(changes));
    }

    private static VersionRefusedException Duplicate(TKey k, T one, T other) =>
        new($"{typeof(T).Name} key '{k}' is held by both {one.EternalId} and {other.EternalId}; the follower's key must be unique.");
}
