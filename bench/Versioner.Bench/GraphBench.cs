using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Bench;

/// <summary>
/// Scenario 4, the commit-graph scale targets, on a history built fast by <see cref="HistoryBuilder"/> (raw SQL into
/// Versioner's own EF-created tables), then measured through the public API only: ancestry and merge bases (after
/// the in-memory graph is loaded; the load is reported on its own line), a mid-history snapshot on a branched vs a
/// linear history, one entity as of a commit, an entity's history, the first log page, a finalize at commit N vs on
/// a fresh database, and a merge of two branches of 10,000 changes each vs the same changes as one plain commit.
/// </summary>
internal static class GraphBench
{
    private sealed record Line(string Measure, string Target, string Result, string Met);

    public static async Task RunAsync(BenchOptions options)
    {
        var commits = options.Commits;
        var entities = commits; // 100,000 eternal ids for 100,000 commits: created in the first 10% of the history
        const int perCommit = 10;
        var lines = new List<Line>();
        var findPlan = "";
        var reps = options.Quick ? 5 : 7;

        Harness.Log($"graph: building a branched history of {commits:N0} commits");
        var branchedPath = Sqlite.NewPath("graph-branched");
        var linearPath = Sqlite.NewPath("graph-linear");
        HistoryBuilder.Result branched, linear;
        var started = DateTime.UtcNow;
        branched = HistoryBuilder.Build(branchedPath, commits, entities, perCommit, branched: true);
        var branchedBuild = (DateTime.UtcNow - started).TotalSeconds;
        Harness.Log($"graph: branched history built in {branchedBuild:0.0} s wall ({branched.Versions:N0} versions, {branched.Merges:N0} merges); building the linear one");
        started = DateTime.UtcNow;
        linear = HistoryBuilder.Build(linearPath, commits, entities, perCommit, branched: false);
        var linearBuild = (DateTime.UtcNow - started).TotalSeconds;
        Harness.Log($"graph: linear history built in {linearBuild:0.0} s wall ({linear.Versions:N0} versions)");

        try
        {
            using var connection = Sqlite.Open(branchedPath);
            await using var db = new VersionedContext(connection);
            var repo = await Repository.OpenAsync(db);
            var head = branched.Main[^1];
            var mid = branched.Main[branched.Main.Count / 2];

            // The one-off load of the in-memory commit graph: the first ancestry question in the process.
            var load = await Harness.TimeAsync(() => repo.IsAncestorAsync(branched.Main[0], head));
            lines.Add(new("in-memory commit graph load (first IsAncestorAsync, one-off)", "reported", Ms(load), ""));

            async Task PerCall(string name, int calls, Func<int, Task> op, double targetMs)
            {
                await op(0);
                // Batches of about 0.2 s, so a slow operation does not take minutes and a fast one beats the clock's resolution.
                var first = await Harness.TimeAsync(() => op(1));
                calls = (int)Math.Clamp(0.2 / Math.Max(first, 1e-6), 3, calls);
                var samples = new List<double>();
                for (var r = 0; r < reps; r++)
                {
                    samples.Add(await Harness.TimeAsync(async () =>
                    {
                        for (var i = 0; i < calls; i++)
                        {
                            await op(i);
                        }
                    }) / calls);
                }

                var median = Median(samples);
                Harness.Log($"graph: {name}: {Ms(median)}");
                lines.Add(new(name, $"<= {Ms(targetMs / 1000)}", $"{Ms(median)} ({Ms(samples.Min())}..{Ms(samples.Max())})", median * 1000 <= targetMs ? "yes" : "**no**"));
            }

            // What every call below pays before any graph work: resolving two revisions (two indexed lookups through EF).
            await PerCall("IsAncestorAsync(head, head): the two revision lookups alone", 200, _ => Check(repo.IsAncestorAsync(head, head), true), 1);
            var near = branched.Main[^11];
            var block = branched.Branches[^1];
            var early = branched.Branches[0];
            await PerCall("IsAncestorAsync, near (10 first-parent steps)", 200, _ => Check(repo.IsAncestorAsync(near, head), true), 1);
            await PerCall($"IsAncestorAsync, far (root vs head, {branched.Main.Count:N0} first-parent steps)", 200, _ => Check(repo.IsAncestorAsync(branched.Main[0], head), true), 1);
            await PerCall($"IsAncestorAsync, far through merges (commit on the first branch vs head, {branched.Merges:N0} merges between)", 200, _ => Check(repo.IsAncestorAsync(early.Commits[10], head), true), 1);
            await PerCall("IsAncestorAsync, false (head vs a commit on the last branch)", 200, _ => Check(repo.IsAncestorAsync(head, block.Commits[10]), false), 1);
            await PerCall("MergeBasesAsync, near (last branch's 25th commit vs the main commit before its merge; base 50 back)", 100, async _ =>
            {
                var bases = await repo.MergeBasesAsync(block.Commits[24], block.MainBeforeMerge);
                Require(bases.Count == 1 && bases[0].Id == block.ForkPoint, "near merge base");
            }, 1);
            await PerCall($"MergeBasesAsync, far (commit on the first branch vs head, {branched.Main.Count:N0} generations apart)", 20, async _ =>
            {
                var bases = await repo.MergeBasesAsync(early.Commits[10], head);
                Require(bases.Count == 1 && bases[0].Id == early.Commits[10], "far merge base");
            }, 1);

            // Snapshot of 100,000 entities at a mid-history commit: branched vs linear.
            using var linearConnection = Sqlite.Open(linearPath);
            await using var linearDb = new VersionedContext(linearConnection);
            var linearRepo = await Repository.OpenAsync(linearDb);
            var linearMid = linear.Main[linear.Main.Count / 2];
            var snapshotB = new List<double>();
            var snapshotL = new List<double>();
            var midSnapshot = await repo.SnapshotAsync(mid);
            var linearSnapshot = await linearRepo.SnapshotAsync(linearMid);
            for (var r = -1; r < reps; r++)
            {
                Harness.Collect();
                var count = 0;
                var tb = await Harness.TimeAsync(async () => count = (await midSnapshot.Query<Item>().ToListAsync()).Count);
                Require(count == entities, $"branched snapshot count {count}");
                Harness.Collect();
                var tl = await Harness.TimeAsync(async () => count = (await linearSnapshot.Query<Item>().ToListAsync()).Count);
                Require(count == entities, $"linear snapshot count {count}");
                if (r >= 0)
                {
                    snapshotB.Add(tb);
                    snapshotL.Add(tl);
                }
            }

            Harness.Log($"graph: snapshots {Ms(Median(snapshotB))} branched, {Ms(Median(snapshotL))} linear");
            var ratio = Median(snapshotB) / Median(snapshotL);
            lines.Add(new($"snapshot Query<Item>().ToListAsync(), {entities:N0} entities at a mid-history commit, branched history", "", $"{Ms(Median(snapshotB))} ({Ms(snapshotB.Min())}..{Ms(snapshotB.Max())})", ""));
            lines.Add(new("the same on the linear history", "", $"{Ms(Median(snapshotL))} ({Ms(snapshotL.Min())}..{Ms(snapshotL.Max())})", ""));
            lines.Add(new("branched / linear snapshot time", "<= 1.2x", string.Create(CultureInfo.InvariantCulture, $"{ratio:0.00}x"), ratio <= 1.2 ? "yes" : "**no**"));

            // One entity as of a commit: a different entity each call. Its plan is printed with the table.
            var probe = new EternalId(branched.Eternal[12_345 % entities]);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = Profiling.StripParameters(midSnapshot.Query<Item>().Where(v => v.EternalId == probe).Take(1).ToQueryString(), command);
                findPlan = Phases.Plan(connection, command);
            }

            // One entity as of a commit: a different entity each call.
            await PerCall("Snapshot.FindAsync<Item>(id) as of a mid-history commit, per call", 100, async i =>
            {
                var found = await midSnapshot.FindAsync<Item>(new EternalId(branched.Eternal[1 + (i * 7 % (entities - 1))]));
                Require(found is not null, "FindAsync found nothing");
            }, 0.05);

            await PerCall("HistoryAsync of one entity with 100 changes (at head)", 20, async _ =>
            {
                var history = await repo.HistoryAsync(new EternalId(branched.Eternal[0]), head);
                Require(history.Count == 100, $"history has {history.Count} entries");
            }, 1);
            await PerCall("LogAsync first page of 100 (first parent, at head)", 20, async _ =>
            {
                var log = await repo.LogAsync(head, new LogOptions { Take = 100 });
                Require(log.Count == 100, "log page");
            }, 5);
            await PerCall("LogAsync first page of 100 (full DAG walk, FirstParentOnly = false)", 20, async _ =>
            {
                var log = await repo.LogAsync(head, new LogOptions { Take = 100, FirstParentOnly = false });
                Require(log.Count == 100, "log page");
            }, 5);

            // Finalize of 1,000 updated versions at commit N, vs the same on a fresh database.
            Harness.Log("graph: finalize at commit N vs fresh");
            var (saveN, finalizeN) = await FinalizeRepsAsync(repo, reps: 5, stride: 1_000);
            var freshPath = Sqlite.NewPath("graph-fresh");
            try
            {
                using var freshConnection = Sqlite.Open(freshPath);
                await using var freshDb = new VersionedContext(freshConnection);
                await freshDb.Database.EnsureCreatedAsync();
                var freshRepo = await Repository.OpenAsync(freshDb);
                var seed = await freshRepo.CheckoutAsync("main");
                await seed.SaveAllAsync(RowData.Generate(1_000).Select(r => new Item { Title = r.Title, Year = r.Year, Amount = r.Amount }).ToList());
                await seed.FinalizeAsync("bench", "seed");
                var (saveF, finalizeF) = await FinalizeRepsAsync(freshRepo, reps: 5, stride: 0);
                lines.Add(new($"SaveAllAsync of 1,000 updated entities at commit {commits:N0} (branched history)", "", Ms(Median(saveN)), ""));
                lines.Add(new("the same on a fresh database (1 earlier commit)", "", Ms(Median(saveF)), ""));
                lines.Add(new($"FinalizeAsync of that commit of 1,000 versions at commit {commits:N0}", "", $"{Ms(Median(finalizeN))} ({Ms(finalizeN.Min())}..{Ms(finalizeN.Max())})", ""));
                lines.Add(new("FinalizeAsync of the same on a fresh database", "", $"{Ms(Median(finalizeF))} ({Ms(finalizeF.Min())}..{Ms(finalizeF.Max())})", ""));
                var fr = Median(finalizeN) / Median(finalizeF);
                lines.Add(new("finalize at commit N / fresh", "about 1x (no growth with history)", string.Create(CultureInfo.InvariantCulture, $"{fr:0.00}x"), fr <= 1.2 ? "yes" : "**no**"));
            }
            finally
            {
                Sqlite.Delete(freshPath);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Sqlite.Delete(branchedPath);
            Sqlite.Delete(linearPath);
        }

        Harness.Log("graph: merge of two branches of 10,000 changes each vs one plain commit");
        lines.AddRange(await MergeVsPlainAsync());

        Console.WriteLine();
        Console.WriteLine($"### 4 graph: {commits:N0} commits, {branched.Versions:N0} versions over {entities:N0} eternal ids ({perCommit} per non-merge commit); branched: {branched.Merges:N0} branches of 50 commits merged back; clock: {Clock.Name}");
        Console.WriteLine();
        Console.WriteLine($"History generation (raw SQL, wall clock): branched {branchedBuild:0.0} s, linear {linearBuild:0.0} s.");
        Console.WriteLine();
        Console.WriteLine("| measure | target | result (median, min..max) | met |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var line in lines)
        {
            Console.WriteLine($"| {line.Measure} | {line.Target} | {line.Result} | {line.Met} |");
        }

        Console.WriteLine();
        Console.WriteLine("Query plan, Snapshot.FindAsync (snapshot query filtered on the version's EternalId):");
        Console.WriteLine(findPlan);
    }

    private static async Task<(List<double> Save, List<double> Finalize)> FinalizeRepsAsync(Repository repo, int reps, int stride)
    {
        var save = new List<double>();
        var finalize = new List<double>();
        var ws = await repo.CheckoutAsync("main");
        for (var r = -1; r < reps; r++)
        {
            var snapshot = await repo.SnapshotAsync("main");
            var chunk = await snapshot.Query<Item>().OrderBy(i => i.EternalId).Skip(stride == 0 ? 0 : 1 + (r + 1) * stride).Take(1_000).ToListAsync();
            foreach (var item in chunk)
            {
                item.Title += " (finalize)";
                item.Year++;
            }

            Harness.Collect();
            var s = await Harness.TimeAsync(() => ws.SaveAllAsync(chunk));
            var f = await Harness.TimeAsync(() => ws.FinalizeAsync("bench", "finalize at N"));
            if (r >= 0)
            {
                save.Add(s);
                finalize.Add(f);
            }
        }

        return (save, finalize);
    }

    /// <summary>
    /// A fresh database of 20,000 entities; branches a and b from main each update 10,000 different entities, then a
    /// merges b (clean, finalized at once). The plain line applies b's 10,000 changes to a's head as one ordinary
    /// commit (SaveAllAsync + FinalizeAsync), on another branch from the same point.
    /// </summary>
    private static async Task<IEnumerable<Line>> MergeVsPlainAsync()
    {
        const int half = 10_000;
        var path = Sqlite.NewPath("graph-merge");
        try
        {
            using var connection = Sqlite.Open(path);
            await using var db = new VersionedContext(connection);
            await db.Database.EnsureCreatedAsync();
            var repo = await Repository.OpenAsync(db);
            var seed = await repo.CheckoutAsync("main");
            await seed.SaveAllAsync(RowData.Generate(2 * half).Select(r => new Item { Title = r.Title, Year = r.Year, Amount = r.Amount }).ToList());
            await seed.FinalizeAsync("bench", "seed");

            async Task<Commit> CommitEdits(string branch, int from, string suffix)
            {
                var ws = await repo.CheckoutAsync(branch);
                var all = await (await repo.SnapshotAsync(branch)).Query<Item>().OrderBy(i => i.EternalId).ToListAsync();
                var chunk = all.Skip(from).Take(half).ToList();
                foreach (var item in chunk)
                {
                    item.Title += suffix;
                }

                await ws.SaveAllAsync(chunk);
                return await ws.FinalizeAsync("bench", suffix);
            }

            var merge = new List<double>();
            var plainSave = new List<double>();
            var plainFinalize = new List<double>();
            for (var r = -1; r < 3; r++)
            {
                var a = $"a{r + 1}";
                var b = $"b{r + 1}";
                var c = $"c{r + 1}";
                await repo.CreateBranchAsync(a, "main");
                await repo.CreateBranchAsync(b, "main");
                var aHead = await CommitEdits(a, 0, " (a)");
                await CommitEdits(b, half, " (b)");
                await repo.CreateBranchAsync(c, aHead);

                // The plain commit: b's changes, as one ordinary commit on top of a's head.
                var wsC = await repo.CheckoutAsync(c);
                var all = await (await repo.SnapshotAsync(c)).Query<Item>().OrderBy(i => i.EternalId).ToListAsync();
                var chunk = all.Skip(half).Take(half).ToList();
                foreach (var item in chunk)
                {
                    item.Title += " (b)";
                }

                Harness.Collect();
                var ps = await Harness.TimeAsync(() => wsC.SaveAllAsync(chunk));
                var pf = await Harness.TimeAsync(() => wsC.FinalizeAsync("bench", "plain"));

                var wsA = await repo.CheckoutAsync(a);
                Harness.Collect();
                MergeResult? result = null;
                var m = await Harness.TimeAsync(async () => result = await wsA.MergeAsync(b));
                Require(result!.Commit is not null && result.Conflicts.Count == 0, $"merge: {result}");
                if (r >= 0)
                {
                    merge.Add(m);
                    plainSave.Add(ps);
                    plainFinalize.Add(pf);
                }
            }

            var plain = plainSave.Zip(plainFinalize, (s, f) => s + f).ToList();
            return
            [
                new($"MergeAsync of two branches that each changed {half:N0} entities (clean, finalized)", "stated", $"{Ms(Median(merge))} ({Ms(merge.Min())}..{Ms(merge.Max())})", ""),
                new($"the same {half:N0} changes as one plain commit: SaveAllAsync + FinalizeAsync", "stated", $"{Ms(Median(plain))} ({Ms(plain.Min())}..{Ms(plain.Max())}); save {Ms(Median(plainSave))}, finalize {Ms(Median(plainFinalize))}", ""),
                new("merge / plain commit", "stated", string.Create(CultureInfo.InvariantCulture, $"{Median(merge) / Median(plain):0.00}x"), ""),
            ];
        }
        finally
        {
            Sqlite.Delete(path);
        }
    }

    private static async Task Check(Task<bool> task, bool expected) => Require(await task == expected, "ancestry answer");

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"graph benchmark check failed: {what}");
        }
    }

    private static double Median(List<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Seconds as milliseconds, or microseconds under 1 ms.</summary>
    private static string Ms(double seconds) =>
        seconds < 0.001
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e6:0.0} µs")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds * 1e3:N1} ms");
}
