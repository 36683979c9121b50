namespace Versioner;

/// <summary>What a three-way merge of one entity produced.</summary>
public enum EntityMergeOutcome
{
    /// <summary>Our version stands (nothing to change relative to our side).</summary>
    KeepOurs,

    /// <summary>Their version is taken as it is (shared, not copied).</summary>
    TakeTheirs,

    /// <summary>The entity is removed.</summary>
    Removed,

    /// <summary>A new version combining both sides' field changes.</summary>
    Merged,
}
