namespace Versioner;

/// <summary>
/// One conflict of a three-way merge: the entity, the field (or field group; null for whole-entity conflicts such as
/// delete/modify), and the base, ours and theirs values.
/// </summary>
/// <param name="EntityType">The entity type.</param>
/// <param name="EternalId">The entity.</param>
/// <param name="Kind">Why it conflicts.</param>
/// <param name="Fields">The conflicting field(s); empty for whole-entity conflicts.</param>
/// <param name="Base">The fields of the entity's version in the merge base, or null when the entity was absent.</param>
/// <param name="Ours">The fields of our side's version, or null when the entity is absent (removed).</param>
/// <param name="Theirs">The fields of their side's version, or null when the entity is absent (removed).</param>
/// <remarks>
/// Each side holds every field its version has, so a field a side lacks (a JSON document without that member) is
/// absent there, not in that side's dictionary, which a field whose value is null is (<c>TryGetValue</c> tells them
/// apart). A typed entity's version has every field of its type.
/// </remarks>
public sealed record MergeConflict(
    string EntityType,
    EternalId EternalId,
    ConflictKind Kind,
    IReadOnlyList<string> Fields,
    IReadOnlyDictionary<string, FieldValue>? Base,
    IReadOnlyDictionary<string, FieldValue>? Ours,
    IReadOnlyDictionary<string, FieldValue>? Theirs)
{
    /// <summary>The single field of a field conflict (null otherwise).</summary>
    public string? Field => Fields.Count == 1 ? Fields[0] : null;

    /// <summary>Like <c>Book 3c4d5e6f Title: base "A", ours "B", theirs "C"</c>; a side without the field reads <c>(absent)</c>.</summary>
    public override string ToString() => Kind switch
    {
        ConflictKind.DeleteModify => $"{EntityType} {EternalId.ToString(8)}: removed on one side, modified on the other",
        ConflictKind.AddAdd => $"{EntityType} {EternalId.ToString(8)}: added on both sides with different content",
        _ => $"{EntityType} {EternalId.ToString(8)} {string.Join("+", Fields)}: base {Show(Base)}, ours {Show(Ours)}, theirs {Show(Theirs)}",
    };

    private string Show(IReadOnlyDictionary<string, FieldValue>? values) =>
        values is null ? "(absent)" : string.Join("/", Fields.Select(f => values.TryGetValue(f, out var v) ? v.ToString() : "(absent)"));
}
