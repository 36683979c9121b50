namespace Versioner;

/// <summary>
/// Finalize found the branch no longer at the commit the workspace was based on: someone else finalized first.
/// Nothing was changed. Check the branch out again (or merge) and finalize on top of its new head.
/// </summary>
public sealed class BranchMovedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public BranchMovedException(string branch, CommitId? expected, CommitId? actual)
        : base($"Branch '{branch}' moved: the workspace is based on {Show(expected)} but the branch is now at {Show(actual)}. Nothing was finalized; check out '{branch}' again and reapply the changes, or merge.")
    {
        Branch = branch;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The branch.</summary>
    public string Branch { get; }

    /// <summary>Where the workspace expected the branch to be (null: not yet created).</summary>
    public CommitId? Expected { get; }

    /// <summary>Where the branch actually is (null: deleted).</summary>
    public CommitId? Actual { get; }

    private static string Show(CommitId? id) => id is { } c ? $"commit {c}" : "no commit";
}
