namespace Versioner;

/// <summary>
/// Finalize was refused because the working commit holds a merge with unresolved conflicts. List them with
/// <see cref="Workspace.ConflictsAsync"/>, resolve each (<see cref="Workspace.ResolveAsync"/>),
/// then finalize; or abandon the merge with <see cref="Workspace.AbortMergeAsync"/>.
/// </summary>
public sealed class UnresolvedConflictsException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public UnresolvedConflictsException(CommitId workingCommit, int count)
        : base($"Working commit {workingCommit} has {count} unresolved merge conflict(s). List them with ConflictsAsync(), resolve each with ResolveAsync(...), then finalize; or abandon the merge with AbortMergeAsync().")
    {
        WorkingCommit = workingCommit;
        Count = count;
    }

    /// <summary>The working commit holding the merge.</summary>
    public CommitId WorkingCommit { get; }

    /// <summary>How many conflicts remain.</summary>
    public int Count { get; }
}
