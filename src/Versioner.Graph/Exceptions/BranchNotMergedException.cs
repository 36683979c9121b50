namespace Versioner;

/// <summary>
/// Deleting the branch would leave commits no other branch or tag holds. Merge it first, or delete with force.
/// </summary>
public sealed class BranchNotMergedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public BranchNotMergedException(string branch, CommitId head)
        : base($"Branch '{branch}' is not merged: its head {head} is in no other branch's or tag's history. Merge it first, or call repository.Branches.DeleteAsync(\"{branch}\", force: true).")
    {
        Branch = branch;
        Head = head;
    }

    /// <summary>The branch.</summary>
    public string Branch { get; }

    /// <summary>Its head.</summary>
    public CommitId Head { get; }
}
