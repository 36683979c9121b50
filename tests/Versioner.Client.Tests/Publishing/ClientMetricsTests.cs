using OpenTelemetry;
using OpenTelemetry.Metrics;
using Versioner.Client;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Spool;

namespace Versioner.Tests.Publishing;

/// <summary>The publisher's metrics, collected as an OpenTelemetry app would (the SDK's in-memory exporter).</summary>
[Collection(nameof(SpoolMetricsTests))]
public sealed class ClientMetricsTests : IDisposable
{
    private readonly string _spool = ClientFixtures.NewSpoolDirectory();
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly MeterProvider _metering;

    public ClientMetricsTests() =>
        _metering = Sdk.CreateMeterProviderBuilder().AddMeter("Versioner").AddInMemoryExporter(_metrics).Build();

    public void Dispose()
    {
        _metering.Dispose();
        if (Directory.Exists(_spool))
        {
            Directory.Delete(_spool, recursive: true);
        }
    }

    [Fact]
    public async Task Attempts_failures_and_the_spool_depth_follow_a_service_that_is_down_then_up()
    {
        var port = ClientFixtures.FreePort();
        await using var publisher = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{port}"), IngestServer.WriterKey,
            new VersionPublisherOptions { SpoolDirectory = _spool, MaxAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(10) });

        (await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 1))).Status.Should().Be(PublishStatus.Spooled);

        Collect();
        Sum("versioner.client.publish.attempts").Should().Be(2);
        var failures = Points("versioner.client.publish.failures").Should().ContainSingle().Subject;
        (Tag(failures, "error.type"), Tag(failures, "versioner.client.transport"), failures.GetSumLong())
            .Should().Be((typeof(HttpRequestException).FullName, "http", 2L));
        Points("versioner.client.spool.depth").Should().ContainSingle().Which.GetGaugeLastValueLong().Should().Be(1);

        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?> { ["Urls"] = $"http://127.0.0.1:{port}" });
        (await publisher.ResubmitSpooledAsync()).Sent.Should().Be(1);

        Collect();
        Sum("versioner.client.publish.attempts").Should().Be(3);
        Sum("versioner.client.publish.failures").Should().Be(2);
        Points("versioner.client.spool.depth").Should().ContainSingle().Which.GetGaugeLastValueLong().Should().Be(0);
    }

    [Fact]
    public async Task A_disposed_publishers_spool_is_no_longer_reported()
    {
        await using (var publisher = HttpVersionPublisher.Create(new Uri($"http://127.0.0.1:{ClientFixtures.FreePort()}"), IngestServer.WriterKey,
            new VersionPublisherOptions { SpoolDirectory = _spool, MaxAttempts = 1 }))
        {
            await publisher.PublishAsync(ClientFixtures.Invoice(Guid.CreateVersion7(), 1));
            Collect();
            Points("versioner.client.spool.depth").Should().ContainSingle().Which.GetGaugeLastValueLong().Should().Be(1);
        }

        Collect();
        Points("versioner.client.spool.depth").Should().BeEmpty();
    }

    private void Collect()
    {
        _metrics.Clear();
        _metering.ForceFlush();
    }

    private List<MetricPoint> Points(string name) => _metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints).ToList();

    private long Sum(string name) => Points(name).Sum(p => p.GetSumLong());

    private static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }
}
