namespace Versioner.Model;

/// <summary>A uniqueness rule over the current versions of one entity type in a snapshot.</summary>
internal sealed record SnapshotUniqueConstraint(string Name, IReadOnlyList<string> Properties);
