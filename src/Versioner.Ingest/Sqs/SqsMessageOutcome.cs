namespace Versioner.Ingest.Sqs;

/// <summary>What became of one received message.</summary>
internal enum SqsMessageOutcome
{
    /// <summary>Durably stored (or already stored): delete it.</summary>
    Stored,

    /// <summary>Can never be stored; sent to the error queue: delete it.</summary>
    Rejected,

    /// <summary>Can never be stored, but there is no error queue: leave it to the redrive policy.</summary>
    LeftForRedrive,

    /// <summary>Failed for a reason that may pass: make it visible again later.</summary>
    Retry,
}
