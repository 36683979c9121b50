namespace Versioner;

/// <summary>The outcome of merging one entity three ways.</summary>
public sealed class EntityMerge
{
    private EntityMerge(EntityMergeOutcome outcome, IReadOnlyDictionary<string, FieldValue>? fields, IReadOnlyList<MergeConflict> conflicts)
    {
        Outcome = outcome;
        Fields = fields;
        Conflicts = conflicts;
    }

    /// <summary>What the merge decided.</summary>
    public EntityMergeOutcome Outcome { get; }

    /// <summary>
    /// For <see cref="EntityMergeOutcome.Merged"/>: the merged field values (conflicted fields hold our value until
    /// resolved). A field the merged version lacks (a document member removed by one side) is not in it, which a field
    /// whose value is null is. Null when the result is exactly one side's version or a removal.
    /// </summary>
    public IReadOnlyDictionary<string, FieldValue>? Fields { get; }

    /// <summary>Conflicts left unresolved (none unless <see cref="HasConflicts"/>).</summary>
    public IReadOnlyList<MergeConflict> Conflicts { get; }

    /// <summary>True when at least one conflict is unresolved.</summary>
    public bool HasConflicts => Conflicts.Count > 0;

    internal static EntityMerge KeepOurs { get; } = new(EntityMergeOutcome.KeepOurs, null, []);

    internal static EntityMerge TakeTheirs { get; } = new(EntityMergeOutcome.TakeTheirs, null, []);

    internal static EntityMerge Remove { get; } = new(EntityMergeOutcome.Removed, null, []);

    internal static EntityMerge Merged(IReadOnlyDictionary<string, FieldValue> fields, IReadOnlyList<MergeConflict> conflicts) =>
        new(EntityMergeOutcome.Merged, fields, conflicts);

    internal static EntityMerge Conflicted(MergeConflict conflict) => new(EntityMergeOutcome.KeepOurs, null, [conflict]);
}
