namespace Versioner;

/// <summary>A version a redaction cleared, and which of its fields (now null, or the type's default when not nullable).</summary>
/// <param name="VersionId">The version.</param>
/// <param name="EntityType">Its entity type's name.</param>
/// <param name="EternalId">Its entity.</param>
/// <param name="Fields">The cleared fields, in ordinal order.</param>
public sealed record RedactedVersion(VersionId VersionId, string EntityType, EternalId EternalId, IReadOnlyList<string> Fields);
