namespace Versioner.Client;

/// <summary>What one send attempt achieved.</summary>
internal enum TransportOutcome
{
    Acknowledged,
    Transient,
    Rejected,
}

/// <summary>One send attempt's outcome: the receipt, or the problem (rejected), or the error (transient).</summary>
internal sealed record TransportResult(TransportOutcome Outcome, VersionReceipt? Receipt = null, IngestProblem? Problem = null, Exception? Error = null);
