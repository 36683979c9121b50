using Microsoft.EntityFrameworkCore;

namespace Versioner.Internal;

/// <summary>
/// One entity type (typed, or a document type) a follower keeps in memory: how to load all of it, and how to apply the
/// changes of a diff to its table by loading only the changed entities, in chunks.
/// </summary>
internal abstract class FollowedType
{
    /// <summary>Ids per query when loading changed entities: a few queries per refresh, never one per entity.</summary>
    public const int Chunk = 500;

    /// <summary>What tells two declarations of the same type apart from others: the CLR type, or the document type's name.</summary>
    public abstract object Identity { get; }

    /// <summary>A typed entity's <see cref="TypeSlot{T}"/> (where a snapshot keeps its table), or -1 for documents.</summary>
    public abstract int Slot { get; }

    /// <summary>The name Versioner records for the type (what <see cref="EntityChange.EntityType"/> says).</summary>
    public abstract string NameIn(DbContext context);

    /// <summary>The whole table as of <paramref name="snapshot"/>.</summary>
    public abstract Task<object> LoadAsync(Snapshot snapshot, CancellationToken cancellationToken);

    /// <summary>
    /// A new table: <paramref name="table"/> with the <paramref name="changed"/> entities' new versions loaded (as of
    /// <paramref name="snapshot"/>, through <paramref name="repository"/>) and <paramref name="removed"/> taken out. The
    /// old table is left as it was.
    /// </summary>
    public abstract Task<object> ApplyAsync(object table, Repository repository, Snapshot snapshot, IReadOnlyCollection<EntityChange> changed, IReadOnlyCollection<EternalId> removed, CancellationToken cancellationToken);
}
