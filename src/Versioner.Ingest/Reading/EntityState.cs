using System.Text.Json;

namespace Versioner.Ingest.Reading;

/// <summary><c>GET /entities/{entityType}/{eternalId}</c>: the entity's fields as of a commit.</summary>
internal sealed class EntityState
{
    public required string EntityType { get; init; }

    public required Guid EternalId { get; init; }

    /// <summary>The ingested version current at that point (null when the version was not ingested by this service).</summary>
    public Guid? VersionId { get; init; }

    public required Guid StoredVersionId { get; init; }

    /// <summary>The commit that stored the current version.</summary>
    public required Guid CommitId { get; init; }

    /// <summary>The commit the state was read at.</summary>
    public required CommitSummary AsOf { get; init; }

    public required JsonElement Data { get; init; }
}
