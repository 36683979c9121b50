using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Versioner.Ingest.Bench;

/// <summary>HTTP load: N concurrent client tasks on one HttpClient, each sending a request and awaiting its answer.</summary>
internal static class HttpBench
{
    /// <summary>One DataObjectVersion as a client sends it by POST (no versionId: the service assigns one), a new entity each time.</summary>
    public static string Upsert(int n) =>
        $$"""{"schemaVersion":1,"entityType":"Invoice","eternalId":"{{Guid.CreateVersion7()}}","operation":"upsert","data":{"number":{{n}},"total":12.50,"customer":"ACME Corp"},"author":"ada","timestamp":"2025-01-31T09:30:00.0000000+00:00","message":"invoice {{n}}","source":"billing"}""";

    /// <summary>The same message with a versionId, as SqsVersionPublisher sends it.</summary>
    public static string UpsertWithId(int n) =>
        $$"""{"schemaVersion":1,"entityType":"Invoice","eternalId":"{{Guid.CreateVersion7()}}","versionId":"{{Guid.CreateVersion7()}}","operation":"upsert","data":{"number":{{n}},"total":12.50,"customer":"ACME Corp"},"author":"ada","timestamp":"2025-01-31T09:30:00.0000000+00:00","message":"invoice {{n}}","source":"billing"}""";

    public static HttpClient NewClient(Uri baseAddress, int connections)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Host.WriterKey);
        return client;
    }

    public static async Task<Result> RunSingleAsync(string name, Func<Task<Host>> start, Sizes sizes)
    {
        Console.Write($"{name}: ");
        await using var host = await start();
        using var client = NewClient(host.BaseAddress, sizes.Clients);
        await LoadAsync(client, "/versions", sizes.Clients, sizes.Warmup, Upsert, expectedCount: 1);
        var result = await LoadAsync(client, "/versions", sizes.Clients, sizes.Duration, Upsert, expectedCount: 1);
        var stored = !host.Stores ? "" : $", {await host.CountStoredVersionsAsync():N0} rows in ingest_versions incl. warm-up";
        var measured = new Result(name, result.Items, result.Wall, result.Cpu,
            $"{sizes.Clients} clients, {sizes.Duration.TotalSeconds:F0} s after {sizes.Warmup.TotalSeconds:F0} s warm-up; latency p50 {result.P50:F2} ms, p99 {result.P99:F2} ms; {result.Failures} failures{stored}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{measured.Rate:N0}/s ({measured.Detail})"));
        return measured;
    }

    /// <summary>
    /// Single POSTs to one instance, then the same clients split evenly over <paramref name="instances"/> instances of
    /// the service sharing one PostgreSQL database and branch (all in this process, on the same cores).
    /// </summary>
    public static async Task<(Result One, Result Several)> RunInstancesAsync(string policy, int instances, Sizes sizes)
    {
        var one = await RunSingleAsync($"service, {policy}, 1 instance on PostgreSQL", () => Hosts.StartServiceAsync(policy), sizes);
        var name = $"service, {policy}, {instances} instances on one PostgreSQL database";
        Console.Write($"{name}: ");
        var hosts = await Hosts.StartServicesAsync(policy, instances);
        try
        {
            var perInstance = sizes.Clients / instances;
            var clients = hosts.Select(h => NewClient(h.BaseAddress, perInstance)).ToArray();
            await Task.WhenAll(clients.Select(c => LoadAsync(c, "/versions", perInstance, sizes.Warmup, Upsert, expectedCount: 1)));
            var loads = await Task.WhenAll(clients.Select(c => LoadAsync(c, "/versions", perInstance, sizes.Duration, Upsert, expectedCount: 1)));
            foreach (var client in clients)
            {
                client.Dispose();
            }

            var stored = await hosts[^1].CountStoredVersionsAsync();
            var several = new Result(name, loads.Sum(l => l.Items), loads.Max(l => l.Wall), loads[0].Cpu,
                $"{perInstance} clients per instance, {sizes.Duration.TotalSeconds:F0} s after {sizes.Warmup.TotalSeconds:F0} s warm-up; latency p50 {string.Join(" / ", loads.Select(l => l.P50.ToString("F2", CultureInfo.InvariantCulture)))} ms, "
                + $"p99 {string.Join(" / ", loads.Select(l => l.P99.ToString("F2", CultureInfo.InvariantCulture)))} ms; {loads.Sum(l => l.Failures)} failures, {stored:N0} rows in ingest_versions incl. warm-up");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{several.Rate:N0}/s ({several.Detail})"));
            return (one, several);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    /// <summary>The service's <c>POST /versions/batch</c>, or with <paramref name="bare"/> the bare endpoint's (the HTTP floor: parse and answer only).</summary>
    public static async Task<Result> RunBatchAsync(Sizes sizes, bool bare = false)
    {
        var name = bare ? "HTTP floor: bare minimal API POST /versions/batch (parse into typed objects, answer the ids)" : "service, POST /versions/batch (PerRequest: one commit per batch)";
        Console.Write($"{name}: ");
        await using var host = bare
            ? await Hosts.StartBareAsync()
            : await Hosts.StartServiceAsync("PerRequest", new Dictionary<string, string?> { ["Versioner:Http:MaxBatchVersions"] = sizes.BatchSize.ToString(CultureInfo.InvariantCulture) });
        using var client = NewClient(host.BaseAddress, sizes.BatchClients);
        string Batch(int n) => "[" + string.Join(",", Enumerable.Range(n * sizes.BatchSize, sizes.BatchSize).Select(Upsert)) + "]";
        await LoadAsync(client, "/versions/batch", sizes.BatchClients, sizes.Warmup, Batch, sizes.BatchSize);
        var result = await LoadAsync(client, "/versions/batch", sizes.BatchClients, sizes.BatchDuration, Batch, sizes.BatchSize);
        var stored = host.Stores ? $"; {await host.CountStoredVersionsAsync():N0} rows in ingest_versions incl. warm-up" : "";
        var measured = new Result(name, result.Items, result.Wall, result.Cpu,
            $"batches of {sizes.BatchSize:N0}, {sizes.BatchClients} clients, {sizes.BatchDuration.TotalSeconds:F0} s after {sizes.Warmup.TotalSeconds:F0} s warm-up; {result.Requests:N0} batches, latency p50 {result.P50:F0} ms, p99 {result.P99:F0} ms (incl. building the body); {result.Failures} failures{stored}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{measured.Rate:N0} versions/s ({measured.Detail})"));
        return measured;
    }

    private sealed record Load(long Requests, long Items, long Failures, TimeSpan Wall, TimeSpan Cpu, double P50, double P99);

    /// <summary>
    /// <paramref name="clients"/> tasks send requests back to back until <paramref name="duration"/> is over; counts
    /// 2xx answers (× <paramref name="expectedCount"/> items each). Wall time is from start to the last answer.
    /// </summary>
    private static async Task<Load> LoadAsync(HttpClient client, string path, int clients, TimeSpan duration, Func<int, string> body, int expectedCount)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var sequence = 0;
        long ok = 0, failed = 0;
        string? firstFailure = null;
        var latencies = new List<double>[clients];
        var tasks = Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = latencies[c] = new List<double>(4096);
            while (clock.Elapsed < duration)
            {
                using var content = new StringContent(body(Interlocked.Increment(ref sequence)), Encoding.UTF8, "application/json");
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
                await response.Content.LoadIntoBufferAsync();
                mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref ok);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                    firstFailure ??= $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                }
            }
        }).ToArray();
        await Task.WhenAll(tasks);
        var wall = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        if (firstFailure is not null)
        {
            Console.Error.WriteLine($"  first failure on {path}: {firstFailure[..Math.Min(400, firstFailure.Length)]}");
        }

        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)(p * all.Length))];
        return new Load(ok + failed, ok * expectedCount, failed, wall, cpu, Percentile(0.50), Percentile(0.99));
    }
}
