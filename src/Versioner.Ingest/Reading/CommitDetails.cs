namespace Versioner.Ingest.Reading;

/// <summary><c>GET /commits/{id}</c>: the commit, its parents and the ingested versions it holds.</summary>
internal sealed class CommitDetails
{
    public required CommitSummary Commit { get; init; }

    public required IReadOnlyList<Guid> Parents { get; init; }

    public required long Depth { get; init; }

    public required IReadOnlyList<VersionRef> Versions { get; init; }
}
