using System.Diagnostics;
using Amazon.SQS;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Telemetry;

/// <summary>The SQS adapter's spans and metrics against the SQS emulator, through the OpenTelemetry in-memory exporter.</summary>
[Collection(TelemetryRunsAlone.Name)]
public sealed class SqsTelemetryTests : IAsyncLifetime
{
    private IAmazonSQS _sqs = null!;
    private string _queue = null!;
    private string _errors = null!;

    private string QueueName => _queue[(_queue.LastIndexOf('/') + 1)..];

    public async Task InitializeAsync()
    {
        _sqs = SqsEmulator.Client();
        (_queue, _) = await SqsEmulator.CreateQueueAsync(_sqs, "telemetry");
        (_errors, _) = await SqsEmulator.CreateQueueAsync(_sqs, "telemetry-errors");
    }

    public Task DisposeAsync()
    {
        _sqs.Dispose();
        return Task.CompletedTask;
    }

    [SqsFact]
    public async Task A_batch_is_a_consumer_span_over_its_requests_and_messages_are_counted_received_deleted_and_dead_lettered()
    {
        using var telemetry = new TelemetryCapture();
        var stored = Guid.CreateVersion7();
        await _sqs.SendMessageAsync(_queue, Messages.Upsert(changes: ("versionId", $"\"{stored}\"")));
        await _sqs.SendMessageAsync(_queue, "this is not json");
        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?>(SqsEmulator.AwsSettings())
        {
            ["Versioner:Sqs:QueueUrl"] = _queue,
            ["Versioner:Sqs:ErrorQueueUrl"] = _errors,
            ["Versioner:Sqs:Consumers"] = "1",
            ["Versioner:Sqs:WaitTimeSeconds"] = "1",
        });

        await Eventually.TrueAsync(() => Task.FromResult(Sum(telemetry, "versioner.sqs.messages.deleted") == 2));

        Sum(telemetry, "messaging.client.consumed.messages").Should().Be(2);
        var deadLettered = telemetry.Collect("versioner.sqs.messages.dead_lettered").Where(p => (string?)p.Tag("messaging.destination.name") == QueueName).ToList();
        deadLettered.Should().ContainSingle().Which.Tag("error.type").Should().Be("urn:versioner:problem:malformed");
        deadLettered[0].GetSumLong().Should().Be(1);
        (await SqsEmulator.DrainAsync(_sqs, _errors)).Should().ContainSingle().Which.Body.Should().Be("this is not json");

        var spans = telemetry.Spans;
        var batches = spans.Where(s => s.DisplayName == $"process {QueueName}").ToList();
        batches.Should().NotBeEmpty().And.OnlyContain(s => s.Kind == ActivityKind.Consumer && (string?)s.GetTagItem("messaging.system") == "aws_sqs"
            && (string?)s.GetTagItem("messaging.destination.name") == QueueName);
        batches.Sum(s => (int)s.GetTagItem("messaging.batch.message_count")!).Should().Be(2);
        batches.Sum(s => (int)s.GetTagItem("versioner.sqs.dead_lettered")!).Should().Be(1);
        var request = spans.Should().ContainSingle(s => s.DisplayName == "versioner.ingest").Subject;
        request.GetTagItem("versioner.ingest.transport").Should().Be("sqs");
        request.GetTagItem("versioner.ingest.outcome").Should().Be("stored");
        batches.Select(s => s.SpanId).Should().Contain(request.ParentSpanId, "the request is stored within its batch's span");
    }

    private long Sum(TelemetryCapture telemetry, string metric) =>
        telemetry.Collect(metric).Where(p => (string?)p.Tag("messaging.destination.name") == QueueName).Sum(p => p.GetSumLong());
}
