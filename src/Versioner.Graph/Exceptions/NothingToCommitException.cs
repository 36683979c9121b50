namespace Versioner;

/// <summary>Finalize had nothing to commit: the workspace (or the staged selection) holds no changes.</summary>
public sealed class NothingToCommitException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public NothingToCommitException(CommitId workingCommit)
        : base($"Nothing to commit in working commit {workingCommit}: save or remove entities first, or stage at least one change.")
    {
        WorkingCommit = workingCommit;
    }

    /// <summary>The working commit.</summary>
    public CommitId WorkingCommit { get; }
}
