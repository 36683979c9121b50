using Versioner.Client.Sqs;

namespace Versioner.Client;

/// <summary>
/// Publishes versions as messages to the SQS queue the ingest service consumes, with retries and a durable local
/// spool (see <see cref="IVersionPublisher"/>). Every message carries a version id, so a message sent twice is
/// stored once.
/// </summary>
public sealed class SqsVersionPublisher : IVersionPublisher
{
    private readonly SpoolingSender _sender;

    /// <summary>A publisher for the queue at <paramref name="queueUrl"/>.</summary>
    public SqsVersionPublisher(string queueUrl, SqsConnectionOptions? connection = null, VersionPublisherOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueUrl);
        _sender = new SpoolingSender(new SqsTransport(SqsClient.Create(queueUrl, connection ?? new SqsConnectionOptions()), queueUrl), options);
    }

    /// <inheritdoc/>
    public Task<PublishResult> PublishAsync(DataObjectVersion version, CancellationToken cancellationToken = default) => _sender.PublishAsync(version, cancellationToken);

    /// <inheritdoc/>
    public Task<ResubmitResult> ResubmitSpooledAsync(CancellationToken cancellationToken = default) => _sender.ResubmitSpooledAsync(cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _sender.DisposeAsync();
}
