using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Versioner.Tests.Spool;

/// <summary>
/// Records <c>versioner.client.spool.rejected</c> (meter <c>Versioner</c>): the <c>error.type</c> of each spooled
/// version moved aside. The meter is process-wide, so the tests using this run in <see cref="SpoolMetricsTests"/>,
/// alone.
/// </summary>
internal sealed class SpoolRejections : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<string> _kinds = new();

    public SpoolRejections()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Versioner" && instrument.Name == "versioner.client.spool.rejected")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "error.type")
                {
                    for (var i = 0; i < value; i++)
                    {
                        _kinds.Enqueue((string)tag.Value!);
                    }
                }
            }
        });
        _listener.Start();
    }

    /// <summary>The <c>error.type</c> of each rejection counted so far.</summary>
    public IReadOnlyList<string> Kinds => [.. _kinds];

    public void Dispose() => _listener.Dispose();
}

/// <summary>Tests that read the process-wide spool metrics run alone.</summary>
[CollectionDefinition(nameof(SpoolMetricsTests), DisableParallelization = true)]
public sealed class SpoolMetricsTests;
