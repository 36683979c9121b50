namespace Versioner.Ingest.Sqs;

/// <summary>The message attributes a refused message carries in the error queue.</summary>
internal static class SqsErrorAttributes
{
    /// <summary>Why the message can never be stored, and what to do.</summary>
    public const string Error = "VersionerError";

    /// <summary>The problem type, as the HTTP API would return it (<c>urn:versioner:problem:schema-mismatch</c>...).</summary>
    public const string ErrorType = "VersionerErrorType";

    /// <summary>The message's id in the queue it came from.</summary>
    public const string SourceMessageId = "VersionerSourceMessageId";

    /// <summary>The queue it came from.</summary>
    public const string SourceQueue = "VersionerSourceQueue";
}
