namespace Versioner;

/// <summary>
/// A merge, revert or cherry-pick starts from a clean workspace, and this one has uncommitted changes (or a merge in
/// progress). Nothing was changed. Finalize the changes first, or abort the merge in progress.
/// </summary>
public sealed class UncommittedChangesException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public UncommittedChangesException(CommitId workingCommit, string message)
        : base(message)
    {
        WorkingCommit = workingCommit;
    }

    /// <summary>The working commit holding the changes.</summary>
    public CommitId WorkingCommit { get; }
}
