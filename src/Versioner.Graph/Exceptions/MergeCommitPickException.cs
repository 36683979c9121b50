namespace Versioner;

/// <summary>
/// A cherry-pick or revert named a merge commit: it has more than one parent, so which side's changes to apply is not
/// defined. Nothing was changed. Pick or revert the commits it merged instead.
/// </summary>
public sealed class MergeCommitPickException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public MergeCommitPickException(string revision, CommitId commit, bool revert)
        : base($"'{revision}' is a merge commit ({commit}); {(revert ? "revert" : "cherry-pick")} applies one parent's worth of changes, so it cannot take a merge. Nothing was changed. {(revert ? "Revert" : "Pick")} the commits it merged instead.")
    {
        IsInvalidInput = true;
        Revision = revision;
        Commit = commit;
    }

    /// <summary>The revision given.</summary>
    public string Revision { get; }

    /// <summary>The merge commit it names.</summary>
    public CommitId Commit { get; }
}
