using System.Diagnostics.Metrics;

namespace Versioner.Client.Spool;

/// <summary>The spool's instruments, on the <c>Versioner</c> meter.</summary>
internal static class SpoolMetrics
{
    public const string MeterName = "Versioner";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>
    /// Spooled versions moved to <c>rejected/</c>; <c>error.type</c> says why: <c>refused</c> by the service, or the
    /// damage found in the file (<c>checksum_mismatch</c>, <c>truncated</c>, <c>id_mismatch</c>, <c>null</c>...).
    /// </summary>
    public static readonly Counter<long> Rejected = Meter.CreateCounter<long>(
        "versioner.client.spool.rejected", "{version}", "Spooled versions moved to the spool's rejected folder, by error.type.");
}
