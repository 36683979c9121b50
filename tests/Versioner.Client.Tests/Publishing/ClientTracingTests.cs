using System.Diagnostics;
using System.Net;
using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using Amazon.SQS.Model;
using Versioner.Client;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Publishing;

/// <summary>
/// The publisher's spans (source <c>Versioner</c>), collected through the OpenTelemetry in-memory exporter, and the
/// trace context that reaches the ingest service over HTTP (<c>traceparent</c> header) and SQS (message attribute).
/// </summary>
public sealed class ClientTracingTests : IDisposable
{
    private readonly string _spool = ClientFixtures.NewSpoolDirectory();
    private readonly SpanCapture _spans = new();

    public void Dispose()
    {
        _spans.Dispose();
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

    private static string QueueName(string queueUrl) => queueUrl[(queueUrl.LastIndexOf('/') + 1)..];

    [Fact]
    public async Task An_http_publish_is_a_span_over_its_request_and_the_service_continues_its_trace()
    {
        await using var server = await IngestServer.StartAsync();
        await using var publisher = HttpVersionPublisher.Create(server.BaseAddress, IngestServer.WriterKey, Options());

        var result = await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 10));

        var publish = _spans.Single("versioner.client.publish", result.VersionId);
        (publish.Kind, publish.Status).Should().Be((ActivityKind.Internal, ActivityStatusCode.Unset));
        publish.GetTagItem("versioner.client.transport").Should().Be("http");
        publish.GetTagItem("versioner.client.publish.status").Should().Be("acknowledged");
        publish.GetTagItem("versioner.entity_type").Should().Be("Invoice");
        var request = _spans.ChildrenOf(publish).Should().ContainSingle("HttpClient's span is the attempt; the client adds none of its own").Subject;
        (request.Source.Name, request.Kind).Should().Be(("System.Net.Http", ActivityKind.Client));
        await Eventually.TrueAsync(() => Task.FromResult(_spans.InTrace(publish.TraceId).Any(s => s.DisplayName == "versioner.ingest")));
        var served = _spans.InTrace(publish.TraceId).Should().ContainSingle(s => s.Source.Name == "Microsoft.AspNetCore").Subject;
        served.ParentSpanId.Should().Be(request.SpanId, "the request carried the attempt's traceparent to the service");
    }

    [Fact]
    public async Task An_outage_shows_failed_attempts_and_a_spool_write_then_a_resubmission()
    {
        var port = ClientFixtures.FreePort();
        await using var publisher = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{port}"), IngestServer.WriterKey, Options());

        var result = await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 10));

        var publish = _spans.Single("versioner.client.publish", result.VersionId);
        (publish.Status, publish.GetTagItem("versioner.client.publish.status")).Should().Be((ActivityStatusCode.Unset, "spooled"), "a spooled version is held, not lost");
        var children = _spans.ChildrenOf(publish);
        children.Where(s => s.Source.Name == "System.Net.Http").Should().HaveCount(2).And.OnlyContain(s => s.Status == ActivityStatusCode.Error);
        children.Should().ContainSingle(s => s.DisplayName == "versioner.client.spool.write")
            .Which.GetTagItem("versioner.version.id").Should().Be(result.VersionId.ToString());

        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Urls"] = $"http://127.0.0.1:{port}" });
        (await publisher.ResubmitSpooledAsync()).Sent.Should().Be(1);

        var resubmit = _spans.Ended().Where(s => s.DisplayName == "versioner.client.spool.resubmit").Should()
            .ContainSingle(s => _spans.ChildrenOf(s).Any(c => c.Source.Name == "System.Net.Http" && c.GetTagItem("url.full")!.ToString()!.Contains(result.VersionId.ToString(), StringComparison.Ordinal))).Subject;
        (resubmit.GetTagItem("versioner.client.spool.sent"), resubmit.GetTagItem("versioner.client.spool.remaining"), resubmit.GetTagItem("versioner.client.spool.rejected"))
            .Should().Be((1, 0, 0));
        resubmit.TraceId.Should().NotBe(publish.TraceId);
    }

    [Fact]
    public async Task The_background_resubmitter_starts_traces_of_its_own()
    {
        var port = ClientFixtures.FreePort();
        PublishResult spooled;
        HttpVersionPublisher publisher;
        using (var request = new Activity("the application's request") { ActivityTraceFlags = ActivityTraceFlags.Recorded }.Start())
        {
            // Created under the request: the resubmitter's loop must not inherit it.
            publisher = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{port}"), IngestServer.WriterKey, new VersionPublisherOptions { SpoolDirectory = _spool, MaxAttempts = 1, ResubmitInterval = TimeSpan.FromMilliseconds(100) });
            spooled = await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 10));
            _spans.Single("versioner.client.publish", spooled.VersionId).ParentSpanId.Should().Be(request.SpanId);
        }

        await using var _ = publisher;
        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Urls"] = $"http://127.0.0.1:{port}" });
        // This publisher's resubmission: the one whose request sent this test's version (the listener also sees the
        // spans of tests running at the same time).
        bool Resent(Activity s) => s.DisplayName == "versioner.client.spool.resubmit" && (int?)s.GetTagItem("versioner.client.spool.sent") == 1
            && _spans.ChildrenOf(s).Any(c => c.Source.Name == "System.Net.Http" && c.GetTagItem("url.full")!.ToString()!.Contains(spooled.VersionId.ToString(), StringComparison.Ordinal));
        await Eventually.TrueAsync(() => Task.FromResult(_spans.Ended().Any(Resent)));

        var resubmit = _spans.Ended().Single(Resent);
        resubmit.ParentSpanId.Should().Be(default(ActivitySpanId), "a resubmission is no part of the request that was running when the publisher was made");
    }

    [Fact]
    public async Task A_refused_version_is_an_error_span()
    {
        await using var server = await IngestServer.StartAsync();
        await using var publisher = HttpVersionPublisher.Create(server.BaseAddress, IngestServer.WriterKey, Options());
        var versionId = Guid.CreateVersion7();

        var act = () => publisher.PublishAsync(ClientFixtures.Invoice(Guid.Empty, 10, versionId));

        var error = (await act.Should().ThrowAsync<VersionRejectedException>()).Which;
        var publish = _spans.Single("versioner.client.publish", versionId);
        (publish.Status, publish.StatusDescription).Should().Be((ActivityStatusCode.Error, error.Message));
        publish.GetTagItem("error.type").Should().Be("rejected");
        publish.GetTagItem("versioner.client.publish.status").Should().Be("rejected");
    }

    [Fact]
    public async Task A_spooled_version_the_service_refuses_is_an_error_span_within_the_resubmission()
    {
        var port = ClientFixtures.FreePort();
        var versionId = Guid.CreateVersion7();
        var invoice = Guid.CreateVersion7();
        await using var publisher = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{port}"), IngestServer.WriterKey, Options());
        await publisher.PublishAsync(ClientFixtures.Invoice(invoice, 1, versionId));
        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Urls"] = $"http://127.0.0.1:{port}" });
        await server.PutAsync(versionId, Messages.Upsert(invoice, data: """{"total": 99}""")); // the id now names other content

        var rejected = (await publisher.ResubmitSpooledAsync()).Rejected.Should().ContainSingle().Subject;

        var reject = _spans.Single("versioner.client.spool.reject", versionId);
        (reject.Status, reject.StatusDescription, reject.GetTagItem("error.type")).Should().Be((ActivityStatusCode.Error, rejected.Reason, "refused"));
        var resubmit = _spans.Ended().Should().ContainSingle(s => s.SpanId == reject.ParentSpanId).Subject;
        resubmit.DisplayName.Should().Be("versioner.client.spool.resubmit");
        resubmit.GetTagItem("versioner.client.spool.rejected").Should().Be(1);
    }

    [SqsFact]
    public async Task An_sqs_send_is_a_producer_span_whose_context_the_message_carries()
    {
        using var sqs = SqsEmulator.Client();
        var (queue, _) = await SqsEmulator.CreateQueueAsync(sqs, "traced");
        await using var publisher = SqsVersionPublisher.Create(queue, SqsEmulator.AwsOptions(), Options());

        var result = await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 5));

        var publish = _spans.Single("versioner.client.publish", result.VersionId);
        publish.GetTagItem("versioner.client.transport").Should().Be("sqs");
        var send = _spans.Single($"send {QueueName(queue)}", result.VersionId);
        (send.Kind, send.Status, send.ParentSpanId).Should().Be((ActivityKind.Producer, ActivityStatusCode.Unset, publish.SpanId));
        send.GetTagItem("messaging.system").Should().Be("aws_sqs");
        send.GetTagItem("messaging.operation.type").Should().Be("send");
        send.GetTagItem("messaging.destination.name").Should().Be(QueueName(queue));
        var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queue, MessageAttributeNames = ["All"], WaitTimeSeconds = 1 });
        var message = received.Messages.Should().ContainSingle().Subject;
        send.GetTagItem("messaging.message.id").Should().Be(message.MessageId);
        ActivityContext.TryParse(message.MessageAttributes["traceparent"].StringValue, null, out var carried).Should().BeTrue();
        (carried.TraceId, carried.SpanId, carried.TraceFlags.HasFlag(ActivityTraceFlags.Recorded)).Should().Be((send.TraceId, send.SpanId, true));
    }

    [SqsFact]
    public async Task The_services_batch_span_links_to_the_send_of_each_message()
    {
        using var sqs = SqsEmulator.Client();
        var (queue, _) = await SqsEmulator.CreateQueueAsync(sqs, "traced");
        await using var publisher = SqsVersionPublisher.Create(queue, SqsEmulator.AwsOptions(), Options());
        var first = await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 5));
        var second = await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 6));
        var sends = new[] { first, second }.Select(r => _spans.Single($"send {QueueName(queue)}", r.VersionId)).Select(s => (s.TraceId, s.SpanId)).ToArray();

        await using var server = await IngestServer.StartAsync(Consuming(queue));

        await Eventually.TrueAsync(async () => (await server.Client.GetAsync($"/versions/{second.VersionId}")).StatusCode == HttpStatusCode.OK
            && (await server.Client.GetAsync($"/versions/{first.VersionId}")).StatusCode == HttpStatusCode.OK);
        var batches = _spans.Ended().Where(s => s.DisplayName == $"process {QueueName(queue)}").ToList();
        batches.SelectMany(b => b.Links).Select(l => (l.Context.TraceId, l.Context.SpanId)).Should().BeEquivalentTo(sends, "each message links its batch to the span that sent it");
        batches.Should().OnlyContain(b => b.Kind == ActivityKind.Consumer);
    }

    [Fact]
    public async Task A_failed_sqs_send_is_an_error_span()
    {
        var unreachable = new AWSOptions { Credentials = new BasicAWSCredentials("test", "test") };
        unreachable.DefaultClientConfig.ServiceURL = $"http://127.0.0.1:{ClientFixtures.FreePort()}";
        await using var publisher = SqsVersionPublisher.Create($"{unreachable.DefaultClientConfig.ServiceURL}/000000000000/versions", unreachable, Options());

        var result = await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 5));

        result.Status.Should().Be(PublishStatus.Spooled);
        var sends = _spans.Ended().Where(s => s.DisplayName == "send versions" && (string?)s.GetTagItem("versioner.version.id") == result.VersionId.ToString()).ToList();
        sends.Should().HaveCount(2).And.OnlyContain(s => s.Status == ActivityStatusCode.Error && s.GetTagItem("error.type") != null);
    }
}
