namespace Versioner.Client;

/// <summary>The outcome of <see cref="IVersionPublisher.ResubmitSpooledAsync"/>.</summary>
/// <param name="Sent">Versions acknowledged and removed from the spool.</param>
/// <param name="Remaining">Versions still spooled (the transport failed again).</param>
/// <param name="Rejected">
/// Versions moved to the spool's <c>rejected</c> folder with the reason: refused by the service for good, or found
/// damaged on disk (a failed checksum, truncated, another version's content) and therefore not sent.
/// </param>
public sealed record ResubmitResult(int Sent, int Remaining, IReadOnlyList<RejectedVersion> Rejected);
