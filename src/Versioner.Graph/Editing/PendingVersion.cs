namespace Versioner.Internal;

/// <summary>A version about to be written: ids to assign, column values, pointers it holds.</summary>
internal sealed class PendingVersion
{
    public required EternalId EternalId { get; set; }

    /// <summary>Column values for the ids the version receives (eternal, version, commit).</summary>
    public required Func<EternalId, VersionId, CommitId, object?[]> Columns { get; init; }

    /// <summary>The canonical content for the ids the version receives (eternal, version): hashed as it is written.</summary>
    public required Func<EternalId, VersionId, VersionContent> Content { get; init; }

    public IEnumerable<PointerValue> Pointers { get; init; } = [];

    /// <summary>Called with the ids the version received.</summary>
    public Action<EternalId, VersionId, CommitId>? Assign { get; init; }

    public bool IsNewEntity { get; set; }

    /// <summary>A version id the caller assigned (idempotent ingest); null to let the writer make one.</summary>
    public VersionId? RequestedVersionId { get; init; }
}
