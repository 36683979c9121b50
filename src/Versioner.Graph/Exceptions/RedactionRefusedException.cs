namespace Versioner;

/// <summary>
/// A redaction names a version or commit it cannot clear: no such version or commit, or one still in a working commit
/// (edit or remove it in its workspace instead). Nothing was changed.
/// </summary>
public sealed class RedactionRefusedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public RedactionRefusedException(VersionId versionId, string why)
        : base($"Cannot redact version {versionId}: {why} Nothing was changed.")
    {
        VersionId = versionId;
    }

    /// <summary>Creates the exception for a commit whose message cannot be redacted.</summary>
    public RedactionRefusedException(CommitId commitId, string why)
        : base($"Cannot redact the message of commit {commitId}: {why} Nothing was changed.")
    {
        CommitId = commitId;
    }

    /// <summary>The version named (empty when the refusal is about a commit's message).</summary>
    public VersionId VersionId { get; }

    /// <summary>The commit named, when the refusal is about its message.</summary>
    public CommitId? CommitId { get; }
}
