namespace Versioner;

/// <summary>What a merge did.</summary>
public enum MergeStatus
{
    /// <summary>Nothing to do: the other commit is already in the branch's history.</summary>
    UpToDate,

    /// <summary>The branch moved forward to the other commit; no merge commit was needed.</summary>
    FastForward,

    /// <summary>A merge commit was made.</summary>
    Merged,

    /// <summary>Conflicts remain; the merge waits in the working commit to be resolved and finalized, or aborted.</summary>
    Conflicts,
}
