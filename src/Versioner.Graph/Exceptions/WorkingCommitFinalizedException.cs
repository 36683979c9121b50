namespace Versioner;

/// <summary>
/// A working commit was asked for, but that commit is finalized: another workspace (or an ingest writer) finalized it,
/// or a finalized commit's id was given to <see cref="Repository.OpenWorkspaceAsync"/>. Nothing was written. Check the
/// branch out again for a new working commit.
/// </summary>
public sealed class WorkingCommitFinalizedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public WorkingCommitFinalizedException(CommitId commit)
        : base($"Commit {commit} is finalized, so it is no longer a working commit (another workspace or writer may have finalized it). Nothing was written. Check the branch out again for a new working commit: repository.CheckoutAsync(branch).")
    {
        Commit = commit;
    }

    /// <summary>The finalized commit.</summary>
    public CommitId Commit { get; }
}
