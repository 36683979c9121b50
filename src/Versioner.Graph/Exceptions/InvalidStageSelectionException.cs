namespace Versioner;

/// <summary>
/// A partial finalize (<see cref="StagingArea.FinalizeAsync"/>) staged what the working commit cannot give: an entity with
/// no change in it, or a new or removed entity staged by field (it has no earlier version to take the other fields
/// from), or a field its type does not have. Nothing was written. Stage only what <see cref="Workspace.StatusAsync"/> lists, and a new or removed entity whole.
/// </summary>
public sealed class InvalidStageSelectionException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public InvalidStageSelectionException(CommitId workingCommit, IReadOnlyList<EternalId> eternalIds, string problem)
        : base($"Cannot finalize this selection from working commit {workingCommit}: {problem}. Nothing was written. Stage only what the workspace's status lists, and a new or removed entity whole.")
    {
        IsInvalidInput = true;
        WorkingCommit = workingCommit;
        EternalIds = eternalIds;
        Problem = problem;
    }

    /// <summary>The workspace's working commit.</summary>
    public CommitId WorkingCommit { get; }

    /// <summary>The staged entities that cannot be staged so.</summary>
    public IReadOnlyList<EternalId> EternalIds { get; }

    /// <summary>What is wrong with them.</summary>
    public string Problem { get; }
}
