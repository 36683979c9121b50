namespace Versioner;

/// <summary>
/// A commit being copied between databases did not hash to its recorded checksum, so the source is damaged (run
/// <see cref="Repository.VerifyAsync(IProgress{VerifyProgress}?, CancellationToken)"/> on it). Nothing was copied: the target is as it was.
/// </summary>
public sealed class TransferVerificationException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public TransferVerificationException(CommitId commit, string detail)
        : base($"Commit {commit} failed verification on arrival ({detail}). Nothing was copied; run VerifyAsync() (or `versioner verify`) on the source to find the damaged rows.")
    {
        Commit = commit;
    }

    /// <summary>The commit that failed.</summary>
    public CommitId Commit { get; }
}
