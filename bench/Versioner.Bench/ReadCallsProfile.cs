using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Versioner.Bench;

/// <summary>
/// <c>--only readcalls</c>: where one single-entity read of scenario 8 spends its time. The calls the peers scenario
/// makes (<c>SnapshotAsync(past)</c> + <c>FindAsync</c>; <c>HistoryAsync&lt;Item&gt;(id, "main")</c>), their parts alone,
/// and the peer's query, on the same data (<c>--versions</c> entities, each updated once), interleaved: per call the
/// time by <see cref="Clock"/> (min and median over the trials), the bytes allocated, and the statements sent (SQLite's
/// profile hook; Npgsql's activities), printed once per line.
/// </summary>
internal static class ReadCallsProfile
{
    private const int Calls = 500;
    private const int Trials = 7;

    public static async Task RunAsync(BenchOptions options)
    {
        var n = options.Versions;
        var rows = RowData.Generate(n);
        var picks = Enumerable.Range(0, Calls).Select(i => (int)(i * 7919L % n)).ToArray();

        var path = Sqlite.NewPath("readcalls");
        var connection = Sqlite.Open(path);
        await using (var db = new VersionedContext(connection))
        await using (var peer = new TriggerSide(Sqlite.NewPath("readcalls-peer")))
        {
            var statements = new List<string>();
            var sides = await LoadAsync(db, peer, rows, options.CommitSize);
            SQLitePCL.delegate_profile hook = (_, sql, _) => statements.Add(sql.utf8_to_string());
            await MeasureAsync("SQLite", db, peer, sides, picks, statements, on =>
            {
                SQLitePCL.raw.sqlite3_profile(connection.Handle, on ? hook : null, null);
                SQLitePCL.raw.sqlite3_profile(peer.Connection.Handle, on ? hook : null, null);
            });
        }

        await connection.DisposeAsync();
        Sqlite.Delete(path);

        // The peer's tables in a schema of this process's own, as PeersBench does (the peer drops it when done).
        var peerServer = new NpgsqlConnectionStringBuilder(Postgres.Server)
        {
            Database = PeersBench.PeerDatabase,
            SearchPath = $"{PeriodsSide.SchemaPrefix}{Environment.ProcessId},public",
            CommandTimeout = 0,
        }.ConnectionString;
        if (Postgres.Unreachable() is not null || await PeriodsSide.UnavailableAsync(peerServer) is not null)
        {
            Console.WriteLine("- readcalls on PostgreSQL skipped (server or periods extension missing)");
            return;
        }

        var cs = await Postgres.CreateAsync("readcalls");
        try
        {
            await using var db = new PgVersionedContext(cs);
            await db.Database.EnsureCreatedAsync();
            await using var peer = new PeriodsSide(peerServer);
            await peer.OpenAsync();
            var sides = await LoadAsync(db, peer, rows, options.CommitSize);
            await Postgres.OpenAsync(db);
            var statements = new List<string>();
            var recording = false;
            using var listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => recording ? ActivitySamplingResult.AllData : ActivitySamplingResult.None,
                ActivityStopped = activity =>
                {
                    if (recording)
                    {
                        statements.Add(activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName);
                    }
                },
            };
            ActivitySource.AddActivityListener(listener);
            await MeasureAsync("PostgreSQL", db, peer, sides, picks, statements, on => recording = on);
        }
        finally
        {
            await Postgres.DropAsync(cs);
        }
    }

    private sealed record Loaded(Repository Repo, Item[] Items, Commit Past);

    private static async Task<Loaded> LoadAsync(DbContext db, PeerSide peer, RowData[] rows, int batch)
    {
        await db.Database.EnsureCreatedAsync();
        var repo = await Repository.OpenAsync(db);
        var ws = await repo.CheckoutAsync("main");
        var items = new Item[rows.Length];
        Harness.Log($"readcalls: loading {rows.Length:N0} entities");
        await WriteBench.CommitAllAsync(ws, rows, batch, items, edited: false);
        await peer.CreateAsync(rows, batch);
        var past = await repo.FindCommitAsync("main");
        await peer.MarkPastAsync();
        await WriteBench.CommitAllAsync(ws, rows, batch, items, edited: true);
        await peer.UpdateAsync(rows, batch);
        return new Loaded(repo, items, past);
    }

    private static async Task MeasureAsync(string engine, DbContext db, PeerSide peer, Loaded side, int[] picks, List<string> statements, Action<bool> record)
    {
        var repo = side.Repo;
        var items = side.Items;
        var held = await repo.SnapshotAsync(side.Past);
        var mainIds = await (await repo.SnapshotAsync("main")).Query<Item>().Select(i => i.VersionId).Take(2).ToArrayAsync();
        var store = repo.Store;
        var (_, mainPath) = await store.ResolveWithPathAsync("main", CancellationToken.None);
        var (inPath, boundMappings, bounds) = mainPath.Sql(store, "ch", 2);
        var historySql = Repository.HistorySql(store, "", inPath, 101, null);
        Task Raw(int i, Func<System.Data.Common.DbDataReader, object> read) => store.QueryKeptAsync(
            historySql, [store.Map.EternalId, store.Map.Long, .. boundMappings], [items[i].EternalId, 0L, .. bounds], read, CancellationToken.None);
        var changesSql = $"SELECT ch.commit_id, ch.version_id, ch.depth FROM versioner_changes ch WHERE ch.eternal_id = @p0 AND {inPath} ORDER BY ch.depth DESC {store.Dialect.Page("101", "@p1")}";
        if (engine == "SQLite")
        {
            Console.WriteLine();
            Console.WriteLine("The history statement's plan on SQLite:");
            foreach (var detail in await store.QueryAsync("EXPLAIN QUERY PLAN " + historySql, [store.Map.EternalId, store.Map.Long, .. boundMappings], [items[0].EternalId, 0L, .. bounds], r => r.GetString(3), CancellationToken.None))
            {
                Console.WriteLine($"    plan: {detail}");
            }
        }

        var lines = new (string Name, Func<int, Task> Call)[]
        {
            ("peer: one entity as of", i => peer.OneAsOfAsync(i)),
            ("SnapshotAsync(past) + FindAsync (the bench's call)", async i => _ = (await (await repo.SnapshotAsync(side.Past)).FindAsync<Item>(items[i].EternalId))!.Year),
            ("  SnapshotAsync(past) alone", i => repo.SnapshotAsync(side.Past)),
            ("  FindAsync on a held snapshot", i => held.FindAsync<Item>(items[i].EternalId)),
            ("peer: history of one entity", i => peer.HistoryCountAsync(i)),
            ("HistoryAsync<Item>(id, \"main\") (the bench's call)", i => repo.HistoryAsync<Item>(items[i].EternalId, "main")),
            ("  untyped HistoryAsync(id, \"main\")", i => repo.HistoryAsync(items[i].EternalId, "main")),
            ("  SnapshotAsync(\"main\") (the resolve)", i => repo.SnapshotAsync("main")),
            ("  EF load of two versions by id (what HistoryAsync<T> ran before 5401996)", i => db.Set<Item>().AsNoTracking().Where(v => mainIds.Contains(v.VersionId)).ToListAsync()),
            ("  the history statement alone (QueryKeptAsync), rows not read", i => Raw(i, _ => 0)),
            ("  the same, every column read as HistoryAsync reads it (ReadKeptAsync)", i => store.ReadKeptAsync(
                historySql, [store.Map.EternalId, store.Map.Long, .. boundMappings], [items[i].EternalId, 0L, .. bounds], ReadEveryColumn, CancellationToken.None)),
            ("  its changes subquery alone (QueryKeptAsync)", i => store.QueryKeptAsync(
                changesSql, [store.Map.EternalId, store.Map.Long, .. boundMappings], [items[i].EternalId, 0L, .. bounds], r => 0, CancellationToken.None)),
            ("floor: SELECT 1 through EF SqlQuery", i => db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\"").ToListAsync()),
            ("floor: SELECT 1 through QueryKeptAsync", i => store.QueryKeptAsync("SELECT 1", [], [], r => 0, CancellationToken.None)),
        };

        foreach (var (_, call) in lines)
        {
            for (var i = 0; i < 50; i++)
            {
                await call(picks[i]);
            }
        }

        var times = lines.Select(_ => new List<double>()).ToArray();
        var bytes = new double[lines.Length];
        var pgConnection = db.Database.GetDbConnection() as NpgsqlConnection;
        for (var trial = 0; trial < Trials; trial++)
        {
            for (var l = 0; l < lines.Length; l++)
            {
                Harness.Collect();
                var allocated = GC.GetTotalAllocatedBytes();
                var call = lines[l].Call;
                Func<Task> work = async () =>
                {
                    foreach (var pick in picks)
                    {
                        await call(pick);
                    }
                };
                var seconds = pgConnection is null ? await Harness.TimeAsync(work) : await Postgres.TimeAsync(work, pgConnection, PeerConnection(peer));
                bytes[l] = (GC.GetTotalAllocatedBytes() - allocated) / (double)picks.Length;
                times[l].Add(seconds * 1e6 / picks.Length);
            }
        }

        // The statements of 20 calls, per call.
        const int Recorded = 20;
        var counted = new string[lines.Length][];
        for (var l = 0; l < lines.Length; l++)
        {
            statements.Clear();
            record(true);
            for (var i = 0; i < Recorded; i++)
            {
                await lines[l].Call(picks[i]);
            }

            record(false);
            counted[l] = statements.GroupBy(s => s).SelectMany(g => Enumerable.Repeat(g.Key, g.Count() / Recorded)).ToArray();
        }

        Console.WriteLine();
        Console.WriteLine($"### Single-entity reads on {engine}, {items.Length:N0} entities, {picks.Length} calls x {Trials} trials, {Clock.Name}, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine();
        Console.WriteLine("| call | µs/call min | median | KB allocated | statements |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var l = 0; l < lines.Length; l++)
        {
            var sorted = times[l].Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {lines[l].Name} | {sorted[0]:0.0} | {sorted[sorted.Length / 2]:0.0} | {bytes[l] / 1024:0.0} | {counted[l].Length} |"));
        }

        Console.WriteLine();
        for (var l = 0; l < lines.Length; l++)
        {
            Console.WriteLine($"- {lines[l].Name.Trim()}:");
            foreach (var sql in counted[l])
            {
                Console.WriteLine($"    {string.Join(' ', sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()))}");
            }
        }
    }

    private static NpgsqlConnection PeerConnection(PeerSide peer) => ((PeriodsSide)peer).Connection;

    /// <summary>Each column of a history statement's row (<see cref="Repository.HistorySql"/>), read as HistoryAsync's reader reads it.</summary>
    private static void ReadEveryColumn(System.Data.Common.DbDataReader reader, Versioner.Storage.Dialects.NativeRow? native)
    {
        _ = Versioner.Internal.GuidColumn.Read(reader, native, 0);
        _ = Versioner.Internal.Columns.Int64(reader, native, 1);
        _ = Versioner.Internal.Columns.Bytes(reader, native, 2);
        _ = Versioner.Internal.Columns.String(reader, native, 3);
        _ = Versioner.Internal.Columns.String(reader, native, 4);
        _ = Versioner.Internal.Columns.Int64(reader, native, 5);
        _ = Versioner.Internal.Columns.Int64(reader, native, 6);
        _ = Versioner.Internal.GuidColumn.ReadNullable(reader, native, 7);
        if (Versioner.Internal.GuidColumn.ReadNullable(reader, native, 8) is not null)
        {
            _ = Versioner.Internal.Columns.Int64(reader, native, 9);
        }
    }
}
