namespace Versioner.Client;

/// <summary>One way to hand a version to Versioner (HTTP, SQS): a single attempt, no retries, no spool.</summary>
internal interface IVersionTransport : IDisposable
{
    Task<TransportResult> SendAsync(DataObjectVersion version, CancellationToken cancellationToken);
}
