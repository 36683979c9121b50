using System.Net;
using Versioner.Client;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Publishing;

public sealed class SqsPublisherTests : IDisposable
{
    private readonly string _spool = ClientFixtures.NewSpoolDirectory();

    public void Dispose()
    {
        if (Directory.Exists(_spool))
        {
            Directory.Delete(_spool, recursive: true);
        }
    }

    private VersionPublisherOptions Options() => new() { SpoolDirectory = _spool, MaxAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(10), ResubmitInterval = null };

    private static Dictionary<string, string?> Consuming(string queue) => new()
    {
        ["Versioner:Sqs:QueueUrl"] = queue,
        ["Versioner:Sqs:ServiceUrl"] = SqsEmulator.Endpoint!.ToString(),
        ["Versioner:Sqs:AccessKeyId"] = "test",
        ["Versioner:Sqs:SecretAccessKey"] = "test",
        ["Versioner:Sqs:WaitTimeSeconds"] = "1",
    };

    [SqsFact]
    public async Task A_published_version_reaches_the_service_through_the_queue()
    {
        using var sqs = SqsEmulator.Client();
        var (queue, _) = await SqsEmulator.CreateQueueAsync(sqs, "publish");
        await using var server = await IngestServer.StartAsync(Consuming(queue));
        await using var publisher = new SqsVersionPublisher(queue, SqsEmulator.Connection, Options());

        var result = await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 5));

        result.Status.Should().Be(PublishStatus.Acknowledged);
        await Eventually.TrueAsync(async () => (await server.Client.GetAsync($"/versions/{result.VersionId}")).StatusCode == HttpStatusCode.OK);
    }

    [SqsFact]
    public async Task An_sqs_outage_spools_and_the_spool_reaches_the_service_later()
    {
        using var sqs = SqsEmulator.Client();
        var (queue, _) = await SqsEmulator.CreateQueueAsync(sqs, "publish");
        var unreachable = SqsEmulator.Connection;
        unreachable.ServiceUrl = new Uri($"http://127.0.0.1:{ClientFixtures.FreePort()}");
        PublishResult spooled;
        await using (var down = new SqsVersionPublisher(queue, unreachable, Options()))
        {
            spooled = await down.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 5));
        }

        await using var server = await IngestServer.StartAsync(Consuming(queue));
        await using var up = new SqsVersionPublisher(queue, SqsEmulator.Connection, Options());
        var resubmitted = await up.ResubmitSpooledAsync();

        spooled.Status.Should().Be(PublishStatus.Spooled);
        resubmitted.Sent.Should().Be(1);
        await Eventually.TrueAsync(async () => (await server.Client.GetAsync($"/versions/{spooled.VersionId}")).StatusCode == HttpStatusCode.OK);
    }
}
