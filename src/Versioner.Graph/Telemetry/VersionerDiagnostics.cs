namespace Versioner;

/// <summary>
/// The names under which Versioner reports traces and metrics through <c>System.Diagnostics</c>, for an
/// OpenTelemetry setup: <c>tracing.AddSource(VersionerDiagnostics.ActivitySourceName)</c> and
/// <c>metrics.AddMeter(VersionerDiagnostics.MeterName)</c>. Nothing is recorded unless something listens.
/// </summary>
/// <remarks>
/// Spans: <c>versioner.finalize</c>, <c>versioner.merge</c>, <c>versioner.revert</c>, <c>versioner.cherry_pick</c>,
/// <c>versioner.verify</c>, <c>versioner.push</c>, <c>versioner.pull</c>, <c>versioner.redact</c>,
/// <c>versioner.retention</c>, each tagged with <c>db.system.name</c> and, where there is one, <c>versioner.branch</c>
/// and <c>versioner.commit.id</c>; a failed operation's span has status error and the exception as an event.
/// Metrics: <c>versioner.versions.written</c>, <c>versioner.commits.finalized</c>, <c>versioner.finalize.duration</c>
/// (seconds), <c>versioner.merge.conflicts</c>, <c>versioner.verify.rows</c> and <c>versioner.verify.duration</c>
/// (seconds; rows per second is their ratio). The ingest service and the client report under the same names (their
/// spans and metrics are listed in docs/ingest.md).
/// </remarks>
public static class VersionerDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name of Versioner's spans.</summary>
    public const string ActivitySourceName = "Versioner";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name of Versioner's metrics.</summary>
    public const string MeterName = "Versioner";
}
