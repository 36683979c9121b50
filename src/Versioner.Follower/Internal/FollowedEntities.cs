using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Internal;

/// <summary>A typed entity type a follower keeps, optionally indexed by a key of the application's.</summary>
internal sealed class FollowedEntities<T>(Func<IEnumerable<T>, KeyIndex<T>>? buildKeys) : FollowedType
    where T : Versioned
{
    // The pointer fields (sets, large texts) of T: loaded before the snapshot is published, since the context that
    // read the entities is gone by the time a reader touches them.
    private static readonly PropertyInfo[] Pointers = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => typeof(PointerValue).IsAssignableFrom(p.PropertyType) && p.GetMethod is not null)
        .ToArray();

    public override object Identity => typeof(T);

    public override int Slot => TypeSlot<T>.Index;

    public override string NameIn(DbContext context) =>
        // The name Versioner gave the type when the model was built (the CLR name unless the model renamed it).
        context.Model.FindEntityType(typeof(T))?.GetVersionedName() ?? typeof(T).Name;

    public override async Task<object> LoadAsync(Snapshot snapshot, CancellationToken cancellationToken)
    {
        var entities = await snapshot.Query<T>().ToListAsync(cancellationToken).ConfigureAwait(false);
        LoadPointers(entities);
        var byId = new Dictionary<EternalId, T>(entities.Count);
        foreach (var entity in entities)
        {
            byId[entity.EternalId] = entity;
        }

        return new EntityTable<T>(LayeredMap<EternalId, T>.From(byId), buildKeys?.Invoke(entities));
    }

    public override async Task<object> ApplyAsync(object table, Repository repository, Snapshot snapshot, IReadOnlyCollection<EntityChange> changed, IReadOnlyCollection<EternalId> removed, CancellationToken cancellationToken)
    {
        var current = (EntityTable<T>)table;
        var loaded = new List<T>(changed.Count);
        // The diff names each changed entity's new version: read those rows by primary key, a chunk per query, which
        // costs the same whatever the size of the snapshot (a query over the snapshot filtered by eternal id does not).
        foreach (var chunk in changed.Select(c => c.NewVersion!.VersionId).Chunk(Chunk))
        {
            loaded.AddRange(await repository.Context.Set<T>().AsNoTracking().Where(e => chunk.Contains(e.VersionId)).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        repository.LoadPointers(loaded);
        LoadPointers(loaded);
        var changes = new List<KeyValuePair<EternalId, T?>>(loaded.Count + removed.Count);
        changes.AddRange(removed.Select(id => new KeyValuePair<EternalId, T?>(id, null)));
        changes.AddRange(loaded.Select(e => new KeyValuePair<EternalId, T?>(e.EternalId, e)));
        var keys = current.Keys?.With(
            removed.Concat(loaded.Select(e => e.EternalId)).Select(current.ById.Find).OfType<T>(),
            loaded);
        return new EntityTable<T>(current.ById.With(changes), keys);
    }

    private static void LoadPointers(List<T> entities)
    {
        if (Pointers.Length == 0)
        {
            return;
        }

        // The first value touched loads every pending one of the context in one query (chunked); the rest are then loaded.
        foreach (var entity in entities)
        {
            foreach (var property in Pointers)
            {
                switch (property.GetValue(entity))
                {
                    case EternalIdSet { IsLoaded: false } set:
                        _ = set.Count;
                        break;
                    case LargeText { IsLoaded: false } text:
                        _ = text.Value;
                        break;
                }
            }
        }
    }
}
