namespace Versioner;

/// <summary>One commit in a typed entity's history, with the version it left current.</summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <param name="Commit">The commit.</param>
/// <param name="Kind">Added, modified or removed by that commit.</param>
/// <param name="Version">The version current after the commit (null when removed, or when <see cref="Pruned"/>).</param>
public sealed record HistoryEntry<T>(Commit Commit, ChangeKind Kind, T? Version)
    where T : Versioned
{
    /// <summary>Set when retention pruned the version this commit left current: which, when and by which policy.</summary>
    public PrunedVersion? Pruned { get; init; }
}
