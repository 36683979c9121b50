using Amazon.Extensions.NETCore.Setup;
using Amazon.SQS;

namespace Versioner.Client;

/// <summary>
/// Publishes versions as messages to the SQS queue the ingest service consumes, with retries and a durable local
/// spool (see <see cref="IVersionPublisher"/>). Every message carries a version id, so a message sent twice is
/// stored once.
/// </summary>
/// <example>
/// <code>
/// // Region, credentials and endpoint as every AWS SDK client reads them (the "AWS" configuration section):
/// await using var publisher = SqsVersionPublisher.Create(queueUrl, configuration.GetAWSOptions(),
///     new VersionPublisherOptions { SpoolDirectory = "/var/lib/myapp/versioner-spool" });
/// </code>
/// </example>
public sealed class SqsVersionPublisher : IVersionPublisher
{
    private readonly SpoolingSender _sender;

    /// <summary>
    /// A publisher sending through <paramref name="sqs"/>, which the caller keeps owning. The publisher retries
    /// (<see cref="VersionPublisherOptions.MaxAttempts"/>) and then spools; the client's own retries come on top of
    /// that, so give it <c>MaxErrorRetry = 0</c> (as <see cref="Create"/> does).
    /// </summary>
    /// <param name="sqs">The SQS client, like one registered with <c>services.AddAWSService&lt;IAmazonSQS&gt;()</c>.</param>
    /// <param name="queueUrl">The queue the ingest service consumes.</param>
    /// <param name="options">Retries and spool; default: 4 attempts, no spool.</param>
    /// <exception cref="ArgumentException"><paramref name="queueUrl"/> is empty or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="IOException"><see cref="VersionPublisherOptions.SpoolDirectory"/> is in use by another publisher, or cannot be created.</exception>
    public SqsVersionPublisher(IAmazonSQS sqs, string queueUrl, VersionPublisherOptions? options = null)
        : this(sqs, queueUrl, ownsClient: false, options)
    {
    }

    private SqsVersionPublisher(IAmazonSQS sqs, string queueUrl, bool ownsClient, VersionPublisherOptions? options)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentException.ThrowIfNullOrWhiteSpace(queueUrl);
        _sender = new SpoolingSender(new SqsTransport(sqs, queueUrl, ownsClient), options);
    }

    /// <summary>
    /// A publisher with an SQS client of its own, made from <paramref name="aws"/> with the SDK's retries turned off
    /// (the publisher retries, then spools). Of <paramref name="aws"/> it uses the credentials (<c>Credentials</c>,
    /// <c>Profile</c>, <c>SessionRoleArn</c>), <c>Region</c>, and <c>DefaultClientConfig.ServiceURL</c> and
    /// <c>Timeout</c>; for other client settings pass a client of your own to the constructor.
    /// </summary>
    /// <param name="queueUrl">The queue the ingest service consumes.</param>
    /// <param name="aws">Where and as whom to reach SQS, like <c>configuration.GetAWSOptions()</c>; default: the SDK's default region and credentials (environment, profile, instance role).</param>
    /// <param name="options">Retries and spool; default: 4 attempts, no spool.</param>
    /// <exception cref="ArgumentException"><paramref name="queueUrl"/> is empty or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="IOException"><see cref="VersionPublisherOptions.SpoolDirectory"/> is in use by another publisher, or cannot be created.</exception>
    /// <exception cref="Amazon.Runtime.AmazonClientException">No credentials could be found.</exception>
    public static SqsVersionPublisher Create(string queueUrl, AWSOptions? aws = null, VersionPublisherOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueUrl);
        aws ??= new AWSOptions();
        var config = new AmazonSQSConfig { MaxErrorRetry = 0 };
        if (!string.IsNullOrEmpty(aws.DefaultClientConfig.ServiceURL))
        {
            config.ServiceURL = aws.DefaultClientConfig.ServiceURL;
        }
        else if (aws.Region is { } region)
        {
            config.RegionEndpoint = region;
        }

        if (aws.DefaultClientConfig.Timeout is { } timeout)
        {
            config.Timeout = timeout;
        }

        return new SqsVersionPublisher(new AmazonSQSClient(aws.GetCredentials(), config), queueUrl, ownsClient: true, options);
    }

    /// <inheritdoc/>
    public Task<PublishResult> PublishAsync(DataObjectVersion version, CancellationToken cancellationToken = default) => _sender.PublishAsync(version, cancellationToken);

    /// <inheritdoc/>
    public Task<ResubmitResult> ResubmitSpooledAsync(CancellationToken cancellationToken = default) => _sender.ResubmitSpooledAsync(cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _sender.DisposeAsync();
}
