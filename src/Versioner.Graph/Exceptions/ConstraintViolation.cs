namespace Versioner;

/// <summary>One broken snapshot constraint: which rule, which entities, and the values they share.</summary>
/// <param name="Constraint">
/// The constraint's name: like <c>BookRevenue(BookId, Year)</c> for uniqueness, <c>Book.AuthorId → Author</c> for a
/// reference or pin, <c>Book.Tags members → Tag</c> for a set's members.
/// </param>
/// <param name="EntityType">The entity type (for references: the referring type).</param>
/// <param name="Entities">
/// The entities involved: those that collide; for a reference, the referring entity and the id it names; for a
/// removal still referred to, the referring entities and then the removed one.
/// </param>
/// <param name="Key">The shared values, as text; for references, what is wrong and what to do.</param>
public sealed record ConstraintViolation(string Constraint, string EntityType, IReadOnlyList<EternalId> Entities, string Key)
{
    /// <summary>The shared values by field, for display (empty for reference violations).</summary>
    public IReadOnlyList<KeyValuePair<string, FieldValue>> KeyValues { get; init; } = [];

    /// <summary>Like <c>BookRevenue(BookId, Year) = (…, 2024) held by 0192f1c4, 0192f1c5</c>.</summary>
    public override string ToString() => $"{Constraint} = ({Key}) held by {string.Join(", ", Entities.Select(e => e.ToString()))}";
}
