namespace Versioner.Ingest.Reading;

/// <summary><c>GET /entities/{entityType}/{eternalId}/history</c>: the commits that changed the entity, newest first.</summary>
internal sealed class EntityHistory
{
    public required string EntityType { get; init; }

    public required Guid EternalId { get; init; }

    public required IReadOnlyList<HistoryItem> Entries { get; init; }

    /// <summary>The <c>skip</c> for the next page, or null when this is the last.</summary>
    public long? NextSkip { get; init; }
}
