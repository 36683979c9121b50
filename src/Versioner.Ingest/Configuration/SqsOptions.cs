namespace Versioner.Ingest.Configuration;

/// <summary>
/// The SQS adapter: <c>Versioner:Sqs</c>. It runs when <see cref="QueueUrl"/> is set. Where and as whom SQS is
/// reached (region, credentials, an endpoint such as an emulator's) is the AWS SDK's standard configuration: the
/// <c>AWS</c> section (<c>AWS:Region</c>, <c>AWS:Profile</c>, <c>AWS:ServiceURL</c>), the <c>AWS_*</c> environment
/// variables and the default credential chain.
/// </summary>
internal sealed class SqsOptions
{
    public string? QueueUrl { get; set; }

    /// <summary>Where messages that can never be stored go, with a <c>VersionerError</c> attribute saying why.</summary>
    public string? ErrorQueueUrl { get; set; }

    /// <summary>No longer read (<c>AWS:ServiceURL</c> replaced it); bound only so that the validator can say so.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>No longer read (<c>AWS:Region</c> replaced it); bound only so that the validator can say so.</summary>
    public string? Region { get; set; }

    /// <summary>No longer read (the AWS SDK's credential chain replaced it); bound only so that the validator can say so.</summary>
    public string? AccessKeyId { get; set; }

    /// <summary>No longer read (the AWS SDK's credential chain replaced it); bound only so that the validator can say so.</summary>
    public string? SecretAccessKey { get; set; }

    /// <summary>Receive loops running in parallel.</summary>
    public int Consumers { get; set; } = IngestDefaults.SqsConsumers;

    /// <summary>Messages per receive (1 to 10).</summary>
    public int MaxMessages { get; set; } = IngestDefaults.SqsMaxMessages;

    /// <summary>Long-polling wait (0 to 20 s).</summary>
    public int WaitTimeSeconds { get; set; } = IngestDefaults.SqsWaitTimeSeconds;

    /// <summary>How long a received batch stays invisible to other consumers; extended while it is being stored.</summary>
    public int VisibilityTimeoutSeconds { get; set; } = IngestDefaults.SqsVisibilityTimeoutSeconds;

    /// <summary>After a transient failure, the message is retried after this delay, doubling per receive.</summary>
    public TimeSpan RetryDelay { get; set; } = IngestDefaults.SqsRetryDelay;

    public TimeSpan MaxRetryDelay { get; set; } = IngestDefaults.SqsMaxRetryDelay;

    public bool Enabled => !string.IsNullOrWhiteSpace(QueueUrl);
}
