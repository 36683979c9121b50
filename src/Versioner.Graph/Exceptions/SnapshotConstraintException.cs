namespace Versioner;

/// <summary>
/// Finalize was refused because the resulting snapshot breaks a constraint declared in the model: a key declared
/// <c>IsUniqueInSnapshot</c> held twice, a reference (<c>Reference</c>) or set member (<c>Members</c>) naming an entity
/// the snapshot lacks (including one this commit removes), or a pin (<c>Pin</c>) naming a version that is not
/// finalized. Merges are checked on the merged snapshot. Nothing was committed; the working commit is as it was. Fix
/// the named entities and finalize again.
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
