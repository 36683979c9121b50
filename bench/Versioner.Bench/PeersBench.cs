using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Versioner.Bench;

/// <summary>
/// Scenario 8 (issue 12's targets): Versioner against what a team would hand-roll for history, same entity, same
/// rows, same run. On SQLite the peer is EF Core on a current table plus a history table filled by triggers
/// (<see cref="TriggerHistoryContext"/>); on PostgreSQL, EF Core on a table under the periods extension's SYSTEM
/// VERSIONING (<see cref="PeriodsContext"/>, set up by <c>bench/setup-peers.sh</c>). Each side creates N entities in
/// transactions (commits) of 1,000 and updates each once; then the reads alternate between the sides. The PostgreSQL
/// half runs when the server answers and the peer database has the extension.
/// </summary>
internal static class PeersBench
{
    /// <summary>The database <c>bench/setup-peers.sh</c> creates, owned by the benchmark's role, holding the periods extension.</summary>
    public const string PeerDatabase = "versioner_bench_peers";

    private const int Calls = 100;

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchOptions options)
    {
        var n = options.Versions;
        var results = new List<Result>();
        Harness.Log("peers: warm-up (SQLite, 2,000 entities)");
        await RunSqliteAsync(options, 2_000, record: false);
        results.AddRange(await RunSqliteAsync(options, n, record: true));

        // The peer's tables go in a schema of this process's own: two runs at once share the database (the extension
        // needs a superuser to create, so it is made once by setup-peers.sh) but not the tables.
        var peerServer = new NpgsqlConnectionStringBuilder(Postgres.Server)
        {
            Database = PeerDatabase,
            SearchPath = $"{PeriodsSide.SchemaPrefix}{Environment.ProcessId},public",
            CommandTimeout = 0,
        }.ConnectionString;
        if (Postgres.Unreachable() is { } reason)
        {
            Console.WriteLine($"- peers on PostgreSQL skipped: {reason}");
        }
        else if (await PeriodsSide.UnavailableAsync(peerServer) is { } missing)
        {
            Console.WriteLine($"- peers on PostgreSQL skipped: {missing} (run `sudo bash bench/setup-peers.sh`)");
        }
        else
        {
            Harness.Log("peers: warm-up (PostgreSQL, 2,000 entities)");
            await RunPostgresAsync(options, peerServer, 2_000, record: false);
            results.AddRange(await RunPostgresAsync(options, peerServer, n, record: true));
        }

        return results;
    }

    private static async Task<IReadOnlyList<Result>> RunSqliteAsync(BenchOptions options, int n, bool record)
    {
        var versionerPath = Sqlite.NewPath("peers-versioner");
        var connection = Sqlite.Open(versionerPath);
        var versioner = new VersionerSide(
            new VersionedContext(connection),
            Harness.TimeAsync,
            () => Task.FromResult(TriggerSide.SqliteFileBytes(connection, versionerPath)),
            () => Task.FromResult(StorageBreakdown.PrintSqlite("Versioner", connection)),
            async () =>
            {
                await connection.DisposeAsync();
                Sqlite.Delete(versionerPath);
            });
        await using (versioner)
        {
            await versioner.OpenAsync();
            await using var peer = new TriggerSide(Sqlite.NewPath("peers-trigger"));
            var results = await CompareAsync(options, "8 peers (SQLite)", "trigger-filled history table (EF Core)", versioner, peer, n, record);
            if (!record)
            {
                return results;
            }

            // The same peer's writes through raw ADO.NET, for the record: the ratios above are against EF Core.
            Harness.Collect();
            var (create, update) = TriggerSide.RawWrites(RowData.Generate(n), options.CommitSize);
            var extra = new List<Result>(results);
            foreach (var (operation, seconds) in new[] { ($"create {n:N0} entities, commits of {options.CommitSize:N0}", create), ("update each once", update) })
            {
                var raw = $"{operation}: the same tables and triggers through raw ADO.NET (prepared statement)";
                extra.Add(new Result("8 peers (SQLite)", raw, "rows/s", [n / seconds]));
                var versionerLine = results.Single(r => r.Variant == $"{operation}: **Versioner**");
                extra.Add(versionerLine with { Variant = $"{operation}: Versioner against that raw ADO.NET peer", Baseline = raw, Target = null });
            }

            return extra;
        }
    }

    private static async Task<IReadOnlyList<Result>> RunPostgresAsync(BenchOptions options, string peerServer, int n, bool record)
    {
        var cs = await Postgres.CreateAsync("peers");
        var db = new PgVersionedContext(cs);
        NpgsqlConnection? connection = null;
        var versioner = new VersionerSide(
            db,
            work => Postgres.TimeAsync(work, connection!),
            async () =>
            {
                await using var command = new NpgsqlCommand(
                    "SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r'",
                    connection);
                return (long)(await command.ExecuteScalarAsync())!;
            },
            () => StorageBreakdown.PrintPostgresAsync("Versioner", connection!, "%"),
            () => new ValueTask(Postgres.DropAsync(cs)));
        await using (versioner)
        {
            await versioner.OpenAsync();
            connection = await Postgres.OpenAsync(db);
            await using var peer = new PeriodsSide(peerServer);
            await peer.OpenAsync();
            return await CompareAsync(options, "8 peers (PostgreSQL)", "periods SYSTEM VERSIONING (EF Core)", versioner, peer, n, record);
        }
    }

    private static async Task<IReadOnlyList<Result>> CompareAsync(BenchOptions options, string scenario, string peerName, PeerSide versioner, PeerSide peer, int n, bool record)
    {
        var rows = RowData.Generate(n);
        var batch = options.CommitSize;
        long originalYears = rows.Sum(r => (long)r.Year);
        long editedYears = rows.Sum(r => (long)r.Edited().Year);
        Harness.Log($"peers: {scenario}, {n:N0} entities: creating");
        Harness.Collect();
        var peerCreate = await peer.CreateAsync(rows, batch);
        Harness.Collect();
        var versionerCreate = await versioner.CreateAsync(rows, batch);
        await peer.MarkPastAsync();
        await versioner.MarkPastAsync();
        Harness.Log($"peers: {scenario}: updating");
        Harness.Collect();
        var peerUpdate = await peer.UpdateAsync(rows, batch);
        Harness.Collect();
        var versionerUpdate = await versioner.UpdateAsync(rows, batch);

        // The entities the single-entity reads ask for, spread over the set, the same ones on both sides.
        var picks = Enumerable.Range(0, Calls).Select(i => (int)(i * 7919L % n)).ToArray();
        var samples = new Dictionary<string, List<double>>();
        void Add(string key, double value)
        {
            if (!samples.TryGetValue(key, out var list))
            {
                samples[key] = list = [];
            }

            list.Add(value);
        }

        // With `--typed-indexes` the candidate indexes are created after the first reads and every side read again ("... +idx").
        var store = ((VersionerSide)versioner).Store;
        var sides = new List<(string Name, PeerSide Side)> { ("peer", peer), ("versioner", versioner) };

        await ReadsAsync(options, scenario, sides, "", picks, rows, n, originalYears, editedYears, record, Add);
        if (record && ChangeSourceProbe.Plans)
        {
            await ChangeSourceProbe.PrintPlansAsync($"{scenario}, the typed tables' own indexes", ((VersionerSide)versioner).Db, store, PlannedReads((VersionerSide)versioner, picks));
        }

        if (ChangeSourceProbe.Indexes.Length > 0)
        {
            await ChangeSourceProbe.CreateIndexesAsync(((VersionerSide)versioner).Db, store);
            await ReadsAsync(options, scenario, sides, "+idx", picks, rows, n, originalYears, editedYears, record, Add);
            if (record && ChangeSourceProbe.Plans)
            {
                await ChangeSourceProbe.PrintPlansAsync($"{scenario}, with --typed-indexes {string.Join(',', ChangeSourceProbe.Indexes)}", ((VersionerSide)versioner).Db, store, PlannedReads((VersionerSide)versioner, picks));
            }
        }

        var peerBytes = await peer.StorageAsync();
        var versionerBytes = await versioner.StorageAsync();
        if (!record)
        {
            return [];
        }

        var peerCompacted = await peer.PrintStorageBreakdownAsync();
        var versionerCompacted = await versioner.PrintStorageBreakdownAsync();

        Result Pair(List<Result> list, string operation, string unit, double[] peerSamples, double[] versionerSamples, double target, bool higherIsBetter)
        {
            var baseline = $"{operation}: {peerName}";
            list.Add(new Result(scenario, baseline, unit, peerSamples, HigherIsBetter: higherIsBetter));
            var result = new Result(scenario, $"{operation}: **Versioner**", unit, versionerSamples, baseline, target, higherIsBetter);
            list.Add(result);
            return result;
        }

        var results = new List<Result>();
        Pair(results, $"create {n:N0} entities, commits of {batch:N0}", "rows/s", [n / peerCreate], [n / versionerCreate], 1.0, true);
        Pair(results, "update each once", "rows/s", [n / peerUpdate], [n / versionerUpdate], 1.2, true);
        Pair(results, "head read of all", "ms", [.. samples["peer head"]], [.. samples["versioner head"]], 1.0, false);
        Pair(results, "as-of read of all (before the updates)", "ms", [.. samples["peer asof"]], [.. samples["versioner asof"]], 1.0, false);
        Pair(results, "one entity as of a past point", "µs/call", [.. samples["peer one"]], [.. samples["versioner one"]], 1.0, false);
        Pair(results, "history of one entity (2 versions)", "µs/call", [.. samples["peer history"]], [.. samples["versioner history"]], 1.0, false);
        foreach (var (key, operation, unit) in new[]
        {
            ("head", "head read of all", "ms"), ("asof", "as-of read of all (before the updates)", "ms"),
            ("one", "one entity as of a past point", "µs/call"), ("history", "history of one entity (2 versions)", "µs/call"),
            ("diff", "diff of main's last commit (no peer)", "ms"),
        })
        {
            var table = $"{operation}: **Versioner**";
            if (key == "diff")
            {
                results.Add(new Result(scenario, table, unit, [.. samples["versioner diff"]], HigherIsBetter: false));
            }

            foreach (var (name, what) in new[]
            {
                ("peer+idx", $"{peerName}, after --typed-indexes"),
                ("versioner+idx", "Versioner, with --typed-indexes"),
            })
            {
                // Versioner's line with the indexes against its own read in the same repetitions without them.
                var baseline = name == "versioner+idx" ? table : null;
                if (samples.TryGetValue($"{name} {key}", out var list))
                {
                    results.Add(new Result(scenario, $"{operation}: {what}", unit, [.. list], baseline, null, false));
                }
            }
        }

        Pair(results, "storage on disk", "bytes", [peerBytes], [versionerBytes], 1.5, false);

        // The same data once the engine compacts it (SQLite VACUUM, PostgreSQL VACUUM FULL on both sides): live rows
        // only, without the dead row versions and half-empty index pages the run leaves, which on PostgreSQL depend on
        // whether autovacuum happened to run. For the record: the target is on the line above.
        const string Compacted = "storage compacted (SQLite VACUUM; PostgreSQL VACUUM FULL)";
        results.Add(new Result(scenario, $"{Compacted}: {peerName}", "bytes", [peerCompacted], HigherIsBetter: false));
        results.Add(new Result(scenario, $"{Compacted}: Versioner", "bytes", [versionerCompacted], $"{Compacted}: {peerName}", null, false));
        return results;
    }

    /// <summary>
    /// Warm-ups, then the measured repetitions of the four reads, each side in turn. Samples go under "name+suffix operation".
    /// </summary>
    private static async Task ReadsAsync(BenchOptions options, string scenario, List<(string Name, PeerSide Side)> sides, string suffix, int[] picks, RowData[] rows, int n, long originalYears, long editedYears, bool record, Action<string, double> add)
    {
        Harness.Log($"peers: {scenario}: reads{suffix}");
        const int warmUps = 2;
        var reps = record ? options.ReadRepetitions : 1;
        for (var rep = -warmUps; rep < reps; rep++)
        {
            foreach (var (name, side) in sides)
            {
                Harness.Collect();
                (int Count, long Years) head = default;
                var tHead = await side.TimeAsync(async () => head = await side.HeadAsync());
                Require(head == (n, editedYears), $"{name} head read returned {head}, expected {(n, editedYears)}");

                Harness.Collect();
                (int Count, long Years) asOf = default;
                var tAsOf = await side.TimeAsync(async () => asOf = await side.AsOfAllAsync());
                Require(asOf == (n, originalYears), $"{name} as-of read returned {asOf}, expected {(n, originalYears)}");

                Harness.Collect();
                var found = new int?[Calls];
                var tOne = await side.TimeAsync(async () =>
                {
                    for (var i = 0; i < Calls; i++)
                    {
                        found[i] = await side.OneAsOfAsync(picks[i]);
                    }
                });
                for (var i = 0; i < Calls; i++)
                {
                    Require(found[i] == rows[picks[i]].Year, $"{name} one entity as of the past point: {found[i]}, expected {rows[picks[i]].Year}");
                }

                Harness.Collect();
                var counts = new int[Calls];
                var tHistory = await side.TimeAsync(async () =>
                {
                    for (var i = 0; i < Calls; i++)
                    {
                        counts[i] = await side.HistoryCountAsync(picks[i]);
                    }
                });
                Require(counts.All(c => c == 2), $"{name} history of one entity: {string.Join(",", counts.Distinct())} versions, expected 2");

                // Versioner only (the peers have no diff): the diff of main's last commit, 1,000 entities modified.
                var tDiff = 0.0;
                if (side is VersionerSide diffing)
                {
                    Harness.Collect();
                    var entries = 0;
                    tDiff = await side.TimeAsync(async () => entries = await diffing.DiffOfLastCommitAsync());
                    Require(entries == Math.Min(options.CommitSize, n), $"{name} diff of main's last commit: {entries} entries, expected {Math.Min(options.CommitSize, n)}");
                }

                if (rep >= 0)
                {
                    add($"{name}{suffix} head", tHead * 1000);
                    add($"{name}{suffix} asof", tAsOf * 1000);
                    add($"{name}{suffix} one", tOne * 1e6 / Calls);
                    add($"{name}{suffix} history", tHistory * 1e6 / Calls);
                    if (side is VersionerSide)
                    {
                        add($"{name}{suffix} diff", tDiff * 1000);
                    }
                }
            }
        }
    }

    /// <summary>The reads whose plans <c>--plans</c> prints: the four measured ones, a commit's change set, a diff.</summary>
    private static List<(string Name, Func<Task> Read)> PlannedReads(VersionerSide versioner, int[] picks) =>
    [
        ("head read of all", () => versioner.HeadAsync()),
        ("as-of read of all", () => versioner.AsOfAllAsync()),
        ("one entity as of (Snapshot.FindAsync: CurrentOfAsync / FindSql)", () => versioner.OneAsOfAsync(picks[1])),
        ("history of one entity (HistoryAsync: OnPathAsync)", () => versioner.HistoryCountAsync(picks[1])),
        ("a commit's change set (ChangeReads.OfCommit, EF)", async () => await versioner.Store.Changes.OfCommit(versioner.Past.Id).CountAsync()),
        ("diff of main's last commit (DiffEngine: ChangedBetweenAsync, then CurrentOfAsync over ids)", () => versioner.DiffOfLastCommitAsync()),
    ];

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
