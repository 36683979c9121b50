namespace Versioner;

/// <summary>
/// A redaction names a version it cannot clear: no such version, or one still in a working commit (edit or remove it
/// in its workspace instead). Nothing was changed.
/// </summary>
public sealed class RedactionRefusedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public RedactionRefusedException(VersionId versionId, string why)
        : base($"Cannot redact version {versionId}: {why} Nothing was changed.")
    {
        VersionId = versionId;
    }

    /// <summary>The version named.</summary>
    public VersionId VersionId { get; }
}
