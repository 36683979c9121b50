namespace Versioner.Client;

/// <summary>Where and as whom to reach SQS.</summary>
public sealed class SqsConnectionOptions
{
    /// <summary>
    /// The SQS endpoint, like <c>https://sqs.eu-west-1.amazonaws.com</c>. Default: the scheme and host of the queue URL.
    /// </summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>The signing region. Default <c>us-east-1</c>.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>An access key id; with <see cref="SecretAccessKey"/>. When both are null the AWS SDK's default chain is used (environment, profile, instance role).</summary>
    public string? AccessKeyId { get; set; }

    /// <summary>The secret for <see cref="AccessKeyId"/>.</summary>
    public string? SecretAccessKey { get; set; }

    /// <summary>Timeout of one HTTP call (a long poll adds its wait to this). Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
