using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Versioner.Tests.Infrastructure;

namespace Versioner.Tests.Telemetry;

/// <summary>
/// The service's OpenTelemetry wiring, configured only by the standard <c>OTEL_*</c> settings: exported over OTLP
/// (http/protobuf) to a collector stand-in that keeps what it receives, and not wired at all without an endpoint.
/// </summary>
[Collection(TelemetryRunsAlone.Name)]
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Without_an_otlp_endpoint_no_opentelemetry_is_wired()
    {
        // Empty overrides whatever the environment running the tests sets.
        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "",
            ["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"] = "",
            ["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"] = "",
            ["OTEL_EXPORTER_OTLP_LOGS_ENDPOINT"] = "",
        });

        server.Services.GetService<TracerProvider>().Should().BeNull();
        server.Services.GetService<MeterProvider>().Should().BeNull();
    }

    [Fact]
    public async Task With_an_otlp_endpoint_the_service_exports_its_spans_and_metrics_with_aspnetcore_and_runtime_ones()
    {
        await using var collector = await OtlpCollector.StartAsync();
        await using var server = await IngestServer.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_SERVICE_NAME"] = "ingest-under-test",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        });

        (await server.Client.PostAsync("/versions", IngestServer.Json(Messages.Upsert()))).StatusCode.Should().Be(HttpStatusCode.Created);

        await Eventually.TrueAsync(() => Task.FromResult(collector.Received("/v1/traces", "versioner.ingest") && collector.Received("/v1/traces", "POST /versions")),
            because: "the request's span and ASP.NET Core's are exported");
        await Eventually.TrueAsync(() => Task.FromResult(collector.Received("/v1/metrics", "versioner.ingest.commit_group.size")
            && collector.Received("/v1/metrics", "http.server.request.duration") && collector.Received("/v1/metrics", "dotnet.assembly.count")),
            because: "the service's, ASP.NET Core's and the runtime's metrics are exported");
        collector.Received("/v1/traces", "ingest-under-test").Should().BeTrue("OTEL_SERVICE_NAME names the service");
    }

    /// <summary>An OTLP/HTTP receiver on loopback that keeps the (protobuf) bodies it is sent, by path.</summary>
    private sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly ConcurrentQueue<(string Path, byte[] Body)> _received = new();
        private LoopbackEndpoint _server = null!;

        public Uri Address => _server.Url;

        public static async Task<OtlpCollector> StartAsync()
        {
            var collector = new OtlpCollector();
            collector._server = await LoopbackEndpoint.StartAsync(app => app.MapPost("/v1/{signal}", async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                collector._received.Enqueue((context.Request.Path.Value!, body.ToArray()));
                context.Response.ContentType = "application/x-protobuf";
                return Results.Ok();
            }));
            return collector;
        }

        /// <summary>Whether a body sent to <paramref name="path"/> holds <paramref name="text"/> (protobuf keeps strings as UTF-8).</summary>
        public bool Received(string path, string text)
        {
            var needle = Encoding.UTF8.GetBytes(text);
            return _received.Any(r => r.Path == path && r.Body.AsSpan().IndexOf(needle) >= 0);
        }

        public ValueTask DisposeAsync() => _server.DisposeAsync();
    }
}
