namespace Versioner;

/// <summary>How an entity differs between two states.</summary>
public enum ChangeKind
{
    /// <summary>Present only in the newer state.</summary>
    Added,

    /// <summary>Present in both, with different versions.</summary>
    Modified,

    /// <summary>Present only in the older state.</summary>
    Removed,
}
