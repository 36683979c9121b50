namespace Versioner;

/// <summary>How a conflict is settled without asking.</summary>
public enum MergeStrategy
{
    /// <summary>Leave it as a conflict for the caller to resolve.</summary>
    Conflict = 0,

    /// <summary>Keep our side (the branch merged into).</summary>
    Ours,

    /// <summary>Take their side (the commit merged in).</summary>
    Theirs,
}
