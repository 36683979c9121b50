using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Bench;

/// <summary>
/// Scenario 2: reading the head snapshot of N entities (<c>snapshot.Query&lt;T&gt;().ToListAsync()</c>) against
/// reading a plain table holding the same N rows with EF AsNoTracking, and with raw ADO.NET. Measured twice: with one
/// version per entity, and after every entity was updated once (2N versions, N current).
/// </summary>
internal static class ReadBench
{
    public const string Scenario = "2 read";

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchOptions options)
    {
        var n = options.Versions;
        var rows = RowData.Generate(n);
        var versionedPath = Sqlite.NewPath("read-versioner");
        var results = new List<Result>();
        try
        {
            using var connection = Sqlite.Open(versionedPath);
            await using var db = new VersionedContext(connection);
            await db.Database.EnsureCreatedAsync();
            var repo = await Repository.OpenAsync(db);
            var ws = await repo.CheckoutAsync("main");
            var items = new Item[n];
            Harness.Log($"read: building {n:N0} entities in commits of {options.CommitSize:N0}");
            await WriteBench.CommitAllAsync(ws, rows, options.CommitSize, items, edited: false);
            results.AddRange(await MeasureAsync(options, repo, connection, items, "1 version/entity"));

            Harness.Log("read: updating every entity once");
            await WriteBench.CommitAllAsync(ws, rows, options.CommitSize, items, edited: true);
            results.AddRange(await MeasureAsync(options, repo, connection, items, "2 versions/entity"));
        }
        finally
        {
            Sqlite.Delete(versionedPath);
        }

        return results;
    }

    private static async Task<IReadOnlyList<Result>> MeasureAsync(BenchOptions options, Repository repo, SqliteConnection versionedConnection, Item[] head, string label)
    {
        var plainPath = Sqlite.NewPath("read-plain");
        try
        {
            using var plainConnection = Sqlite.Open(plainPath);
            using (var create = new PlainContext(plainConnection))
            {
                create.Database.EnsureCreated();
            }

            CopyRows(plainConnection, head);

            // Both databases start from the same state: everything checkpointed into the main file, WAL empty.
            Sqlite.Execute(plainConnection, "PRAGMA wal_checkpoint(TRUNCATE)");
            Sqlite.Execute(versionedConnection, "PRAGMA wal_checkpoint(TRUNCATE)");
            await using var plain = new PlainContext(plainConnection);
            var expected = Fingerprint(head.Select(i => (i.VersionId.Value, i.Title, i.Year, i.Amount)));

            var versioner = new List<double>();
            var ef = new List<double>();
            var raw = new List<double>();
            const int warmUps = 3;
            for (var rep = -warmUps; rep < options.ReadRepetitions; rep++)
            {
                // Negative reps warm up (query compilation, page cache, tiered JIT) and are not recorded.
                Harness.Collect();
                List<Item>? vList = null;
                var tv = await Harness.TimeAsync(async () =>
                {
                    var snapshot = await repo.SnapshotAsync("main");
                    vList = await snapshot.Query<Item>().ToListAsync();
                });
                Verify("Versioner", expected, vList!.Select(i => (i.VersionId.Value, i.Title, i.Year, i.Amount)));
                vList = null;

                Harness.Collect();
                List<PlainItem>? eList = null;
                var te = await Harness.TimeAsync(async () => eList = await plain.Items.AsNoTracking().ToListAsync());
                Verify("EF", expected, eList!.Select(i => (i.VersionId, i.Title, i.Year, i.Amount)));
                eList = null;

                Harness.Collect();
                List<PlainItem>? rList = null;
                var tr = Harness.Time(() => rList = ReadRaw(plainConnection));
                Verify("raw", expected, rList!.Select(i => (i.VersionId, i.Title, i.Year, i.Amount)));
                rList = null;

                if (rep >= 0)
                {
                    versioner.Add(tv * 1000);
                    ef.Add(te * 1000);
                    raw.Add(tr * 1000);
                }
            }

            var efName = $"EF AsNoTracking ToList, plain table ({label})";
            return
            [
                new Result(Scenario, $"raw ADO.NET reader, plain table ({label})", "ms", [.. raw], efName, HigherIsBetter: false),
                new Result(Scenario, efName, "ms", [.. ef], HigherIsBetter: false),
                new Result(Scenario, $"Versioner head snapshot Query<T>().ToListAsync ({label})", "ms", [.. versioner], efName, 1.5, HigherIsBetter: false),
            ];
        }
        finally
        {
            Sqlite.Delete(plainPath);
        }
    }

    private static void CopyRows(SqliteConnection connection, Item[] items)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = RawSchema.Insert;
        var p = new[] { SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Text, SqliteType.Text, SqliteType.Text }
            .Select((t, i) => command.Parameters.Add($"@p{i}", t)).ToArray();
        foreach (var item in items)
        {
            p[0].Value = item.VersionId.Value;
            p[1].Value = item.Title;
            p[2].Value = item.Year;
            p[3].Value = item.Amount;
            p[4].Value = item.EternalId.Value;
            p[5].Value = item.CommitId.Value;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The raw ADO.NET read: one SELECT, values read by ordinal into plain objects.</summary>
    private static List<PlainItem> ReadRaw(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = RawSchema.Select;
        using var reader = command.ExecuteReader();
        var list = new List<PlainItem>();
        while (reader.Read())
        {
            list.Add(new PlainItem
            {
                VersionId = Sqlite.ReadId(reader, 0),
                Title = reader.GetString(1),
                Year = reader.GetInt32(2),
                Amount = reader.GetDecimal(3),
                EternalId = Sqlite.ReadId(reader, 4),
                CommitId = Sqlite.ReadId(reader, 5),
            });
        }

        return list;
    }

    private static (int Count, long Hash) Fingerprint(IEnumerable<(Guid Id, string Title, int Year, decimal Amount)> rows)
    {
        var count = 0;
        long hash = 0;
        foreach (var (id, title, year, amount) in rows)
        {
            count++;
            hash += HashCode.Combine(id, title.Length, year, amount) & 0xFFFFFFF;
        }

        return (count, hash);
    }

    private static void Verify(string who, (int Count, long Hash) expected, IEnumerable<(Guid, string, int, decimal)> rows)
    {
        var actual = Fingerprint(rows);
        if (actual != expected)
        {
            throw new InvalidOperationException($"{who} read {actual.Count} rows (fingerprint {actual.Hash}); expected {expected.Count} ({expected.Hash}).");
        }
    }
}
