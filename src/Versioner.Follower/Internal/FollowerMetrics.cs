using System.Diagnostics.Metrics;

namespace Versioner.Internal;

/// <summary>
/// The follower's instruments, on the meter every Versioner package reports on (<see cref="VersionerDiagnostics.MeterName"/>),
/// so one <c>AddMeter("Versioner")</c> collects them. docs/follower.md lists them.
/// </summary>
internal static class FollowerMetrics
{
    private static readonly Meter Meter = new(VersionerDiagnostics.MeterName, typeof(FollowerMetrics).Assembly.GetName().Version?.ToString());
    private static readonly List<Follower> Followers = [];

    /// <summary>New snapshots swapped in, by <c>versioner.follower.refresh.kind</c>: <c>incremental</c> or <c>full</c>.</summary>
    public static readonly Counter<long> Refreshes = Meter.CreateCounter<long>(
        "versioner.follower.refreshes", "{refresh}", "New snapshots a follower swapped in, by versioner.follower.refresh.kind (incremental, full).");

    /// <summary>Checks that did not end fresh, by <c>error.type</c>: <c>refused</c>, or the failure's exception type.</summary>
    public static readonly Counter<long> Failures = Meter.CreateCounter<long>(
        "versioner.follower.refresh.failures", "{check}", "Follower checks that failed or refused a version, by error.type.");

    /// <summary>Time to build and swap in a new snapshot.</summary>
    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "versioner.follower.refresh.duration", "s", "Time to load, verify, validate and swap in a new snapshot.");

    static FollowerMetrics()
    {
        Meter.CreateObservableGauge("versioner.follower.lag", () => Observe(f => f.LagCommits), "{commit}",
            "First-parent commits between the snapshot a follower serves and the newest head it has seen (0 when fresh).");
        Meter.CreateObservableGauge("versioner.follower.staleness", () => Observe(f => f.Staleness.TotalSeconds), "s",
            "Time since a follower's last successful check (how old what it serves may be).");
    }

    public static void Observe(Follower follower)
    {
        lock (Followers)
        {
            Followers.Add(follower);
        }
    }

    public static void Forget(Follower follower)
    {
        lock (Followers)
        {
            Followers.Remove(follower);
        }
    }

    public static KeyValuePair<string, object?> Revision(Follower follower) => new("versioner.follower.revision", follower.Revision);

    private static IEnumerable<Measurement<T>> Observe<T>(Func<Follower, T> read)
        where T : struct
    {
        Follower[] followers;
        lock (Followers)
        {
            followers = [.. Followers];
        }

        return followers.Select(f => new Measurement<T>(read(f), Revision(f)));
    }
}
