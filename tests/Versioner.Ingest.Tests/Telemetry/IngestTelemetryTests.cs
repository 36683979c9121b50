using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Versioner.Ingest.Pipeline;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Telemetry;

/// <summary>The ingest service's spans and metrics over real HTTP, through the OpenTelemetry in-memory exporter.</summary>
[Collection(TelemetryRunsAlone.Name)]
public sealed class IngestTelemetryTests
{
    [Fact]
    public async Task Each_request_is_a_span_with_its_transport_operation_entity_type_batch_size_and_outcome()
    {
        using var telemetry = new TelemetryCapture();
        await using var server = await IngestServer.StartAsync();
        var missing = Guid.CreateVersion7();

        (await server.Client.PostAsync("/versions", IngestServer.Json(Messages.Upsert()))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await server.Client.PostAsync("/versions/batch", IngestServer.Json(Messages.Batch(Messages.Upsert(), Messages.Upsert())))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await server.Client.PostAsync("/versions", IngestServer.Json(Messages.Delete(missing)))).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var spans = telemetry.Spans.Where(s => s.DisplayName == "versioner.ingest").ToList();
        spans.Should().HaveCount(3);
        spans.Should().OnlyContain(s => (string?)s.GetTagItem("versioner.ingest.transport") == "http" && (string?)s.GetTagItem("versioner.entity_type") == "Invoice");
        spans.Select(s => (s.GetTagItem("versioner.operation"), s.GetTagItem("versioner.ingest.batch.size"), s.GetTagItem("versioner.ingest.outcome"), s.GetTagItem("error.type")))
            .Should().Equal(("upsert", 1, "stored", null), ("upsert", 2, "stored", null), ("delete", 1, "refused", nameof(IngestRefusalKind.NotFound)));
        spans.Should().OnlyContain(s => s.Status != ActivityStatusCode.Error, "a refusal is the caller's mistake, not the service's failure");
    }

    [Fact]
    public async Task A_request_that_fails_is_a_span_with_status_error_and_the_exception()
    {
        using var telemetry = new TelemetryCapture();
        await using var server = await IngestServer.StartAsync(services: s => s.AddSingleton(new IngestHooks { InTransaction = _ => throw new TimeoutException("database busy") }));

        (await server.Client.PostAsync("/versions", IngestServer.Json(Messages.Upsert()))).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);

        var span = telemetry.Spans.Should().ContainSingle(s => s.DisplayName == "versioner.ingest").Subject;
        span.Status.Should().Be(ActivityStatusCode.Error);
        span.GetTagItem("versioner.ingest.outcome").Should().Be("error");
        span.GetTagItem("error.type").Should().Be(typeof(TimeoutException).FullName);
        span.Events.Should().Contain(e => e.Name == "exception");
    }

    [Fact]
    public async Task The_queue_depth_gauge_counts_requests_waiting_and_the_group_size_histogram_the_requests_sharing_a_transaction()
    {
        using var telemetry = new TelemetryCapture();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hooks = new IngestHooks
        {
            InTransaction = async _ =>
            {
                held.TrySetResult();
                await release.Task;
            },
        };
        await using var server = await IngestServer.StartAsync(services: s => s.AddSingleton(hooks));
        var writer = server.Services.GetRequiredService<IngestWriter>();

        var first = server.Client.PostAsync("/versions", IngestServer.Json(Messages.Upsert()));
        await held.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var queued = new[] { Messages.Upsert(), Messages.Upsert() }.Select(m => server.Client.PostAsync("/versions", IngestServer.Json(m))).ToArray();
        await Eventually.TrueAsync(() => Task.FromResult(writer.Queued == 2));

        telemetry.Collect("versioner.ingest.queue.depth").Should().ContainSingle().Which.GetGaugeLastValueLong().Should().Be(2);

        release.SetResult();
        (await first).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Task.WhenAll(queued)).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Created);
        telemetry.Collect("versioner.ingest.queue.depth").Should().ContainSingle().Which.GetGaugeLastValueLong().Should().Be(0);
        var group = telemetry.Collect("versioner.ingest.commit_group.size").Should().ContainSingle().Subject;
        group.GetHistogramCount().Should().Be(2, "the first request alone, then the two that queued behind it together");
        group.GetHistogramSum().Should().Be(3);
        group.TryGetHistogramMinMaxValues(out var min, out var max).Should().BeTrue();
        (min, max).Should().Be((1d, 2d));
    }
}
