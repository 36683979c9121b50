using System.Diagnostics;
using System.Globalization;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Versioner.Ingest.Bench;

/// <summary>The AWS SDK's SQS client against the emulator: the same client the service's consumer uses.</summary>
internal sealed class Sqs : IDisposable
{
    private readonly AmazonSQSClient _client;

    public Sqs(Uri endpoint)
    {
        _client = new AmazonSQSClient(new BasicAWSCredentials("test", "test"), new AmazonSQSConfig { ServiceURL = endpoint.ToString() });
    }

    /// <summary>
    /// The settings that point the service's SDK client at the emulator, credentials included: the standard <c>AWS</c>
    /// section, with a profile in a credentials file of the bench's own.
    /// </summary>
    public static Dictionary<string, string?> ServiceSettings(Uri endpoint)
    {
        var credentials = Path.Combine(Path.GetTempPath(), "versioner-bench-aws-credentials");
        File.WriteAllText(credentials, "[versioner-emulator]\naws_access_key_id = test\naws_secret_access_key = test\n");
        return new()
        {
            ["AWS:ServiceURL"] = endpoint.ToString(),
            ["AWS:Profile"] = "versioner-emulator",
            ["AWS:ProfilesLocation"] = credentials,
        };
    }

    public async Task<string> CreateQueueAsync(string name, Dictionary<string, string> attributes) =>
        (await _client.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = attributes })).QueueUrl;

    public Task SendAsync(string queueUrl, string body) => _client.SendMessageAsync(queueUrl, body);

    public async Task<Dictionary<string, string>> AttributesAsync(string queueUrl, params string[] names) =>
        (await _client.GetQueueAttributesAsync(queueUrl, [.. names])).Attributes ?? [];

    /// <summary>ReceiveMessage: (message id, receipt handle) pairs.</summary>
    public async Task<List<(string Id, string Handle)>> ReceiveAsync(string queueUrl, int max, int waitSeconds)
    {
        var response = await _client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, MaxNumberOfMessages = max, WaitTimeSeconds = waitSeconds });
        return (response.Messages ?? []).Select(m => (m.MessageId, m.ReceiptHandle)).ToList();
    }

    /// <summary>DeleteMessageBatch, in chunks of 10 (SQS's limit).</summary>
    public async Task DeleteAsync(string queueUrl, IEnumerable<(string Id, string Handle)> messages)
    {
        foreach (var chunk in messages.Chunk(10))
        {
            var entries = chunk.Select((m, i) => new DeleteMessageBatchRequestEntry(i.ToString(CultureInfo.InvariantCulture), m.Handle)).ToList();
            var response = await _client.DeleteMessageBatchAsync(queueUrl, entries);
            if (response.Failed is { Count: > 0 } failed)
            {
                throw new InvalidOperationException($"{failed.Count} deletes failed");
            }
        }
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>SQS throughput through the emulator: the bare receive+delete loop, and the service's consumer.</summary>
internal static class SqsBench
{
    public static async Task<Uri?> FindEmulatorAsync()
    {
        var configured = Environment.GetEnvironmentVariable("VERSIONER_SQS_ENDPOINT");
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Versioner.sln")))
        {
            directory = directory.Parent;
        }

        var file = directory is null ? null : Path.Combine(directory.FullName, ".ci", "out", "sqs-emulator.endpoint");
        var text = !string.IsNullOrWhiteSpace(configured) ? configured : file is not null && File.Exists(file) ? (await File.ReadAllTextAsync(file)).Trim() : null;
        if (text is null)
        {
            return null;
        }

        var endpoint = new Uri(text);
        if (!endpoint.IsLoopback)
        {
            Console.WriteLine($"SQS: {endpoint} is not on loopback; refusing to measure against it.");
            return null;
        }

        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            using var response = await http.GetAsync(new Uri(endpoint, "/health"));
            return response.IsSuccessStatusCode ? endpoint : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>A fresh queue holding <paramref name="count"/> messages (sent by 16 tasks, not timed).</summary>
    private static async Task<string> FilledQueueAsync(Sqs sqs, string name, int count)
    {
        var queue = await sqs.CreateQueueAsync($"{name}-{Guid.NewGuid():N}", new Dictionary<string, string> { ["VisibilityTimeout"] = "60" });
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) <= count)
            {
                await sqs.SendAsync(queue, HttpBench.UpsertWithId(n));
            }
        }));
        var visible = (await sqs.AttributesAsync(queue, "ApproximateNumberOfMessages"))["ApproximateNumberOfMessages"];
        if (visible != count.ToString(CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"queue holds {visible} messages, expected {count}");
        }

        return queue;
    }

    /// <summary>
    /// The emulator's own rate: <see cref="Sizes.SqsConsumers"/> loops of ReceiveMessage(10, long poll 1 s) +
    /// DeleteMessageBatch until every message is deleted. Nothing is parsed or stored.
    /// </summary>
    public static async Task<Result> RunBareAsync(Uri endpoint, Sizes sizes)
    {
        var name = $"SQS bare receive(10)+DeleteMessageBatch, {sizes.SqsConsumers} loops";
        Console.Write($"{name}: ");
        using var sqs = new Sqs(endpoint);
        var queue = await FilledQueueAsync(sqs, "bench-bare", sizes.SqsMessages);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long deleted = 0;
        await Task.WhenAll(Enumerable.Range(0, sizes.SqsConsumers).Select(async _ =>
        {
            while (Interlocked.Read(ref deleted) < sizes.SqsMessages && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                var batch = await sqs.ReceiveAsync(queue, 10, 1);
                if (batch.Count > 0)
                {
                    await sqs.DeleteAsync(queue, batch);
                    Interlocked.Add(ref deleted, batch.Count);
                }
            }
        }));
        var wall = clock.Elapsed;
        process.Refresh();
        var result = new Result(name, deleted, wall, process.TotalProcessorTime - cpuBefore, $"{sizes.SqsMessages:N0} messages pre-loaded; timed from the first receive to the last delete");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Rate:N0}/s"));
        return result;
    }

    /// <summary>
    /// The service's SQS adapter: the queue is filled first, then the service starts; timed from the end of its
    /// start to the moment the queue is empty (a message is deleted only after its version committed), polled every
    /// 20 ms. The stored count is checked in the database afterwards.
    /// </summary>
    public static async Task<Result> RunServiceAsync(Uri endpoint, Sizes sizes, string policy)
    {
        var name = $"service SQS consumer, {policy}, Consumers={sizes.SqsConsumers}";
        Console.Write($"{name}: ");
        using var sqs = new Sqs(endpoint);
        var queue = await FilledQueueAsync(sqs, $"bench-{policy.ToLowerInvariant()}", sizes.SqsMessages);
        var errors = await sqs.CreateQueueAsync($"bench-errors-{Guid.NewGuid():N}", new Dictionary<string, string>());
        var settings = Sqs.ServiceSettings(endpoint);
        settings["Versioner:Sqs:QueueUrl"] = queue;
        settings["Versioner:Sqs:ErrorQueueUrl"] = errors;
        settings["Versioner:Sqs:Consumers"] = sizes.SqsConsumers.ToString(CultureInfo.InvariantCulture);
        settings["Versioner:Sqs:WaitTimeSeconds"] = "1";
        var process = Process.GetCurrentProcess();
        var host = await Hosts.StartServiceAsync(policy, settings);
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        TimeSpan wall;
        TimeSpan cpu;
        long stored;
        try
        {
            while (true)
            {
                var attributes = await sqs.AttributesAsync(queue, "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible");
                if (attributes["ApproximateNumberOfMessages"] == "0" && attributes["ApproximateNumberOfMessagesNotVisible"] == "0")
                {
                    break;
                }

                if (clock.Elapsed > TimeSpan.FromMinutes(3))
                {
                    throw new TimeoutException($"the service did not drain {sizes.SqsMessages} messages in 3 minutes");
                }

                await Task.Delay(20);
            }

            wall = clock.Elapsed;
            process.Refresh();
            cpu = process.TotalProcessorTime - cpuBefore;
            stored = await host.CountStoredVersionsAsync();
        }
        finally
        {
            await host.DisposeAsync();
        }

        var errorCount = (await sqs.AttributesAsync(errors, "ApproximateNumberOfMessages"))["ApproximateNumberOfMessages"];
        var result = new Result(name, stored, wall, cpu,
            $"{sizes.SqsMessages:N0} messages pre-loaded; timed from service started to queue empty; {stored:N0} rows in ingest_versions, {errorCount} in the error queue");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Rate:N0} versions/s ({result.Detail})"));
        return result;
    }
}

/// <summary>What the run was on.</summary>
internal static class Machine
{
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?";
        return $"{Environment.ProcessorCount} logical CPUs ({cpu}), {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}";
    }
}
