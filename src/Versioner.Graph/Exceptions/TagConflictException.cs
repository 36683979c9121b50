namespace Versioner;

/// <summary>
/// A push or pull would bring a tag the target already has under the same name for another commit (or as a branch).
/// Tags never move on their own: nothing was copied. Delete or rename one of them, or transfer with force to move the
/// target's tag (a branch of that name is never replaced).
/// </summary>
public sealed class TagConflictException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public TagConflictException(string tag, CommitId sourceCommit, CommitId targetCommit, bool targetIsBranch)
        : base(targetIsBranch
            ? $"Tag '{tag}' ({sourceCommit}) cannot be copied: the target has a branch of that name. Nothing was copied. Rename the tag or the branch first."
            : $"Tag '{tag}' is at {sourceCommit} in the source but at {targetCommit} in the target. Nothing was copied. Delete one of them, or transfer with force: true to move the target's tag.")
    {
        Tag = tag;
        SourceCommit = sourceCommit;
        TargetCommit = targetCommit;
        TargetIsBranch = targetIsBranch;
    }

    /// <summary>The tag's name.</summary>
    public string Tag { get; }

    /// <summary>The commit the source's tag names.</summary>
    public CommitId SourceCommit { get; }

    /// <summary>The commit the target's ref of that name points at.</summary>
    public CommitId TargetCommit { get; }

    /// <summary>True when the target's ref of that name is a branch, not a tag.</summary>
    public bool TargetIsBranch { get; }
}
