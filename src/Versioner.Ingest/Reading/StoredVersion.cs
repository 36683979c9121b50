using System.Text.Json;
using System.Text.Json.Serialization;
using Versioner.Client;

namespace Versioner.Ingest.Reading;

/// <summary><c>GET /versions/{versionId}</c>: a version as it was ingested, and where it is stored.</summary>
internal sealed class StoredVersion
{
    public required Guid VersionId { get; init; }

    public required string EntityType { get; init; }

    public required Guid EternalId { get; init; }

    public required string Operation { get; init; }

    /// <summary>The fields as stored (canonical member order); null for a delete.</summary>
    public JsonElement? Data { get; init; }

    public required string Author { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    public string? Message { get; init; }

    public string? Source { get; init; }

    public required Guid CommitId { get; init; }

    public string? CommitChecksum { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<VersionStatus>))]
    public required VersionStatus Status { get; init; }

    /// <summary>The id of Versioner's version row (differs from <see cref="VersionId"/>, the client's id).</summary>
    public Guid? StoredVersionId { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }
}
