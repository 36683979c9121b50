using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Internal;

/// <summary>Versioner's activity source, meter and instruments, and the one way an operation is traced.</summary>
internal static class GraphTelemetry
{
    private static readonly string? Version = typeof(GraphTelemetry).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource Source = new(VersionerDiagnostics.ActivitySourceName, Version);

    public static readonly Meter Meter = new(VersionerDiagnostics.MeterName, Version);

    public static readonly Counter<long> VersionsWritten =
        Meter.CreateCounter<long>("versioner.versions.written", "{version}", "Versions saved into working commits.");

    public static readonly Counter<long> CommitsFinalized =
        Meter.CreateCounter<long>("versioner.commits.finalized", "{commit}", "Commits finalized (merge commits included).");

    public static readonly Histogram<double> FinalizeDuration =
        Meter.CreateHistogram<double>("versioner.finalize.duration", "s", "Time to finalize a commit, retries included.");

    public static readonly Counter<long> MergeConflicts =
        Meter.CreateCounter<long>("versioner.merge.conflicts", "{conflict}", "Conflicts left by merges, reverts and cherry-picks.");

    public static readonly Counter<long> VerifyRows =
        Meter.CreateCounter<long>("versioner.verify.rows", "{row}", "Versions and commits re-hashed by Verify.");

    public static readonly Histogram<double> VerifyDuration =
        Meter.CreateHistogram<double>("versioner.verify.duration", "s", "Time of a whole Verify.");

    /// <summary>
    /// Runs <paramref name="work"/> in a span named <paramref name="name"/>: tagged with the database system (and the
    /// branch), described by <paramref name="describe"/> on success, marked as an error with the exception otherwise.
    /// </summary>
    public static async Task<T> TraceAsync<T>(string name, DbContext db, string? branch, Func<Task<T>> work, Action<Activity, T>? describe = null)
    {
        using var activity = Source.StartActivity(name, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag("db.system.name", SystemName(db));
            if (branch is not null)
            {
                activity.SetTag("versioner.branch", branch);
            }
        }

        try
        {
            var result = await work().ConfigureAwait(false);
            if (activity is not null)
            {
                describe?.Invoke(activity, result);
            }

            return result;
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            activity?.AddException(exception);
            throw;
        }
    }

    /// <summary>The OpenTelemetry <c>db.system.name</c> of the context's provider.</summary>
    public static string SystemName(DbContext db) => Versioner.Storage.Dialects.Dialect.Find(db)?.SystemName ?? "other_sql";
}
