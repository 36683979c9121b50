using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Versioner.Tests.Publishing;

/// <summary>
/// Collects spans as an OpenTelemetry app would (the SDK's in-memory exporter): source <c>Versioner</c>, HttpClient's
/// (<c>System.Net.Http</c>) and the in-process service's ASP.NET Core spans. Sources are process-wide, so a test reads
/// the spans of its own trace (<see cref="InTrace"/>).
/// </summary>
internal sealed class SpanCapture : IDisposable
{
    private readonly List<Activity> _spans = [];
    private readonly TracerProvider _tracing;

    public SpanCapture() =>
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource("Versioner", "System.Net.Http", "Microsoft.AspNetCore")
            .AddInMemoryExporter(_spans)
            .Build();

    /// <summary>The span named <paramref name="name"/> tagged with <paramref name="versionId"/>: the one this test started.</summary>
    public Activity Single(string name, Guid versionId) =>
        Ended().Should().ContainSingle(s => s.DisplayName == name && (string?)s.GetTagItem("versioner.version.id") == versionId.ToString()).Subject;

    public IReadOnlyList<Activity> InTrace(ActivityTraceId traceId) => Ended().Where(s => s.TraceId == traceId).ToList();

    public IReadOnlyList<Activity> ChildrenOf(Activity parent) => Ended().Where(s => s.TraceId == parent.TraceId && s.ParentSpanId == parent.SpanId).ToList();

    public IReadOnlyList<Activity> Ended()
    {
        _tracing.ForceFlush();
        lock (_spans)
        {
            return [.. _spans];
        }
    }

    public void Dispose() => _tracing.Dispose();
}
