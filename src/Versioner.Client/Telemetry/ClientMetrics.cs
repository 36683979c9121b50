using System.Diagnostics.Metrics;
using Versioner.Client.Spool;

namespace Versioner.Client.Telemetry;

/// <summary>
/// The client's instruments, on a meter named like the engine's and the service's (<c>Versioner</c>), so one
/// <c>AddMeter("Versioner")</c> collects them all. docs/ingest.md lists them.
/// </summary>
internal static class ClientMetrics
{
    public const string MeterName = "Versioner";

    private static readonly Meter Meter = new(MeterName, typeof(ClientMetrics).Assembly.GetName().Version?.ToString());
    private static readonly List<VersionSpool> Spools = [];

    /// <summary>
    /// Spooled versions moved to <c>rejected/</c>; <c>error.type</c> says why: <c>refused</c> by the service, or the
    /// damage found in the file (<c>checksum_mismatch</c>, <c>truncated</c>, <c>id_mismatch</c>, <c>null</c>...).
    /// </summary>
    public static readonly Counter<long> Rejected = Meter.CreateCounter<long>(
        "versioner.client.spool.rejected", "{version}", "Spooled versions moved to the spool's rejected folder, by error.type.");

    /// <summary>Sends of a version to the service (first tries, retries and resubmissions), by <c>versioner.client.transport</c>.</summary>
    public static readonly Counter<long> PublishAttempts = Meter.CreateCounter<long>(
        "versioner.client.publish.attempts", "{attempt}", "Sends of a version to the ingest service, retries and resubmissions included.");

    /// <summary>
    /// Sends that did not store the version, by <c>versioner.client.transport</c> and <c>error.type</c>:
    /// <c>rejected</c> by the service, or the failure's exception type (retried, then spooled).
    /// </summary>
    public static readonly Counter<long> PublishFailures = Meter.CreateCounter<long>(
        "versioner.client.publish.failures", "{attempt}", "Sends of a version that the ingest service did not acknowledge, by error.type.");

    static ClientMetrics()
    {
        Meter.CreateObservableGauge("versioner.client.spool.depth", SpoolDepth, "{version}", "Versions waiting in the publisher's spool.");
    }

    /// <summary>Counts <paramref name="spool"/>'s versions in <c>versioner.client.spool.depth</c> until <see cref="Forget"/>.</summary>
    public static void Observe(VersionSpool spool)
    {
        lock (Spools)
        {
            Spools.Add(spool);
        }
    }

    /// <summary>Stops counting <paramref name="spool"/>.</summary>
    public static void Forget(VersionSpool spool)
    {
        lock (Spools)
        {
            Spools.Remove(spool);
        }
    }

    private static IEnumerable<Measurement<int>> SpoolDepth()
    {
        VersionSpool[] spools;
        lock (Spools)
        {
            spools = [.. Spools];
        }

        var depth = 0;
        foreach (var spool in spools)
        {
            try
            {
                depth += spool.Count;
            }
            catch (IOException)
            {
                // The folder is unavailable for now: leave it out of this reading.
            }
        }

        return spools.Length == 0 ? [] : [new Measurement<int>(depth)];
    }
}
