namespace Versioner;

/// <summary>
/// A revision that names a working commit where only a finalized one will do: a branch starts at, and a tag names, a
/// finalized commit. Nothing was written. Finalize the workspace first, or name its parent.
/// </summary>
public sealed class UnfinalizedCommitException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public UnfinalizedCommitException(string revision, CommitId commit, string purpose)
        : base($"'{revision}' is a working commit ({commit}); {purpose}. Finalize it first, or name a finalized commit.")
    {
        IsInvalidInput = true;
        Revision = revision;
        Commit = commit;
    }

    /// <summary>The revision given.</summary>
    public string Revision { get; }

    /// <summary>The working commit it names.</summary>
    public CommitId Commit { get; }
}
