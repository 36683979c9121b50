using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Versioner.Bench;

/// <summary>
/// Scenario 1: saving and finalizing versions in commits of 1,000, against a raw prepared INSERT and against plain EF
/// Core, on the same rows. Each repetition uses fresh database files; only the write loop is timed.
/// </summary>
internal static class WriteBench
{
    public const string Scenario = "1 write";

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchOptions options)
    {
        var rows = RowData.Generate(options.Versions);
        var n = options.Versions;
        var samples = new Dictionary<string, List<double>>();
        void Add(string key, double value)
        {
            if (!samples.TryGetValue(key, out var list))
            {
                samples[key] = list = [];
            }

            list.Add(value);
        }

        // Warm-up: every code path once, on a small size, not recorded.
        Harness.Log("write: warm-up");
        var warm = RowData.Generate(Math.Min(20_000, n));
        RunRaw(warm, options.CommitSize);
        RunEf(warm, options.CommitSize);
        RunSchemaFloor(warm, options.CommitSize);
        await RunVersionerAsync(warm, options.CommitSize);

        for (var rep = 0; rep < options.Repetitions; rep++)
        {
            Harness.Log($"write: repetition {rep + 1}/{options.Repetitions}");
            Harness.Collect();
            var raw = RunRaw(rows, options.CommitSize);
            Add("raw insert", n / raw.Insert);
            Add("raw append", n / raw.Update);
            Harness.Collect();
            var ef = RunEf(rows, options.CommitSize);
            Add("ef insert", n / ef.Insert);
            Add("ef update", n / ef.Update);
            Harness.Collect();
            var floor = RunSchemaFloor(rows, options.CommitSize);
            Add("floor insert", n / floor.Insert);
            Add("floor update", n / floor.Update);
            Harness.Collect();
            var v = await RunVersionerAsync(rows, options.CommitSize);
            Add("v insert", n / v.Insert);
            Add("v update", n / v.Update);
            Add("v insert save", v.InsertSave);
            Add("v insert finalize", v.InsertFinalize);
            Add("v update save", v.UpdateSave);
            Add("v update finalize", v.UpdateFinalize);
        }

        Result R(string variant, string key, string? baseline = null, double? target = null) =>
            new(Scenario, variant, "rows/s", [.. samples[key]], baseline, target);
        Result Seconds(string variant, string key) => new(Scenario, variant, "s", [.. samples[key]], HigherIsBetter: false);
        const string raw1 = "raw SQLite insert (new entities)";
        const string raw2 = "raw SQLite append (new versions of existing ids)";
        return
        [
            R(raw1, "raw insert"),
            R("EF Core AddRange/SaveChanges (new entities)", "ef insert", raw1),
            R("raw SQL floor of Versioner's schema (new entities)", "floor insert", raw1),
            R("Versioner SaveAll+Finalize (new entities)", "v insert", raw1, 0.5),
            Seconds("  of which SaveAllAsync", "v insert save"),
            Seconds("  of which FinalizeAsync", "v insert finalize"),
            R(raw2, "raw append"),
            R("EF Core update in place (tracked, SaveChanges)", "ef update", raw2),
            R("raw SQL floor of Versioner's schema (updates)", "floor update", raw2),
            R("Versioner SaveAll+Finalize (updates)", "v update", raw2, 0.5),
            Seconds("  of which SaveAllAsync ", "v update save"),
            Seconds("  of which FinalizeAsync ", "v update finalize"),
        ];
    }

    public sealed record Timings(double Insert, double Update, double InsertSave = 0, double InsertFinalize = 0, double UpdateSave = 0, double UpdateFinalize = 0);

    /// <summary>
    /// One prepared INSERT reused, one transaction per commit-sized batch; then new versions (new version id, same
    /// eternal id) of every row appended the same way, as a versioned store without Versioner would have to.
    /// </summary>
    public static Timings RunRaw(RowData[] rows, int batch)
    {
        var path = Sqlite.NewPath("raw");
        try
        {
            using var connection = Sqlite.Open(path);
            Sqlite.Execute(connection, RawSchema.Create);
            var eternal = new Guid[rows.Length];
            var insert = Harness.Time(() => Insert(connection, rows, batch, eternal, edited: false));
            var update = Harness.Time(() => Insert(connection, rows, batch, eternal, edited: true));
            Check(connection, 2L * rows.Length);
            return new Timings(insert, update);
        }
        finally
        {
            Sqlite.Delete(path);
        }
    }

    public static void Insert(SqliteConnection connection, RowData[] rows, int batch, Guid[] eternal, bool edited)
    {
        using var command = connection.CreateCommand();
        command.CommandText = RawSchema.Insert;
        var versionId = command.Parameters.Add("@p0", SqliteType.Text);
        var title = command.Parameters.Add("@p1", SqliteType.Text);
        var year = command.Parameters.Add("@p2", SqliteType.Integer);
        var amount = command.Parameters.Add("@p3", SqliteType.Text);
        var eternalId = command.Parameters.Add("@p4", SqliteType.Text);
        var commitId = command.Parameters.Add("@p5", SqliteType.Text);
        command.Prepare();
        for (var start = 0; start < rows.Length; start += batch)
        {
            using var transaction = connection.BeginTransaction();
            command.Transaction = transaction;
            commitId.Value = Guid.CreateVersion7();
            for (var i = start; i < Math.Min(start + batch, rows.Length); i++)
            {
                var row = edited ? rows[i].Edited() : rows[i];
                if (!edited)
                {
                    eternal[i] = Guid.CreateVersion7();
                }

                versionId.Value = Guid.CreateVersion7();
                title.Value = row.Title;
                year.Value = row.Year;
                amount.Value = row.Amount;
                eternalId.Value = eternal[i];
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>Plain EF Core, its best variant: keys set in code, AddRange + SaveChanges per 1,000, tracker cleared.</summary>
    public static Timings RunEf(RowData[] rows, int batch)
    {
        var path = Sqlite.NewPath("ef");
        try
        {
            using var connection = Sqlite.Open(path);
            using var db = new PlainContext(connection);
            db.Database.EnsureCreated();
            var items = new PlainItem[rows.Length];
            var insert = Harness.Time(() =>
            {
                for (var start = 0; start < rows.Length; start += batch)
                {
                    var commit = Guid.CreateVersion7();
                    for (var i = start; i < Math.Min(start + batch, rows.Length); i++)
                    {
                        var row = rows[i];
                        items[i] = new PlainItem { VersionId = Guid.CreateVersion7(), EternalId = Guid.CreateVersion7(), CommitId = commit, Title = row.Title, Year = row.Year, Amount = row.Amount };
                    }

                    db.Items.AddRange(items.AsSpan(start, Math.Min(batch, rows.Length - start)).ToArray());
                    db.SaveChanges();
                    db.ChangeTracker.Clear();
                }
            });
            var update = Harness.Time(() =>
            {
                for (var start = 0; start < rows.Length; start += batch)
                {
                    var chunk = items.AsSpan(start, Math.Min(batch, rows.Length - start)).ToArray();
                    db.Items.AttachRange(chunk);
                    for (var j = 0; j < chunk.Length; j++)
                    {
                        var row = rows[start + j].Edited();
                        chunk[j].Title = row.Title;
                        chunk[j].Year = row.Year;
                        chunk[j].Amount = row.Amount;
                    }

                    db.SaveChanges();
                    db.ChangeTracker.Clear();
                }
            });
            Check(connection, rows.Length);
            return new Timings(insert, update);
        }
        finally
        {
            Sqlite.Delete(path);
        }
    }

    /// <summary>
    /// Not a baseline but a bound: the least SQL Versioner's current schema needs, written with raw ADO.NET, nothing
    /// read back. Per commit one commit row; per version the eternal-id row (new entities only), the typed row and the
    /// change row, its checksum computed in memory from the same content Finalize hashes. On Versioner's own tables,
    /// created by EF with their foreign keys and indexes.
    /// </summary>
    public static Timings RunSchemaFloor(RowData[] rows, int batch)
    {
        var path = Sqlite.NewPath("floor");
        try
        {
            using var connection = Sqlite.Open(path);
            Versioner.Internal.VersionedType type;
            using (var db = new VersionedContext(connection))
            {
                db.Database.EnsureCreated();
                type = Versioner.Internal.VersionedModel.For(db).Get(typeof(Item));
            }

            // Parameters are bound in the column order given; the commit row's text columns and the entity type are
            // parameters too, so every statement is fully prepared.
            using var commit = Sqlite.Prepare(connection, null, Sqlite.InsertSql(connection, "versioner_commits", "id", "state", "checksum", "author", "message", "timestamp_us", "segment", "depth", "generation"), SqliteType.Text, SqliteType.Integer, SqliteType.Blob, SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer);
            using var entity = Sqlite.Prepare(connection, null, Sqlite.InsertSql(connection, "versioner_entities", "eternal_id", "entity_type"), SqliteType.Text, SqliteType.Text);
            using var version = Sqlite.Prepare(connection, null, RawSchema.InsertVersion, SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Text, SqliteType.Text, SqliteType.Text);
            using var change = Sqlite.Prepare(connection, null, Sqlite.InsertSql(connection, "versioner_changes", "commit_id", "eternal_id", "entity_type", "version_id", "version_checksum", "segment", "depth"), SqliteType.Text, SqliteType.Text, SqliteType.Text, SqliteType.Text, SqliteType.Blob, SqliteType.Integer, SqliteType.Integer);
            var eternal = new Guid[rows.Length];
            var depth = 0L;
            double Write(bool edited) => Harness.Time(() =>
            {
                for (var start = 0; start < rows.Length; start += batch)
                {
                    using var transaction = connection.BeginTransaction();
                    foreach (var command in new[] { commit, entity, version, change })
                    {
                        command.Transaction = transaction;
                    }

                    var commitId = Guid.CreateVersion7();
                    Sqlite.Run(commit, commitId, 1, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), "bench", "floor", 0L, 1L, depth, depth);
                    for (var i = start; i < Math.Min(start + batch, rows.Length); i++)
                    {
                        var row = edited ? rows[i].Edited() : rows[i];
                        if (!edited)
                        {
                            eternal[i] = Guid.CreateVersion7();
                            Sqlite.Run(entity, eternal[i], "Item");
                        }

                        var item = new Item { EternalId = new EternalId(eternal[i]), VersionId = VersionId.New(), Title = row.Title, Year = row.Year, Amount = row.Amount };
                        Sqlite.Run(version, item.VersionId.Value, row.Title, row.Year, row.Amount, eternal[i], commitId);
                        Sqlite.Run(change, commitId, eternal[i], "Item", item.VersionId.Value, type.ToContent(item).ComputeChecksum().ToByteArray(), 1L, depth);
                    }

                    transaction.Commit();
                    depth++;
                }
            });
            var insert = Write(edited: false);
            var update = Write(edited: true);
            Check(connection, 2L * rows.Length);
            return new Timings(insert, update);
        }
        finally
        {
            Sqlite.Delete(path);
        }
    }

    /// <summary>Versioner: SaveAllAsync of 1,000 entities then FinalizeAsync, per commit; then the same entities edited.</summary>
    public static async Task<Timings> RunVersionerAsync(RowData[] rows, int batch)
    {
        var path = Sqlite.NewPath("versioner");
        try
        {
            using var connection = Sqlite.Open(path);
            await using var db = new VersionedContext(connection);
            await db.Database.EnsureCreatedAsync();
            var repo = await Repository.OpenAsync(db);
            var ws = await repo.CheckoutAsync("main");
            var items = new Item[rows.Length];
            var (insert, insertSave, insertFinalize) = await CommitAllAsync(ws, rows, batch, items, edited: false);
            var (update, updateSave, updateFinalize) = await CommitAllAsync(ws, rows, batch, items, edited: true);
            Check(connection, 2L * rows.Length);
            return new Timings(insert, update, insertSave, insertFinalize, updateSave, updateFinalize);
        }
        finally
        {
            Sqlite.Delete(path);
        }
    }

    /// <summary>Saves and finalizes every row in commits of <paramref name="batch"/>: new entities, or new versions of <paramref name="items"/>.</summary>
    public static async Task<(double Total, double Save, double Finalize)> CommitAllAsync(Workspace ws, RowData[] rows, int batch, Item[] items, bool edited)
    {
        var save = new Meter();
        var finalize = new Meter();
        var started = Clock.Seconds;
        for (var start = 0; start < rows.Length; start += batch)
        {
            var chunk = new List<Item>(batch);
            for (var i = start; i < Math.Min(start + batch, rows.Length); i++)
            {
                var row = edited ? rows[i].Edited() : rows[i];
                var item = edited ? items[i] : items[i] = new Item();
                item.Title = row.Title;
                item.Year = row.Year;
                item.Amount = row.Amount;
                chunk.Add(item);
            }

            save.Start();
            await ws.SaveAllAsync(chunk);
            save.Stop();
            finalize.Start();
            await ws.FinalizeAsync("bench", edited ? "update" : "insert");
            finalize.Stop();
        }

        return (Clock.Seconds - started, save.Total, finalize.Total);
    }

    private static void Check(SqliteConnection connection, long expected)
    {
        var count = Convert.ToInt64(Sqlite.Scalar(connection, "SELECT COUNT(*) FROM \"Items\""), System.Globalization.CultureInfo.InvariantCulture);
        if (count != expected)
        {
            throw new InvalidOperationException($"Expected {expected} rows in Items, found {count}.");
        }
    }
}
