using System.Diagnostics;
using System.Globalization;

namespace Versioner.Bench;

/// <summary>Run sizes and repetition counts.</summary>
internal sealed record BenchOptions(bool Quick, int Versions, int CommitSize, int Repetitions, int HashCount, bool Profile, bool Bdn, bool CpuClock, string[] Only, int Commits = 100_000, int BulkVersions = 1_000_000, int PushCommits = 100_000)
{
    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var only = args.SkipWhile(a => a != "--only").Skip(1).Take(1).SelectMany(a => a.Split(',')).ToArray();
        int? versions = null;
        var at = Array.IndexOf(args, "--versions");
        if (at >= 0 && at + 1 < args.Length)
        {
            versions = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
        }

        int? reps = null;
        at = Array.IndexOf(args, "--reps");
        if (at >= 0 && at + 1 < args.Length)
        {
            reps = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
        }

        int? commits = null;
        at = Array.IndexOf(args, "--commits");
        if (at >= 0 && at + 1 < args.Length)
        {
            commits = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
        }

        int? bulk = null;
        at = Array.IndexOf(args, "--bulk-versions");
        if (at >= 0 && at + 1 < args.Length)
        {
            bulk = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
        }

        int? push = null;
        at = Array.IndexOf(args, "--push-commits");
        if (at >= 0 && at + 1 < args.Length)
        {
            push = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
        }

        return new BenchOptions(
            quick,
            versions ?? (quick ? 20_000 : 100_000),
            1_000,
            reps ?? (quick ? 3 : 5),
            quick ? 20_000 : 100_000,
            args.Contains("--profile"),
            args.Contains("--bdn"),
            args.Contains("--cpu-time"),
            only,
            commits ?? 100_000,
            bulk ?? (quick ? 100_000 : 1_000_000),
            push ?? (quick ? 10_000 : 100_000));
    }

    /// <summary>Reads and hashing are cheap: more repetitions for a steadier median on a shared machine.</summary>
    public int ReadRepetitions => Repetitions + 4;

    public bool Runs(string scenario) => Only.Length == 0 || Only.Contains(scenario, StringComparer.OrdinalIgnoreCase);
}

/// <summary>One measured line of the results table: the median of the repetitions.</summary>
internal sealed record Result(string Scenario, string Variant, string Unit, double[] Samples, string? Baseline = null, double? Target = null, bool HigherIsBetter = true)
{
    public double Median
    {
        get
        {
            var sorted = Samples.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    public double Min => Samples.Min();

    public double Max => Samples.Max();
}

/// <summary>
/// What every measurement reads: wall-clock time (the default), or with <c>--cpu-time</c> the process's CPU time (all
/// threads, GC included), which a busy shared machine inflates far less. The work measured here is single-threaded
/// and, with WAL and synchronous=NORMAL, does no fsync, so both clocks measure the same work on a quiet machine.
/// </summary>
internal static class Clock
{
    public static bool Cpu { get; set; }

    public static string Name => Cpu ? "process CPU time (--cpu-time)" : "wall clock";

    public static double Seconds => Cpu ? Environment.CpuUsage.TotalTime.TotalSeconds : Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
}

/// <summary>Accumulates <see cref="Clock"/> time over several intervals.</summary>
internal sealed class Meter
{
    private double _started = double.NaN;

    public double Total { get; private set; }

    public void Start() => _started = Clock.Seconds;

    public void Stop()
    {
        Total += Clock.Seconds - _started;
        _started = double.NaN;
    }
}

internal static class Harness
{
    /// <summary>Seconds taken by <paramref name="work"/>, by <see cref="Clock"/>.</summary>
    public static async Task<double> TimeAsync(Func<Task> work)
    {
        var start = Clock.Seconds;
        await work().ConfigureAwait(false);
        return Clock.Seconds - start;
    }

    /// <summary>Seconds taken by <paramref name="work"/>, by <see cref="Clock"/>.</summary>
    public static double Time(Action work)
    {
        var start = Clock.Seconds;
        work();
        return Clock.Seconds - start;
    }

    public static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    public static string Format(double value)
    {
        var abs = Math.Abs(value);
        return abs >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture)
            : abs >= 10 ? value.ToString("N1", CultureInfo.InvariantCulture)
            : value.ToString("N2", CultureInfo.InvariantCulture);
    }

    public static void Log(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

    /// <summary>Prints the results table (markdown), with each line's ratio to its baseline and its target.</summary>
    public static void PrintTable(IReadOnlyList<Result> results)
    {
        var byKey = results.ToDictionary(r => (r.Scenario, r.Variant));
        Console.WriteLine();
        Console.WriteLine("| scenario | variant | median | unit | min..max | ratio | target | met |");
        Console.WriteLine("|---|---|---:|---|---|---:|---|---|");
        foreach (var r in results)
        {
            var ratio = "";
            var target = "";
            var met = "";
            if (r.Baseline is not null && byKey.TryGetValue((r.Scenario, r.Baseline), out var baseline))
            {
                var value = RatioOf(r, baseline);
                ratio = string.Create(CultureInfo.InvariantCulture, $"{value:0.00}x {(r.HigherIsBetter ? "" : r.Unit == "bytes" ? "bytes " : "time ")}vs {r.Baseline}");
                if (r.Target is { } t)
                {
                    target = r.HigherIsBetter ? string.Create(CultureInfo.InvariantCulture, $">= {t:0.0#}x") : string.Create(CultureInfo.InvariantCulture, $"<= {t:0.0#}x");
                    met = (r.HigherIsBetter ? value >= t : value <= t) ? "yes" : "**no**";
                }
            }

            Console.WriteLine($"| {r.Scenario} | {r.Variant} | {Format(r.Median)} | {r.Unit} | {Format(r.Min)}..{Format(r.Max)} | {ratio} | {target} | {met} |");
        }
    }

    /// <summary>Throughput ratio (higher is better), or time ratio (for reads in seconds: lower is better).</summary>
    public static double RatioOf(Result r, Result baseline) => r.Median / baseline.Median;
}

