namespace Versioner;

/// <summary>
/// A push or pull was refused because the target has redactions the source lacks while the source still holds the
/// content they removed: copying from it could bring that content back. Nothing was copied. Bring the redactions to the
/// source first (push from the redacted database into it: that applies them), then transfer again.
/// </summary>
public sealed class RedactionMissingException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public RedactionMissingException(IReadOnlyList<Redaction> redactions)
        : base(
            $"The target has {redactions.Count} redaction(s) the source lacks, and the source still holds content they removed: "
            + string.Join("; ", redactions.Select(r => $"{r.Id} by {r.Author} ('{r.Reason}', {r.Versions.Count} version(s))"))
            + ". Nothing was copied. Apply them to the source first by pushing from the redacted database into it (target.PushAsync(source, branch)), then transfer again.")
    {
        Redactions = redactions;
    }

    /// <summary>The redactions the source must get first.</summary>
    public IReadOnlyList<Redaction> Redactions { get; }
}
