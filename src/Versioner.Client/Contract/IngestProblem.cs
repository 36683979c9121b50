namespace Versioner.Client;

/// <summary>An RFC 9457 problem document as the ingest service returns it for a refused request.</summary>
public sealed class IngestProblem
{
    /// <summary>The problem type, like <c>urn:versioner:problem:conflict</c> (see docs/ingest.md).</summary>
    public string? Type { get; init; }

    /// <summary>A short summary of the problem type.</summary>
    public string? Title { get; init; }

    /// <summary>The HTTP status code.</summary>
    public int? Status { get; init; }

    /// <summary>What went wrong with this request and what to do about it.</summary>
    public string? Detail { get; init; }

    /// <summary>The request path.</summary>
    public string? Instance { get; init; }

    /// <summary>One entry per refused field, when the problem is about the message's content.</summary>
    public IReadOnlyList<IngestFieldError>? Errors { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Status} {Title}: {Detail}";
}
