namespace Versioner;

/// <summary>
/// <see cref="Workspace.AbortMergeAsync"/> was called with no merge (or conflicted revert, cherry-pick) waiting in the
/// workspace; nothing was changed. To drop ordinary edits, call <see cref="Workspace.DiscardAsync"/>.
/// </summary>
public sealed class NoMergeInProgressException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public NoMergeInProgressException(CommitId workingCommit)
        : base($"No merge is in progress in working commit {workingCommit}, so there is nothing to abort; its edits were kept. To drop them, call DiscardAsync().")
    {
        WorkingCommit = workingCommit;
    }

    /// <summary>The workspace's working commit.</summary>
    public CommitId WorkingCommit { get; }
}
