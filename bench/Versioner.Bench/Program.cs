using System.Globalization;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using Versioner.Bench;

// Versioner benchmarks. `--quick`: 20,000 versions, 3 repetitions (under 2 minutes on 2 cores).
// Default (full): 100,000 versions, 5 repetitions. `--only write,read,hash,graph,peers` picks scenarios (peers: issue 12's hand-rolled history peers, see PeersBench; `readcalls`, only when named: their single-entity reads broken down per call, see ReadCallsProfile; graph: the
// commit-graph scale targets on a generated history of `--commits N` commits, default 100,000); `--versions N` and
// `--reps N` override sizes; `--profile` adds a breakdown of where Versioner's time goes; `--bdn` runs the hashing
// micro-benchmark under BenchmarkDotNet too; `--cpu-time` measures process CPU time instead of wall-clock time;
// `--typed-indexes open`: the peers scenario adds a candidate index to the typed tables and times its reads again,
// `--plans` prints the plans of its reads through the union (ChangeSourceProbe).
// The GC's gen0 budget is fixed at 64 MiB for every variant: with the adaptive default (about 2 MiB on this VM) the same
// plain-EF read of 20,000 rows took 35-48 ms depending on what ran before it. Only the environment variable sets it
// (the runtimeconfig knob is ignored), so the harness re-runs itself with it; `--default-gc` skips that.
const string Gen0Variable = "DOTNET_GCgen0size";
if (Environment.GetEnvironmentVariable(Gen0Variable) is null && !args.Contains("--default-gc"))
{
    var self = new System.Diagnostics.ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
    if (Path.GetFileName(Environment.ProcessPath) is "dotnet" or "dotnet.exe")
    {
        self.ArgumentList.Add(Environment.GetCommandLineArgs()[0]); // started as `dotnet Versioner.Bench.dll`
    }

    foreach (var arg in args)
    {
        self.ArgumentList.Add(arg);
    }

    self.Environment[Gen0Variable] = "4000000"; // hex: 64 MiB
    using var child = System.Diagnostics.Process.Start(self)!;
    await child.WaitForExitAsync();
    return child.ExitCode;
}

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
Clock.Cpu = options.CpuClock;
ChangeSourceProbe.Parse(args);
var started = DateTime.UtcNow;

Console.WriteLine($"# Versioner benchmark ({(options.Quick ? "quick" : "full")} mode)");
Console.WriteLine();
Console.WriteLine($"- machine: {Environment.ProcessorCount} logical cores, {CpuModel()}, {Environment.MachineName}");
Console.WriteLine($"- OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
Console.WriteLine($"- .NET: {RuntimeInformation.FrameworkDescription}, Release build, workstation GC{(System.Runtime.GCSettings.IsServerGC ? " (server)" : "")}, {Gen0Variable}={Environment.GetEnvironmentVariable(Gen0Variable) ?? "default"}; EF Core {typeof(DbContext).Assembly.GetName().Version}");
using (var probe = Sqlite.Open(Sqlite.NewPath("probe")))
{
    Console.WriteLine($"- SQLite {Sqlite.Scalar(probe, "SELECT sqlite_version()")}; every connection: {string.Join("; ", Sqlite.Pragmas)} ({Sqlite.Describe(probe)})");
}

Console.WriteLine($"- load average at start (1/5/15 min): {LoadAverage()}");
Console.WriteLine($"- files under {Sqlite.Directory} (fresh per run, deleted after)");
Console.WriteLine($"- clock: {Clock.Name}");
Console.WriteLine($"- change rows read from: the version rows, then the change rows naming no row of their own (storage format 7){(ChangeSourceProbe.Indexes.Length > 0 ? $"; then candidate typed-table indexes: {string.Join(", ", ChangeSourceProbe.Indexes)}" : "")}");
Console.WriteLine($"- sizes: {options.Versions:N0} versions in commits of {options.CommitSize:N0}; {options.HashCount:N0} contents hashed; median of {options.Repetitions} repetitions for writes and {options.ReadRepetitions} for reads and hashing, after warm-ups");

var results = new List<Result>();
try
{
    if (options.Runs("write"))
    {
        results.AddRange(await WriteBench.RunAsync(options));
    }

    if (options.Runs("read"))
    {
        results.AddRange(await ReadBench.RunAsync(options));
    }

    if (options.Runs("hash"))
    {
        results.AddRange(HashBench.Run(options));
    }

    if (options.Runs("verify"))
    {
        results.AddRange(await TrustBench.VerifyAsync(options));
    }

    if (options.Runs("bulk") || options.Runs("push"))
    {
        if (Postgres.Unreachable() is { } reason)
        {
            Console.WriteLine($"- PostgreSQL scenarios skipped: {reason} (set VERSIONER_BENCH_POSTGRES or run .ci/postgres.sh)");
        }
        else
        {
            if (options.Runs("bulk"))
            {
                results.AddRange(await BulkBench.RunAsync(options));
            }

            if (options.Runs("push"))
            {
                results.AddRange(await TrustBench.PushAsync(options));
            }
        }
    }

    if (options.Runs("peers"))
    {
        results.AddRange(await PeersBench.RunAsync(options));
    }

    if (options.Only.Contains("readcalls", StringComparer.OrdinalIgnoreCase))
    {
        await ReadCallsProfile.RunAsync(options);
    }

    if (options.Runs("layout"))
    {
        results.AddRange(LayoutBench.Run(options));
        results.AddRange(await LayoutBench.RunPostgresAsync(options));
    }

    Harness.PrintTable(results);

    if (options.Runs("graph"))
    {
        await GraphBench.RunAsync(options);
    }

    if (options.Runs("follow"))
    {
        await FollowerBench.RunAsync(options);
    }

    if (options.Runs("forks"))
    {
        await ForkBench.RunAsync(options);
    }

    if (options.Profile)
    {
        await Profiling.RunAsync(options);
        await Phases.RunAsync(options);
    }

    if (options.Bdn)
    {
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "versioner-bench-bdn"));
        BenchmarkRunner.Run<HashBenchmarks>(config);
    }
}
finally
{
    Sqlite.DeleteRunDirectory();
}

Console.WriteLine();
Console.WriteLine($"total time {(DateTime.UtcNow - started).TotalSeconds:0} s; load average at end (1/5/15 min): {LoadAverage()}");

return 0;

static string LoadAverage()
{
    try
    {
        return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
    catch (IOException)
    {
        return "n/a";
    }
}

static string CpuModel()
{
    try
    {
        var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? "unknown CPU" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
    catch (IOException)
    {
        return "unknown CPU";
    }
}

