namespace Versioner;

/// <summary>
/// A push or pull was refused: the target branch has commits the source's branch does not contain, so moving it
/// would drop them. Nothing was copied. Merge the two first, or transfer with force.
/// </summary>
public sealed class NonFastForwardException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public NonFastForwardException(string branch, CommitId targetHead)
        : base($"Branch '{branch}' in the target is at {targetHead}, which the source's '{branch}' does not contain. Nothing was copied. Merge first, or transfer with force: true to overwrite the target branch.")
    {
        Branch = branch;
        TargetHead = targetHead;
    }

    /// <summary>The branch.</summary>
    public string Branch { get; }

    /// <summary>Where the target's branch is.</summary>
    public CommitId TargetHead { get; }
}
