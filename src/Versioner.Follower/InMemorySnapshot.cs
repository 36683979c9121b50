using System.Collections.Frozen;
using System.Diagnostics;
using Versioner.Internal;

namespace Versioner;

/// <summary>
/// The state of the followed entity types as of one commit, held in memory: what <see cref="Follower.Current"/>
/// serves. Immutable and safe to read from any number of threads; no read touches the database. A refresh builds a new
/// snapshot and swaps it in whole, so a reader holding one sees one commit's state throughout, never a mix.
/// </summary>
/// <remarks>
/// Entities handed out are shared by every reader of the snapshot (and by later snapshots while they stay unchanged):
/// treat them as read-only. Changing one changes what every reader sees, and never the database.
/// </remarks>
/// <example>
/// <code>
/// var current = follower.Current;             // read it once per request: one consistent state
/// var rate = current.Find&lt;Rate&gt;(rateId);
/// var books = current.All&lt;Book&gt;().Where(b => b.Price > 10);
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class InMemorySnapshot
{
    private readonly object?[] _tables;
    private readonly FrozenDictionary<string, LayeredMap<EternalId, Document>> _documents;

    internal InMemorySnapshot(Commit? commit, DateTimeOffset loadedAt, object?[] tables, FrozenDictionary<string, LayeredMap<EternalId, Document>> documents)
    {
        Commit = commit;
        LoadedAt = loadedAt;
        _tables = tables;
        _documents = documents;
    }

    internal static InMemorySnapshot Empty { get; } = new(null, default, [], FrozenDictionary<string, LayeredMap<EternalId, Document>>.Empty);

    /// <summary>The commit this is the state of; null while nothing has been loaded (<see cref="IsEmpty"/>).</summary>
    public Commit? Commit { get; }

    /// <summary>True before the first successful load: every lookup throws <see cref="FollowerEmptyException"/>.</summary>
    public bool IsEmpty => Commit is null;

    /// <summary>When this snapshot was built (by the follower's clock).</summary>
    public DateTimeOffset LoadedAt { get; }

    internal object? Table(int slot) => slot < _tables.Length ? _tables[slot] : null;

    internal object?[] Tables => _tables;

    internal FrozenDictionary<string, LayeredMap<EternalId, Document>> DocumentTables => _documents;

    /// <summary>The entity with eternal id <paramref name="eternalId"/>, or null when it is not in this state.</summary>
    /// <exception cref="TypeNotFollowedException"><typeparamref name="T"/> is not one of the follower's types (<see cref="FollowerOptions.Include{T}"/>).</exception>
    /// <exception cref="FollowerEmptyException">Nothing has been loaded yet.</exception>
    public T? Find<T>(EternalId eternalId)
        where T : Versioned =>
        TableOf<T>().ById.Find(eternalId);

    /// <summary>The entity whose key (declared with <see cref="FollowerOptions.Include{T, TKey}"/>) is <paramref name="key"/>, or null.</summary>
    /// <exception cref="TypeNotFollowedException"><typeparamref name="T"/> is not followed, or not with a key of type <typeparamref name="TKey"/>.</exception>
    /// <exception cref="FollowerEmptyException">Nothing has been loaded yet.</exception>
    public T? FindByKey<T, TKey>(TKey key)
        where T : Versioned
        where TKey : notnull =>
        TableOf<T>().Keys is KeyIndex<T, TKey> index
            ? index.Map.Find(key)
            : throw new TypeNotFollowedException(typeof(T).Name, $"it is followed without a key of type {typeof(TKey).Name}: declare it with options.Include<{typeof(T).Name}, {typeof(TKey).Name}>(e => e.Key).");

    /// <summary>Every entity of <typeparamref name="T"/> in this state, in no particular order.</summary>
    /// <exception cref="TypeNotFollowedException"><typeparamref name="T"/> is not one of the follower's types.</exception>
    /// <exception cref="FollowerEmptyException">Nothing has been loaded yet.</exception>
    public IEnumerable<T> All<T>()
        where T : Versioned =>
        TableOf<T>().ById.Values;

    /// <summary>How many entities of <typeparamref name="T"/> this state holds.</summary>
    /// <exception cref="TypeNotFollowedException"><typeparamref name="T"/> is not one of the follower's types.</exception>
    /// <exception cref="FollowerEmptyException">Nothing has been loaded yet.</exception>
    public int Count<T>()
        where T : Versioned =>
        TableOf<T>().ById.Count;

    /// <summary>The dynamic document of type <paramref name="entityType"/> with eternal id <paramref name="eternalId"/>, or null.</summary>
    /// <exception cref="TypeNotFollowedException">The document type is not followed (<see cref="FollowerOptions.IncludeDocuments"/>).</exception>
    /// <exception cref="FollowerEmptyException">Nothing has been loaded yet.</exception>
    public Document? FindDocument(string entityType, EternalId eternalId) => DocumentsOf(entityType).Find(eternalId);

    /// <summary>Every document of type <paramref name="entityType"/> in this state, in no particular order.</summary>
    /// <exception cref="TypeNotFollowedException">The document type is not followed.</exception>
    /// <exception cref="FollowerEmptyException">Nothing has been loaded yet.</exception>
    public IEnumerable<Document> Documents(string entityType) => DocumentsOf(entityType).Values;

    /// <summary>Like <c>3f2a9c1 Add revenue for 2024 (1200 entities)</c>, or <c>(empty)</c>.</summary>
    public override string ToString() => Commit is null ? "(empty)" : $"{Commit} ({Size} entities)";

    private int Size =>
        _tables.OfType<IEntityTable>().Sum(t => t.Count) + _documents.Values.Sum(d => d.Count);

    private EntityTable<T> TableOf<T>()
        where T : Versioned
    {
        var tables = _tables;
        var slot = TypeSlot<T>.Index;
        if ((uint)slot < (uint)tables.Length && tables[slot] is EntityTable<T> table)
        {
            return table;
        }

        throw IsEmpty ? new FollowerEmptyException() : new TypeNotFollowedException(typeof(T).Name, $"follow it with options.Include<{typeof(T).Name}>().");
    }

    private LayeredMap<EternalId, Document> DocumentsOf(string entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        if (_documents.TryGetValue(entityType, out var table))
        {
            return table;
        }

        throw IsEmpty ? new FollowerEmptyException() : new TypeNotFollowedException(entityType, $"follow it with options.IncludeDocuments(\"{entityType}\").");
    }
}
