namespace Versioner;

/// <summary>
/// Finalize was refused because the resulting snapshot breaks a constraint declared in the model (for example
/// <c>IsUniqueInSnapshot</c>). Nothing was committed; the working commit is as it was. Fix the named entities and
/// finalize again.
/// </summary>
public sealed class SnapshotConstraintException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public SnapshotConstraintException(IReadOnlyList<ConstraintViolation> violations)
        : base(Describe(violations))
    {
        Violations = violations;
    }

    /// <summary>Every violation found.</summary>
    public IReadOnlyList<ConstraintViolation> Violations { get; }

    private static string Describe(IReadOnlyList<ConstraintViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return $"Finalize refused: {violations.Count} snapshot constraint violation(s). " + string.Join("; ", violations.Select(v => v.ToString()));
    }
}
