namespace Versioner.Client;

/// <summary>One way to hand a version to Versioner (HTTP, SQS): a single attempt, no retries, no spool.</summary>
internal interface IVersionTransport : IDisposable
{
    /// <summary>The transport's name in metrics (<c>versioner.client.transport</c>): <c>http</c> or <c>sqs</c>.</summary>
    string Name { get; }

    Task<TransportResult> SendAsync(DataObjectVersion version, CancellationToken cancellationToken);
}
