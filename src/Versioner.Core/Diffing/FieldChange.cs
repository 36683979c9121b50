namespace Versioner;

/// <summary>
/// One field that differs between two versions. For a many-to-many set (<see cref="EternalIdSet"/>) it also says
/// which members were added and removed.
/// </summary>
/// <param name="Field">The field's name.</param>
/// <param name="OldValue">The value before (null when the entity was added).</param>
/// <param name="NewValue">The value after (null when the entity was removed).</param>
public sealed record FieldChange(string Field, FieldValue OldValue, FieldValue NewValue)
{
    /// <summary>For set-valued fields: members in the new set only. Empty otherwise.</summary>
    public IReadOnlyList<EternalId> MembersAdded { get; init; } = [];

    /// <summary>For set-valued fields: members in the old set only. Empty otherwise.</summary>
    public IReadOnlyList<EternalId> MembersRemoved { get; init; } = [];

    /// <summary>Like <c>Title: "Dune" → "Dune Messiah"</c>.</summary>
    public override string ToString() => MembersAdded.Count + MembersRemoved.Count > 0
        ? $"{Field}: +{MembersAdded.Count} -{MembersRemoved.Count} members"
        : $"{Field}: {OldValue} → {NewValue}";
}
