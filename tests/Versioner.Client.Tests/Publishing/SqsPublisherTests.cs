using System.Net;
using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
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

    private static Dictionary<string, string?> Consuming(string queue) => new(SqsEmulator.AwsSettings())
    {
        ["Versioner:Sqs:QueueUrl"] = queue,
        ["Versioner:Sqs:WaitTimeSeconds"] = "1",
    };

    [SqsFact]
    public async Task A_published_version_reaches_the_service_through_the_queue()
    {
        using var sqs = SqsEmulator.Client();
        var (queue, _) = await SqsEmulator.CreateQueueAsync(sqs, "publish");
        await using var server = await IngestServer.StartAsync(Consuming(queue));
        await using var publisher = SqsVersionPublisher.Create(queue, SqsEmulator.AwsOptions(), Options());

        var result = await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 5));

        result.Status.Should().Be(PublishStatus.Acknowledged);
        await Eventually.TrueAsync(async () => (await server.Client.GetAsync($"/versions/{result.VersionId}")).StatusCode == HttpStatusCode.OK);
    }

    [SqsFact]
    public async Task An_sqs_outage_spools_and_the_spool_reaches_the_service_later()
    {
        using var sqs = SqsEmulator.Client();
        var (queue, _) = await SqsEmulator.CreateQueueAsync(sqs, "publish");
        var unreachable = SqsEmulator.AwsOptions();
        unreachable.DefaultClientConfig.ServiceURL = $"http://127.0.0.1:{ClientFixtures.FreePort()}";
        PublishResult spooled;
        await using (var down = SqsVersionPublisher.Create(queue, unreachable, Options()))
        {
            spooled = await down.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 5));
        }

        await using var server = await IngestServer.StartAsync(Consuming(queue));
        await using var up = SqsVersionPublisher.Create(queue, SqsEmulator.AwsOptions(), Options());
        var resubmitted = await up.ResubmitSpooledAsync();

        spooled.Status.Should().Be(PublishStatus.Spooled);
        resubmitted.Sent.Should().Be(1);
        await Eventually.TrueAsync(async () => (await server.Client.GetAsync($"/versions/{spooled.VersionId}")).StatusCode == HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_sdk_client_does_not_retry_on_top_of_the_publishers_attempts()
    {
        await using var sqs = await FailingSqsEndpoint.StartAsync();
        var aws = new AWSOptions { Credentials = new BasicAWSCredentials("test", "test") };
        aws.DefaultClientConfig.ServiceURL = sqs.Url.ToString();
        await using var publisher = SqsVersionPublisher.Create($"{sqs.Url}000000000000/versions", aws, Options());

        var result = await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 5));

        result.Status.Should().Be(PublishStatus.Spooled);
        sqs.Calls.Should().Be(2, "MaxAttempts is 2, and the SDK's own retries (3 attempts per call by default) are off");
    }
}
