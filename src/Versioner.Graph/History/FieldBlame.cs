namespace Versioner;

/// <summary>One field of an entity's current version and the commit that set that value.</summary>
/// <param name="Field">The field.</param>
/// <param name="Value">Its current value.</param>
/// <param name="Commit">The commit that last set it.</param>
public sealed record FieldBlame(string Field, FieldValue Value, Commit Commit);
