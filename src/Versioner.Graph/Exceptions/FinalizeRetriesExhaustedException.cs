namespace Versioner;

/// <summary>
/// A finalize lost the race for its place in the commit graph to concurrent finalizes on every attempt. Nothing was
/// committed and the working commit keeps its changes: finalize again.
/// </summary>
public sealed class FinalizeRetriesExhaustedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public FinalizeRetriesExhaustedException(CommitId workingCommit, int attempts, Exception? innerException)
        : base($"Finalize of working commit {workingCommit} kept colliding with concurrent finalizes ({attempts} attempts); nothing was committed. Try again.", innerException)
    {
        WorkingCommit = workingCommit;
        Attempts = attempts;
    }

    /// <summary>The working commit that was not finalized.</summary>
    public CommitId WorkingCommit { get; }

    /// <summary>How many times the finalize was tried.</summary>
    public int Attempts { get; }
}
