using Versioner.Client;
using Versioner.Client.Sqs;

namespace Versioner.Tests.Infrastructure;

/// <summary>
/// The SQS emulator (fauxqs on 127.0.0.1) the SQS tests run against: found through VERSIONER_SQS_ENDPOINT or the
/// endpoint file `bash .ci/sqs-emulator.sh start` writes. Each test makes queues of its own.
/// </summary>
public static class SqsEmulator
{
    public const string HowToStart = "start it with `bash .ci/sqs-emulator.sh start` (or set VERSIONER_SQS_ENDPOINT to an SQS endpoint on loopback)";

    private static readonly Lazy<(Uri? Endpoint, string Problem)> Probe = new(Find);

    /// <summary>The endpoint, or null with <see cref="Problem"/> saying why.</summary>
    public static Uri? Endpoint => Probe.Value.Endpoint;

    public static string Problem => Probe.Value.Problem;

    public static SqsConnectionOptions Connection => new()
    {
        ServiceUrl = Endpoint ?? throw new InvalidOperationException($"The SQS emulator is not reachable: {Problem}"),
        AccessKeyId = "test",
        SecretAccessKey = "test",
        Region = "us-east-1",
    };

    /// <summary>A client for the emulator (for queue set-up and inspection).</summary>
    internal static SqsClient Client() => SqsClient.Create(Connection.ServiceUrl!.ToString(), Connection);

    /// <summary>Creates a uniquely named queue (with a dead-letter queue after <paramref name="maxReceiveCount"/> receives when given).</summary>
    internal static async Task<(string Queue, string? DeadLetters)> CreateQueueAsync(SqsClient client, string name, int? maxReceiveCount = null, int visibilityTimeoutSeconds = 30)
    {
        var unique = $"{name}-{Guid.NewGuid():N}"[..Math.Min(80, name.Length + 33)];
        string? deadLetters = null;
        var attributes = new Dictionary<string, string> { ["VisibilityTimeout"] = visibilityTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (maxReceiveCount is { } max)
        {
            deadLetters = await client.CreateQueueAsync(unique + "-dlq", null, CancellationToken.None);
            var arn = (await client.GetQueueAttributesAsync(deadLetters, ["QueueArn"], CancellationToken.None))["QueueArn"];
            attributes["RedrivePolicy"] = $$"""{"deadLetterTargetArn":"{{arn}}","maxReceiveCount":"{{max}}"}""";
        }

        return (await client.CreateQueueAsync(unique, attributes, CancellationToken.None), deadLetters);
    }

    /// <summary>Every message now in a queue (received with a long visibility, so each is seen once).</summary>
    internal static async Task<IReadOnlyList<SqsMessage>> DrainAsync(SqsClient client, string queueUrl)
    {
        var all = new List<SqsMessage>();
        while (true)
        {
            var batch = await client.ReceiveMessagesAsync(queueUrl, 10, 0, 300, CancellationToken.None);
            if (batch.Count == 0)
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
