using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Versioner.Tests.Telemetry;

/// <summary>The meter's instruments are process-wide: the tests reading them run alone, so the numbers are their own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryRunsAlone
{
    public const string Name = "Telemetry";
}

/// <summary>
/// Collects source and meter <c>Versioner</c> as an OpenTelemetry app would, into the SDK's in-memory exporter. Each
/// <see cref="Collect"/> exports a snapshot of every metric, so a gauge is read as it was at that moment.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly TracerProvider _tracing;
    private readonly MeterProvider _metering;
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];

    public TelemetryCapture()
    {
        _tracing = Sdk.CreateTracerProviderBuilder().AddSource(VersionerDiagnostics.ActivitySourceName).AddInMemoryExporter(_spans).Build();
        _metering = Sdk.CreateMeterProviderBuilder().AddMeter(VersionerDiagnostics.MeterName).AddInMemoryExporter(_metrics).Build();
    }

    public IReadOnlyList<Activity> Spans
    {
        get
        {
            _tracing.ForceFlush();
            lock (_spans)
            {
                return [.. _spans];
            }
        }
    }

    /// <summary>Exports the metrics now and returns the points of <paramref name="name"/> as of this export.</summary>
    public IReadOnlyList<MetricPoint> Collect(string name)
    {
        lock (_metrics)
        {
            _metrics.Clear();
        }

        _metering.ForceFlush();
        lock (_metrics)
        {
            return _metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints).ToArray();
        }
    }

    public void Dispose()
    {
        _tracing.Dispose();
        _metering.Dispose();
    }
}

internal static class MetricPointExtensions
{
    public static object? Tag(this MetricPoint point, string key)
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
