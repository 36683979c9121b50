using System.Globalization;
using Amazon.Extensions.NETCore.Setup;
using Amazon.SQS;
using Amazon.SQS.Model;
using Microsoft.Extensions.Configuration;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// The SQS emulator (fauxqs on 127.0.0.1) the SQS tests run against: found through VERSIONER_SQS_ENDPOINT or the
/// endpoint file `bash .ci/sqs-emulator.sh start` writes. Each test makes queues of its own.
/// </summary>
public static class SqsEmulator
{
    public const string HowToStart = "start it with `bash .ci/sqs-emulator.sh start` (or set VERSIONER_SQS_ENDPOINT to an SQS endpoint on loopback)";

    private const string Profile = "versioner-emulator";

    private static readonly Lazy<(Uri? Endpoint, string Problem)> Probe = new(Find);

    private static readonly Lazy<string> CredentialsFile = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"versioner-test-aws-credentials-{Environment.ProcessId}");
        File.WriteAllText(path, $"[{Profile}]\naws_access_key_id = test\naws_secret_access_key = test\n");
        return path;
    });

    /// <summary>The endpoint, or null with <see cref="Problem"/> saying why.</summary>
    public static Uri? Endpoint => Probe.Value.Endpoint;

    public static string Problem => Probe.Value.Problem;

    /// <summary>
    /// The standard AWS configuration (the <c>AWS</c> section) pointing at the emulator: its endpoint as
    /// <c>ServiceURL</c>, and credentials through a profile in a credentials file of the tests' own.
    /// </summary>
    public static Dictionary<string, string?> AwsSettings() =>
        AwsSettings(Endpoint ?? throw new InvalidOperationException($"The SQS emulator is not reachable: {Problem}"));

    /// <summary>The standard AWS configuration pointing at <paramref name="serviceUrl"/>, with the emulator's credentials.</summary>
    public static Dictionary<string, string?> AwsSettings(Uri serviceUrl) => new()
    {
        ["AWS:ServiceURL"] = serviceUrl.ToString(),
        ["AWS:Region"] = "us-east-1",
        ["AWS:Profile"] = Profile,
        ["AWS:ProfilesLocation"] = CredentialsFile.Value,
    };

    /// <summary><see cref="AwsSettings"/> read the way an application reads them (<c>configuration.GetAWSOptions()</c>).</summary>
    public static AWSOptions AwsOptions() => new ConfigurationBuilder().AddInMemoryCollection(AwsSettings()).Build().GetAWSOptions();

    /// <summary>A client for the emulator (for queue set-up and inspection).</summary>
    public static IAmazonSQS Client() => AwsOptions().CreateServiceClient<IAmazonSQS>();

    /// <summary>Creates a uniquely named queue (with a dead-letter queue after <paramref name="maxReceiveCount"/> receives, and a <c>MaximumMessageSize</c>, when given).</summary>
    public static async Task<(string Queue, string? DeadLetters)> CreateQueueAsync(IAmazonSQS client, string name, int? maxReceiveCount = null, int visibilityTimeoutSeconds = 30, int? maximumMessageSize = null)
    {
        var unique = $"{name}-{Guid.NewGuid():N}"[..Math.Min(80, name.Length + 33)];
        string? deadLetters = null;
        var attributes = new Dictionary<string, string> { [QueueAttributeName.VisibilityTimeout] = visibilityTimeoutSeconds.ToString(CultureInfo.InvariantCulture) };
        if (maximumMessageSize is { } size)
        {
            attributes[QueueAttributeName.MaximumMessageSize] = size.ToString(CultureInfo.InvariantCulture);
        }

        if (maxReceiveCount is { } max)
        {
            deadLetters = (await client.CreateQueueAsync(unique + "-dlq")).QueueUrl;
            var arn = (await client.GetQueueAttributesAsync(deadLetters, [QueueAttributeName.QueueArn])).Attributes[QueueAttributeName.QueueArn];
            attributes[QueueAttributeName.RedrivePolicy] = $$"""{"deadLetterTargetArn":"{{arn}}","maxReceiveCount":"{{max}}"}""";
        }

        return ((await client.CreateQueueAsync(new CreateQueueRequest { QueueName = unique, Attributes = attributes })).QueueUrl, deadLetters);
    }

    /// <summary>Every message now in a queue, with its attributes (received with a long visibility, so each is seen once).</summary>
    public static async Task<IReadOnlyList<Message>> DrainAsync(IAmazonSQS client, string queueUrl)
    {
        var all = new List<Message>();
        while (true)
        {
            var response = await client.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queueUrl,
                MaxNumberOfMessages = 10,
                WaitTimeSeconds = 0,
                VisibilityTimeout = 300,
                MessageAttributeNames = ["All"],
                MessageSystemAttributeNames = ["All"],
            });
            if (response.Messages is not { Count: > 0 } batch) // null when the queue is empty (v4 SDK)
            {
                return all;
            }

            all.AddRange(batch);
        }
    }

    private static (Uri?, string) Find()
    {
        var configured = Environment.GetEnvironmentVariable("VERSIONER_SQS_ENDPOINT");
        var file = Path.Combine(RepositoryRoot.Path, ".ci", "out", "sqs-emulator.endpoint");
        var text = !string.IsNullOrWhiteSpace(configured) ? configured : File.Exists(file) ? File.ReadAllText(file).Trim() : null;
        if (text is null)
        {
            return (null, $"no endpoint: VERSIONER_SQS_ENDPOINT is not set and {file} does not exist; {HowToStart}");
        }

        var endpoint = new Uri(text);
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            using var response = http.GetAsync(new Uri(endpoint, "/health")).GetAwaiter().GetResult();
            return response.IsSuccessStatusCode ? (endpoint, "") : (null, $"{endpoint} answered {(int)response.StatusCode} to /health; {HowToStart}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (null, $"nothing answers at {endpoint} ({ex.Message}); {HowToStart}");
        }
    }
}
