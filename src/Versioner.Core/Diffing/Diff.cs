using System.Collections;
using System.Diagnostics;

namespace Versioner;

/// <summary>
/// The differences between two states (two commits, or a working commit and its parent): entities added, modified
/// and removed, each with field-level changes. Ordered by entity type, then eternal id. Immutable.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Diff : IReadOnlyList<EntityChange>
{
    private readonly EntityChange[] _changes;

    /// <summary>Creates a diff from changes in any order.</summary>
    public Diff(IEnumerable<EntityChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        _changes = changes
            .OrderBy(c => c.EntityType, StringComparer.Ordinal)
            .ThenBy(c => c.EternalId)
            .ToArray();
    }

    /// <summary>No differences.</summary>
    public static Diff Empty { get; } = new([]);

    /// <summary>Entities only in the newer state.</summary>
    public IEnumerable<EntityChange> Added => _changes.Where(c => c.Kind == ChangeKind.Added);

    /// <summary>Entities in both, changed.</summary>
    public IEnumerable<EntityChange> Modified => _changes.Where(c => c.Kind == ChangeKind.Modified);

    /// <summary>Entities only in the older state.</summary>
    public IEnumerable<EntityChange> Removed => _changes.Where(c => c.Kind == ChangeKind.Removed);

    /// <summary>True when there are no differences.</summary>
    public bool IsEmpty => _changes.Length == 0;

    /// <inheritdoc/>
    public int Count => _changes.Length;

    /// <inheritdoc/>
    public EntityChange this[int index] => _changes[index];

    /// <summary>The change of one entity, or null when it did not change.</summary>
    public EntityChange? this[EternalId eternalId] => Array.Find(_changes, c => c.EternalId == eternalId);

    /// <inheritdoc/>
    public IEnumerator<EntityChange> GetEnumerator() => ((IEnumerable<EntityChange>)_changes).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Like git's short stat: <c>+3 ~1 -0</c>.</summary>
    public override string ToString() => $"+{Added.Count()} ~{Modified.Count()} -{Removed.Count()}";
}
