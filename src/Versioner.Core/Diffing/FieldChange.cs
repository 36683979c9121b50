namespace Versioner;

/// <summary>
/// One field that differs between two versions. For a many-to-many set (<see cref="EternalIdSet"/>) it also says
/// which members were added and removed.
/// </summary>
/// <remarks>
/// A side can lack the field altogether: a JSON document without that member, or no version at all (the entity was
/// added or removed). <see cref="OldIsAbsent"/> and <see cref="NewIsAbsent"/> say so, and that side's value is then
/// <see cref="FieldValue.Null"/> without being a null value: a document's field going from <c>null</c> to absent is a
/// change (the two versions' checksums differ), listed with both values null and <see cref="NewIsAbsent"/> true. A typed
/// entity's version has every field of its type, so for a modified typed entity neither side is ever absent.
/// </remarks>
/// <param name="Field">The field's name.</param>
/// <param name="OldValue">The value before (<see cref="FieldValue.Null"/> when <see cref="OldIsAbsent"/>).</param>
/// <param name="NewValue">The value after (<see cref="FieldValue.Null"/> when <see cref="NewIsAbsent"/>).</param>
public sealed record FieldChange(string Field, FieldValue OldValue, FieldValue NewValue)
{
    private readonly bool _oldIsAbsent;
    private readonly bool _newIsAbsent;

    /// <summary>For set-valued fields: members in the new set only. Empty otherwise.</summary>
    public IReadOnlyList<EternalId> MembersAdded { get; init; } = [];

    /// <summary>For set-valued fields: members in the old set only. Empty otherwise.</summary>
    public IReadOnlyList<EternalId> MembersRemoved { get; init; } = [];

    /// <summary>
    /// True when the older side has no such field: the entity was added, or the older version is a document without
    /// that member. <see cref="OldValue"/> then holds <see cref="FieldValue.Null"/>, though the field is not a JSON null.
    /// </summary>
    /// <exception cref="ArgumentException">Set to true while <see cref="OldValue"/> is not null.</exception>
    public bool OldIsAbsent
    {
        get => _oldIsAbsent;
        init => _oldIsAbsent = !value || OldValue.IsNull
            ? value
            : throw new ArgumentException($"Field '{Field}' cannot be absent on the old side and hold {OldValue} there.", nameof(OldIsAbsent));
    }

    /// <summary>
    /// True when the newer side has no such field: the entity was removed, or the newer version is a document without
    /// that member. <see cref="NewValue"/> then holds <see cref="FieldValue.Null"/>, though the field is not a JSON null.
    /// </summary>
    /// <exception cref="ArgumentException">Set to true while <see cref="NewValue"/> is not null.</exception>
    public bool NewIsAbsent
    {
        get => _newIsAbsent;
        init => _newIsAbsent = !value || NewValue.IsNull
            ? value
            : throw new ArgumentException($"Field '{Field}' cannot be absent on the new side and hold {NewValue} there.", nameof(NewIsAbsent));
    }

    /// <summary>Like <c>Title: "Dune" → "Dune Messiah"</c>, or <c>note: null → (absent)</c> for a side without the field.</summary>
    public override string ToString() => MembersAdded.Count + MembersRemoved.Count > 0
        ? $"{Field}: +{MembersAdded.Count} -{MembersRemoved.Count} members"
        : $"{Field}: {(OldIsAbsent ? "(absent)" : OldValue.ToString())} → {(NewIsAbsent ? "(absent)" : NewValue.ToString())}";
}
