namespace Versioner.Ingest.Reading;

/// <summary>One commit in an entity's history.</summary>
internal sealed class HistoryItem
{
    public required CommitSummary Commit { get; init; }

    /// <summary><c>added</c>, <c>modified</c> or <c>removed</c>.</summary>
    public required string Change { get; init; }

    /// <summary>The ingested version (client id), when this service ingested it.</summary>
    public Guid? VersionId { get; init; }

    public Guid? StoredVersionId { get; init; }
}
