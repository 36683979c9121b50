using System.Collections.Frozen;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Bench;

/// <summary>
/// Scenario <c>follow</c>: a <see cref="Follower"/>'s in-memory snapshot. Lookup of one entity by eternal id against a
/// <see cref="FrozenDictionary{TKey, TValue}"/> of the same values (with the snapshot's overlay empty, right after a
/// full load, and not, after refreshes); and the time of a refresh after one commit of 10 changes, on a snapshot of
/// 10,000 entities and on one of N (1,000,000; 100,000 in <c>--quick</c>): refresh cost should follow the changes,
/// not the snapshot's size.
/// </summary>
internal static class FollowerBench
{
    private const int Small = 10_000;
    private const int Changes = 10;

    public static async Task RunAsync(BenchOptions options)
    {
        var large = options.Quick ? 100_000 : 1_000_000;
        var refreshes = options.Quick ? 7 : 15;
        Console.WriteLine();
        Console.WriteLine($"## Follower: lookups and refreshes (scenario follow; {Small:N0} and {large:N0} entities, refresh after one commit of {Changes} changes, median of {refreshes})");
        Console.WriteLine();
        Console.WriteLine("| measure | value | ratio |");
        Console.WriteLine("|---|---|---|");
        var small = await MeasureAsync(Small, refreshes, lookups: false);
        var big = await MeasureAsync(large, refreshes, lookups: true);
        Console.WriteLine($"| refresh after {Changes} changes, {Small:N0} entities | {small.Refresh * 1000:0.0} ms | 1.00 |");
        Console.WriteLine($"| refresh after {Changes} changes, {large:N0} entities | {big.Refresh * 1000:0.0} ms | {big.Refresh / small.Refresh:0.00} |");
        Console.WriteLine($"| full load, {Small:N0} entities | {small.Load:0.00} s | |");
        Console.WriteLine($"| full load, {large:N0} entities | {big.Load:0.00} s | {big.Load / small.Load:0.0} |");
        Console.WriteLine($"| lookup by eternal id, FrozenDictionary ({large:N0}) | {big.Frozen:0.0} ns | 1.00 |");
        Console.WriteLine($"| lookup by eternal id, Current.Find (overlay empty) | {big.FindEmpty:0.0} ns | {big.FindEmpty / big.Frozen:0.00} |");
        Console.WriteLine($"| lookup by eternal id, Current.Find ({big.Overlay} changes in the overlay) | {big.FindOverlay:0.0} ns | {big.FindOverlay / big.Frozen:0.00} |");
    }

    private sealed record Measures(double Load, double Refresh, double Frozen, double FindEmpty, double FindOverlay, int Overlay);

    private static async Task<Measures> MeasureAsync(int entities, int refreshes, bool lookups)
    {
        var path = Sqlite.NewPath($"follow-{entities}");
        var random = new Random(entities);
        await using var db = new FollowedContext(path);
        await db.Database.EnsureCreatedAsync();
        var repo = await Repository.OpenAsync(db);
        var items = Enumerable.Range(0, entities).Select(i => new Item { Title = $"Item {i}", Year = 2000 + (i % 25), Amount = i }).ToList();
        var ws = await repo.CheckoutAsync("main");
        await ws.SaveAllAsync(items);
        await ws.FinalizeAsync("bench", $"{entities} items");
        db.ChangeTracker.Clear();
        Harness.Log($"follow: {entities:N0} entities committed");

        await using var follower = new Follower(() => new FollowedContext(path), new FollowerOptions { ListenForChanges = false }.Include<Item>());
        Harness.Collect();
        var load = await Harness.TimeAsync(() => follower.RefreshAsync());
        Harness.Log($"follow: loaded in {load:0.00} s");

        var keys = Enumerable.Range(0, 1_000_000).Select(_ => items[random.Next(entities)].EternalId).ToArray();
        double frozen = 0, findEmpty = 0;
        var dictionary = follower.Current.All<Item>().ToFrozenDictionary(i => i.EternalId);
        if (lookups)
        {
            var snapshot = follower.Current;
            (frozen, findEmpty) = NanosPerLookup(keys, id => dictionary[id].Year, id => snapshot.Find<Item>(id)!.Year);
        }

        var times = new List<double>();
        for (var r = 0; r < refreshes + 1; r++)
        {
            ws = await repo.CheckoutAsync("main");
            var changed = Enumerable.Range(0, Changes).Select(_ => items[random.Next(entities)]).Distinct().ToList();
            foreach (var item in changed)
            {
                item.Amount += 1;
            }

            await ws.SaveAllAsync(changed);
            var commit = await ws.FinalizeAsync("bench", $"change {r}");
            db.ChangeTracker.Clear();
            var seconds = await Harness.TimeAsync(() => follower.RefreshAsync());
            if (follower.Current.Commit?.Id != commit.Id)
            {
                throw new InvalidOperationException($"The follower did not reach {commit}: {follower.State}");
            }

            if (r > 0)
            {
                times.Add(seconds); // the first refresh warms up the diff and load paths
            }
        }

        double findOverlay = 0;
        var overlay = 0;
        if (lookups)
        {
            var snapshot = follower.Current;
            (_, findOverlay) = NanosPerLookup(keys, id => dictionary[id].Year, id => snapshot.Find<Item>(id)!.Year);
            overlay = ((Versioner.Internal.EntityTable<Item>)snapshot.Table(Versioner.Internal.TypeSlot<Item>.Index)!).ById.OverlayCount;
        }

        times.Sort();
        return new Measures(load, times[times.Count / 2], frozen, findEmpty, findOverlay, overlay);
    }

    /// <summary>
    /// Nanoseconds per lookup of <paramref name="baseline"/> and <paramref name="measured"/>, run alternately 9 times
    /// each after a warm-up, the fastest run of each: on a shared machine the least disturbed run is closest to the cost.
    /// </summary>
    private static (double Baseline, double Measured) NanosPerLookup(EternalId[] keys, Func<EternalId, int> baseline, Func<EternalId, int> measured)
    {
        double Run(Func<EternalId, int> lookup)
        {
            long sum = 0;
            var started = Stopwatch.GetTimestamp();
            foreach (var key in keys)
            {
                sum += lookup(key);
            }

            var elapsed = Stopwatch.GetElapsedTime(started).TotalNanoseconds / keys.Length;
            return sum == 0 ? throw new InvalidOperationException("no lookup found anything") : elapsed;
        }

        // Warm-up, with pauses: tiered compilation replaces the first code of the follower's lookup path (the baseline's
        // is precompiled in the framework) on a background thread, which a busy machine starves for a while.
        for (var warm = 0; warm < 4; warm++)
        {
            Run(baseline);
            Run(measured);
            Thread.Sleep(250);
        }

        double bestBaseline = double.MaxValue, bestMeasured = double.MaxValue;
        for (var run = 0; run < 9; run++)
        {
            bestBaseline = Math.Min(bestBaseline, Run(baseline));
            bestMeasured = Math.Min(bestMeasured, Run(measured));
        }

        return (bestBaseline, bestMeasured);
    }

    /// <summary>A context of its own per follower check, owning its connection.</summary>
    private sealed class FollowedContext(string path) : DbContext
    {
        public DbSet<Item> Items => Set<Item>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite($"Data Source={path}").UseVersioning();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseVersioning();
    }
}
