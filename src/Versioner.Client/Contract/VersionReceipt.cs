using System.Text.Json.Serialization;

namespace Versioner.Client;

/// <summary>The ingest service's acknowledgement of one version: it is durably stored, under these ids.</summary>
public sealed class VersionReceipt
{
    /// <summary>The version's id (the client's, or the one the service assigned).</summary>
    public required Guid VersionId { get; init; }

    /// <summary>The entity type.</summary>
    public required string EntityType { get; init; }

    /// <summary>The entity's eternal id.</summary>
    public required Guid EternalId { get; init; }

    /// <summary>What the version did.</summary>
    [JsonConverter(typeof(VersionOperationConverter))]
    public required VersionOperation Operation { get; init; }

    /// <summary>The commit holding the version (final even while <see cref="Status"/> is pending).</summary>
    public required Guid CommitId { get; init; }

    /// <summary>The commit's checksum (hex) once finalized; null while pending.</summary>
    public string? CommitChecksum { get; init; }

    /// <summary>Committed, or stored and waiting for its group's commit.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<VersionStatus>))]
    public required VersionStatus Status { get; init; }

    /// <summary>True when this version id was already stored with the same content: nothing new was written.</summary>
    public bool AlreadyStored { get; init; }
}
