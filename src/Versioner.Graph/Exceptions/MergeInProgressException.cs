namespace Versioner;

/// <summary>
/// The working commit holds a merge (or a conflicted revert or cherry-pick) in progress, and the call cannot work on
/// it: a merge is finalized whole, and only its workspace finalizes or aborts it. Nothing was written. Resolve the
/// conflicts and call <see cref="Workspace.FinalizeAsync"/>, or <see cref="Workspace.AbortMergeAsync"/>.
/// </summary>
public sealed class MergeInProgressException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public MergeInProgressException(CommitId workingCommit, string message)
        : base(message)
    {
        WorkingCommit = workingCommit;
    }

    /// <summary>The working commit holding the merge.</summary>
    public CommitId WorkingCommit { get; }
}
