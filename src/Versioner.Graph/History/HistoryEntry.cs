namespace Versioner;

/// <summary>One commit in an entity's history: how it changed the entity, and the version it left current.</summary>
/// <param name="Commit">The commit.</param>
/// <param name="Kind">Added, modified or removed by that commit.</param>
/// <param name="VersionId">The version current after the commit (null when removed).</param>
public sealed record HistoryEntry(Commit Commit, ChangeKind Kind, VersionId? VersionId);
