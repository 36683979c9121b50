namespace Versioner.Ingest.Reading;

/// <summary>A commit as the read endpoints show it.</summary>
internal sealed class CommitSummary
{
    public required Guid Id { get; init; }

    /// <summary>Hex SHA-256 of the commit's content; null for a working (pending) commit.</summary>
    public string? Checksum { get; init; }

    public required bool Finalized { get; init; }

    public required string Author { get; init; }

    public required string Message { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    public static CommitSummary Of(Commit commit) => new()
    {
        Id = commit.Id.Value,
        Checksum = commit.IsFinalized ? commit.Checksum.ToString() : null,
        Finalized = commit.IsFinalized,
        Author = commit.Author,
        Message = commit.Message,
        Timestamp = commit.Timestamp,
    };
}
