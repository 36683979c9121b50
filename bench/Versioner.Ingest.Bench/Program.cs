using System.Diagnostics;
using System.Globalization;
using System.Text;
using Versioner.Ingest.Bench;

// Ingest throughput on loopback: the service (hosted in this process, Kestrel on 127.0.0.1 port 0, SQLite file in
// /tmp, synchronous=FULL) against a bare minimal-API endpoint, and the SQS adapter against the emulator's own
// receive-and-delete rate. Quick mode by default; `--full` for longer runs.
//
//   bash .ci/sqs-emulator.sh start     # for the SQS rows (skipped with a note when no emulator answers)
//   dotnet run -c Release --project bench/Versioner.Ingest.Bench [-- --full] [--no-sqs] [--only fsync,bare,perrequest,grouped,instances,batch-floor-storage,batch-floor-http,batch,sqs]
//       [--warmup S] [--duration S] [--messages N] [--postgres CONNECTION-STRING]
var full = args.Contains("--full");
var onlyArg = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
var only = onlyArg?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
bool Run(string scenario) => only is null || only.Contains(scenario);
var sizes = full
    ? new Sizes(Clients: 32, Warmup: TimeSpan.FromSeconds(3), Duration: TimeSpan.FromSeconds(15), BatchSize: 1000, BatchClients: 4, BatchDuration: TimeSpan.FromSeconds(15), SqsMessages: 10_000, SqsConsumers: 2)
    : new Sizes(Clients: 32, Warmup: TimeSpan.FromSeconds(3), Duration: TimeSpan.FromSeconds(5), BatchSize: 1000, BatchClients: 4, BatchDuration: TimeSpan.FromSeconds(6), SqsMessages: 2_000, SqsConsumers: 2);

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
if (Option("--warmup") is { } warmup)
{
    sizes = sizes with { Warmup = TimeSpan.FromSeconds(double.Parse(warmup, CultureInfo.InvariantCulture)) };
}

if (Option("--duration") is { } duration)
{
    sizes = sizes with { Duration = TimeSpan.FromSeconds(double.Parse(duration, CultureInfo.InvariantCulture)), BatchDuration = TimeSpan.FromSeconds(double.Parse(duration, CultureInfo.InvariantCulture)) };
}

if (Option("--messages") is { } messages)
{
    sizes = sizes with { SqsMessages = int.Parse(messages, CultureInfo.InvariantCulture) };
}

Hosts.PostgresServer = Option("--postgres");
var started = Stopwatch.StartNew();
var loadBefore = Machine.LoadAverage();
Console.WriteLine($"# Versioner ingest bench ({(full ? "full" : "quick")} mode)");
Console.WriteLine($"machine: {Machine.Describe()}; load average before: {loadBefore}");
Console.WriteLine($"sizes: {sizes}");
Console.WriteLine($"service storage: {Hosts.Storage}");
Console.WriteLine();

var rows = new List<Row>();

// 0. The durable-commit floor of one writer on this disk: raw SQLite, one INSERT + COMMIT per transaction.
if (Run("fsync"))
{
    rows.Add((await FsyncFloor.RunAsync(sizes)).ToRow("commits/s", null));
}

// 1. Single-version POST /versions: bare endpoint, then the service with each commit policy.
Result? bare = null;
if (Run("bare") || Run("perrequest") || Run("grouped"))
{
    bare = await HttpBench.RunSingleAsync("bare minimal API (parse only)", Hosts.StartBareAsync, sizes);
    rows.Add(bare.ToRow("requests/s", null));
}

if (Run("perrequest"))
{
    var perRequest = await HttpBench.RunSingleAsync("service, PerRequest", () => Hosts.StartServiceAsync("PerRequest"), sizes);
    rows.Add(perRequest.ToRow("requests/s", ("≥ 0.5x bare", perRequest.Rate >= 0.5 * bare!.Rate, perRequest.Rate / bare.Rate)));
}

if (Run("grouped"))
{
    var grouped = await HttpBench.RunSingleAsync("service, Grouped (ack = pending record durable)", () => Hosts.StartServiceAsync("Grouped"), sizes);
    rows.Add(grouped.ToRow("requests/s", ("≥ 0.5x bare", grouped.Rate >= 0.5 * bare!.Rate, grouped.Rate / bare.Rate)));
}

// 1b. Several instances over one PostgreSQL database (--postgres): 2 instances against 1, the same clients split evenly.
if (Run("instances"))
{
    if (Hosts.PostgresServer is null)
    {
        Console.WriteLine("instances: several instances share a PostgreSQL database; pass --postgres CONNECTION-STRING. Row skipped.");
    }
    else
    {
        foreach (var policy in new[] { "PerRequest", "Grouped" })
        {
            var (one, two) = await HttpBench.RunInstancesAsync(policy, 2, sizes);
            rows.Add(one.ToRow("requests/s", null));
            rows.Add(two.ToRow("requests/s", ("none (ratio to 1 instance)", null, two.Rate / one.Rate)));
        }
    }
}

// 2. POST /versions/batch, after its two floors: raw SQLite writing the same rows (no HTTP), and a bare endpoint
// parsing the same bodies from the same clients (no storage). The batch row's ratio is to the HTTP floor.
Result? httpFloor = null;
if (Run("batch-floor-storage"))
{
    rows.AddRange((await StorageFloor.RunAsync(sizes)).Select(r => r.ToRow("versions/s", null)));
}

if (Run("batch-floor-http"))
{
    httpFloor = await HttpBench.RunBatchAsync(sizes, bare: true);
    rows.Add(httpFloor.ToRow("versions/s", null));
}

if (Run("batch"))
{
    var batch = await HttpBench.RunBatchAsync(sizes);
    rows.Add(batch.ToRow("versions/s", ("≥ 100,000/s", batch.Rate >= 100_000, httpFloor is null ? null : batch.Rate / httpFloor.Rate)));
}

// 3. SQS through the emulator.
if (Run("sqs") && !args.Contains("--no-sqs"))
{
    var endpoint = await SqsBench.FindEmulatorAsync();
    if (endpoint is null)
    {
        Console.WriteLine("SQS: no emulator answers (start it with `bash .ci/sqs-emulator.sh start`); SQS rows skipped.");
    }
    else
    {
        var sqsBare = await SqsBench.RunBareAsync(endpoint, sizes);
        rows.Add(sqsBare.ToRow("messages/s", null));
        var sqsService = await SqsBench.RunServiceAsync(endpoint, sizes, "PerRequest");
        rows.Add(sqsService.ToRow("versions/s", ("none (ratio to bare)", null, sqsService.Rate / sqsBare.Rate)));
        var sqsGrouped = await SqsBench.RunServiceAsync(endpoint, sizes, "Grouped");
        rows.Add(sqsGrouped.ToRow("versions/s", ("none (ratio to bare)", null, sqsGrouped.Rate / sqsBare.Rate)));
    }
}

var loadAfter = Machine.LoadAverage();
Console.WriteLine();
Console.WriteLine(Row.Table(rows));
Console.WriteLine();
Console.WriteLine($"load average before: {loadBefore}; after: {loadAfter}; total bench wall time {started.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");

/// <summary>Run sizes.</summary>
internal sealed record Sizes(int Clients, TimeSpan Warmup, TimeSpan Duration, int BatchSize, int BatchClients, TimeSpan BatchDuration, int SqsMessages, int SqsConsumers);

/// <summary>One measured scenario.</summary>
internal sealed record Result(string Name, long Count, TimeSpan Wall, TimeSpan Cpu, string Detail)
{
    public double Rate => Count / Wall.TotalSeconds;

    public Row ToRow(string unit, (string Target, bool? Met, double? Ratio)? target) => new(this, unit, target);
}

/// <summary>A table row.</summary>
internal sealed record Row(Result Result, string Unit, (string Target, bool? Met, double? Ratio)? Target)
{
    public static string Table(IEnumerable<Row> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | count | wall s | rate | CPU ms / item (whole process) | target | ratio | met | detail |");
        text.AppendLine("|---|---:|---:|---:|---:|---|---:|---|---|");
        foreach (var row in rows)
        {
            var r = row.Result;
            var cpuPerItem = r.Count == 0 ? double.NaN : r.Cpu.TotalMilliseconds / r.Count;
            var target = row.Target?.Target ?? "baseline";
            var ratio = row.Target?.Ratio is { } x ? x.ToString("F2", CultureInfo.InvariantCulture) + "x" : "";
            var met = row.Target?.Met switch { true => "yes", false => "**no**", null => "" };
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Count:N0} | {r.Wall.TotalSeconds:F2} | {r.Rate:N0} {row.Unit} | {cpuPerItem:F3} | {target} | {ratio} | {met} | {r.Detail} |");
        }

        return text.ToString().TrimEnd();
    }
}
