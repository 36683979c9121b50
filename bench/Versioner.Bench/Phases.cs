using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Bench;

/// <summary>
/// <c>--profile</c>, second part: one commit of 1,000 versions taken apart. Each trial runs inside a transaction that
/// is rolled back, on a database that already holds N entities, so every trial sees the same state. The steps are
/// re-run with Versioner's own internals (the same LINQ, the same prepared statements) and timed one by one, next to
/// raw ADO.NET doing the same SQL work, and the real SaveAllAsync/FinalizeAsync for the total. The steps mirror
/// Workspace.SaveAllAsync, VersionWriter and Finalizer as of commit 4e97c3f; re-check them when those change.
/// </summary>
internal static class Phases
{
    private const int Trials = 7;

    public static async Task RunAsync(BenchOptions options)
    {
        var n = options.Versions;
        var batch = options.CommitSize;
        var path = Sqlite.NewPath("phases");
        try
        {
            using var connection = Sqlite.Open(path);
            await using var db = new VersionedContext(connection);
            await db.Database.EnsureCreatedAsync();
            var repo = await Repository.OpenAsync(db);
            var ws = await repo.CheckoutAsync("main");
            var items = new Item[n];
            Harness.Log($"phases: building {n:N0} entities");
            await WriteBench.CommitAllAsync(ws, RowData.Generate(n), batch, items, edited: false);
            var store = new GraphStore(db, new RepositoryOptions());
            var type = store.Model.Get(typeof(Item));
            var table = VersionTable.For(type, store.Map);
            var fresh = RowData.Generate(batch);
            var entitySql = Sqlite.InsertSql(connection, SystemTables.Entities, "eternal_id", "entity_type");
            var changeSql = Sqlite.InsertSql(connection, SystemTables.Changes, "commit_id", "eternal_id", "entity_type", "version_id", "segment", "depth");

            var timings = new Dictionary<string, List<double>>();
            void Record(string phase, double seconds)
            {
                if (!timings.TryGetValue(phase, out var list))
                {
                    timings[phase] = list = [];
                }

                list.Add(seconds * 1000);
            }

            var plans = new Dictionary<string, string>();
            for (var trial = -1; trial < Trials; trial++)
            {
                // Real calls, new entities and updates of existing ones.
                await InRollbackAsync(db, async () =>
                {
                    var w = await repo.CheckoutAsync("main");
                    var chunk = fresh.Select(r => new Item { Title = r.Title, Year = r.Year, Amount = r.Amount }).ToList();
                    Record("insert: SaveAllAsync (real)", await Harness.TimeAsync(() => w.SaveAllAsync(chunk)));
                    Record("insert: FinalizeAsync (real)", await Harness.TimeAsync(() => w.FinalizeAsync("bench", "insert")));
                });
                await InRollbackAsync(db, async () =>
                {
                    var w = await repo.CheckoutAsync("main");
                    var chunk = items.Skip(n / 2).Take(batch).Select(i => Edit(i)).ToList();
                    Record("update: SaveAllAsync (real)", await Harness.TimeAsync(() => w.SaveAllAsync(chunk)));
                    Record("update: FinalizeAsync (real)", await Harness.TimeAsync(() => w.FinalizeAsync("bench", "update")));
                });

                // SaveAllAsync's steps for new entities, with Versioner's statements, then the same rows through raw ADO.NET.
                await InRollbackAsync(db, async () =>
                {
                    var w = await repo.CheckoutAsync("main");
                    await w.EnsureWrittenAsync(default);
                    var working = await store.GetCommitRowAsync(w.Id, default);
                    var chunk = fresh.Select(r => new Item { Title = r.Title, Year = r.Year, Amount = r.Amount }).ToList();
                    Record("save: validate fields (per entity)", Harness.Time(() =>
                    {
                        foreach (var e in chunk)
                        {
                            type.ValidateFields(e, store.Dialect);
                        }
                    }));
                    foreach (var e in chunk)
                    {
                        e.EternalId = EternalId.New();
                        e.VersionId = VersionId.New();
                        e.CommitId = working.Id;
                    }

                    var map = store.Map;
                    using var insertEntity = store.Prepare(entitySql, map.EternalId, map.Text);
                    using var insertVersion = store.Prepare(table.InsertSql, table.Mappings);
                    using var insertChange = store.Prepare(changeSql, map.CommitId, map.EternalId, map.Text, map.VersionId, map.Long, map.Long);
                    Record("save: INSERT versioner_entities x1000 (Statement)", await Harness.TimeAsync(async () =>
                    {
                        foreach (var e in chunk)
                        {
                            await insertEntity.ExecuteAsync(default, e.EternalId, table.EntityType);
                        }
                    }));
                    Record("save: INSERT typed table x1000 (Statement)", await Harness.TimeAsync(async () =>
                    {
                        foreach (var e in chunk)
                        {
                            await insertVersion.ExecuteAsync(default, VersionTable.Row(type.ColumnValues(e), working.Segment, working.Depth, null));
                        }
                    }));
                    Record("save: INSERT versioner_changes x1000 (Statement)", await Harness.TimeAsync(async () =>
                    {
                        foreach (var e in chunk)
                        {
                            await insertChange.ExecuteAsync(default, working.Id, e.EternalId, table.EntityType, e.VersionId, working.Segment, working.Depth);
                        }
                    }));

                    // The three inserts interleaved per entity, as VersionWriter does, for another 1,000 entities.
                    var again = fresh.Select(r => new Item { Title = r.Title, Year = r.Year, Amount = r.Amount, EternalId = EternalId.New(), VersionId = VersionId.New(), CommitId = working.Id }).ToList();
                    Record("save: the 3 INSERTs interleaved per entity x1000 (Statement)", await Harness.TimeAsync(async () =>
                    {
                        foreach (var e in again)
                        {
                            await insertEntity.ExecuteAsync(default, e.EternalId, table.EntityType);
                            await insertVersion.ExecuteAsync(default, VersionTable.Row(type.ColumnValues(e), working.Segment, working.Depth, null));
                            await insertChange.ExecuteAsync(default, working.Id, e.EternalId, table.EntityType, e.VersionId, working.Segment, working.Depth);
                        }
                    }));

                    // The same three inserts for another 1,000 rows, raw: typed parameters, synchronous, no converters.
                    var tx = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
                    var raw = fresh.Select(r => (Eternal: Guid.CreateVersion7(), Version: Guid.CreateVersion7(), Row: r)).ToArray();
                    using var rawEntity = Sqlite.Prepare(connection, tx, entitySql, SqliteType.Text, SqliteType.Text);
                    using var rawVersion = Sqlite.Prepare(connection, tx, RawSchema.InsertVersion, SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Text, SqliteType.Text, SqliteType.Text);
                    using var rawChange = Sqlite.Prepare(connection, tx, changeSql, SqliteType.Text, SqliteType.Text, SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Integer);
                    Record("save: raw INSERT versioner_entities x1000", Harness.Time(() =>
                    {
                        foreach (var r in raw)
                        {
                            Sqlite.Run(rawEntity, r.Eternal, table.EntityType);
                        }
                    }));
                    Record("save: raw INSERT typed table x1000", Harness.Time(() =>
                    {
                        foreach (var r in raw)
                        {
                            Sqlite.Run(rawVersion, r.Version, r.Row.Title, r.Row.Year, r.Row.Amount, r.Eternal, working.Id.Value);
                        }
                    }));
                    Record("save: raw INSERT versioner_changes x1000", Harness.Time(() =>
                    {
                        foreach (var r in raw)
                        {
                            Sqlite.Run(rawChange, working.Id.Value, r.Eternal, table.EntityType, r.Version, working.Segment, working.Depth);
                        }
                    }));
                });

                // VersionWriter.WriteAsync alone (what SaveAllAsync calls after validating and refreshing the working commit).
                await InRollbackAsync(db, async () =>
                {
                    var w = await repo.CheckoutAsync("main");
                    await w.EnsureWrittenAsync(default);
                    var working = await store.GetCommitRowAsync(w.Id, default);
                    var chunk = fresh.Select(r => new Item { Title = r.Title, Year = r.Year, Amount = r.Amount }).ToList();
                    PendingVersion[] pending = [];
                    Record("save: Staging.Pending x1000", Harness.Time(() => pending = chunk.Select(e => Staging.Pending(type, e)).ToArray()));
                    Record("save: VersionWriter.WriteAsync (1000 new entities)", await Harness.TimeAsync(() => VersionWriter.WriteAsync(store, working, table, pending, default)));
                });

                // SaveAllAsync's extra step for updates: which ids have working changes, and their entity types.
                await InRollbackAsync(db, async () =>
                {
                    var w = await repo.CheckoutAsync("main");
                    var ids = items.Skip(n / 2).Take(batch).Select(i => i.EternalId).ToArray();
                    Record("update save: EF lookups (working changes + entity types, chunks of 500)", await Harness.TimeAsync(async () =>
                    {
                        foreach (var chunk in ids.Chunk(500))
                        {
                            await store.Changes.OfCommit(w.Id).Where(c => chunk.Contains(c.EternalId)).Select(c => new { c.EternalId, c.EntityType, c.VersionId }).ToListAsync();
                        }

                        foreach (var chunk in ids.Chunk(500))
                        {
                            await store.Db.Set<EntityRow>().AsNoTracking().Where(e => chunk.Contains(e.EternalId)).ToListAsync();
                        }
                    }));
                });

                // FinalizeAsync's steps, after a real SaveAllAsync of 1,000 new entities.
                await InRollbackAsync(db, async () =>
                {
                    var w = await repo.CheckoutAsync("main");
                    await w.SaveAllAsync(fresh.Select(r => new Item { Title = r.Title, Year = r.Year, Amount = r.Amount }).ToList());
                    var commit = await store.GetCommitRowAsync(w.Id, default);
                    var map = store.Map;
                    Record("finalize: UPDATE changes SET segment, depth (1 statement, 1000 rows)", await Harness.TimeAsync(() =>
                        store.ExecuteAsync($"UPDATE {SystemTables.Changes} SET segment = @p0, depth = @p1 WHERE commit_id = @p2", [map.Long, map.Long, map.CommitId], [commit.Segment, commit.Depth, commit.Id], default)));
                    List<ChangeRow> changes = [];
                    Record("finalize: EF load the commit's 1000 change rows", await Harness.TimeAsync(async () =>
                        changes = await store.Changes.OfCommit(commit.Id).ToListAsync()));
                    Record("finalize: EF load the same change rows again", await Harness.TimeAsync(async () =>
                        changes = await store.Changes.OfCommit(commit.Id).ToListAsync()));
                    var tx = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
                    await using (var bare = new BareVersionedContext(connection))
                    {
                        await bare.Database.UseTransactionAsync(tx);
                        var bareStore = new GraphStore(bare, new RepositoryOptions());
                        await bareStore.Changes.OfCommit(commit.Id).ToListAsync();
                        Record("finalize: EF load the same change rows, context without UseVersioning() on its options", await Harness.TimeAsync(() =>
                            bareStore.Changes.OfCommit(commit.Id).ToListAsync()));
                    }

                    using (var command = connection.CreateCommand())
                    {
                        command.Transaction = tx;
                        command.CommandText = Profiling.StripParameters(store.Changes.OfCommit(commit.Id).ToQueryString(), command);
                        Record("finalize: raw read of the same change rows (EF's SQL)", Harness.Time(() => Materialize(command)));
                        plans["changes of a commit (EF's SQL)"] = Plan(connection, command);
                    }

                    // Since 805598f, version checksums are computed and written by SaveAllAsync with each change row, so
                    // Finalize no longer reloads versions, re-hashes them or updates change rows one by one: those steps
                    // are gone from this breakdown.
                    var path = await store.PathAsync(commit, default);
                    Record("finalize: ConstraintChecker (no constraints declared)", await Harness.TimeAsync(() => ConstraintChecker.CheckAsync(store, commit, path, changes, default)));
                });
            }

            Console.WriteLine();
            Console.WriteLine($"### Phases of one commit of {batch:N0} versions, on a history of {n:N0} entities (median of {Trials} trials, ms)");
            Console.WriteLine();
            Console.WriteLine("| phase | ms per commit | µs per version |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var (phase, list) in timings)
            {
                var median = list.Order().ElementAt(list.Count / 2);
                Console.WriteLine($"| {phase} | {median:0.0} | {median * 1000 / batch:0.0} |");
            }

            foreach (var (name, plan) in plans)
            {
                Console.WriteLine();
                Console.WriteLine($"Query plan, {name}:");
                Console.WriteLine(plan);
            }

            await ReadBreakdownAsync(repo, db, connection);
        }
        finally
        {
            Sqlite.Delete(path);
        }
    }

    /// <summary>The head read taken apart: EF vs raw execution of the same SQL, and two candidate fixes measured in place.</summary>
    private static async Task ReadBreakdownAsync(Repository repo, VersionedContext db, SqliteConnection connection)
    {
        var query = (await repo.SnapshotAsync("main")).Query<Item>();
        var sqlText = query.ToQueryString();
        var timings = new Dictionary<string, List<double>>();
        void Record(string phase, double seconds)
        {
            if (!timings.TryGetValue(phase, out var list))
            {
                timings[phase] = list = [];
            }

            list.Add(seconds * 1000);
        }

        var plans = new Dictionary<string, string>();
        for (var trial = -1; trial < Trials; trial++)
        {
            Record("EF: snapshot.Query<Item>().ToListAsync()", await Harness.TimeAsync(() => query.ToListAsync()));
            using (var command = connection.CreateCommand())
            {
                command.CommandText = Profiling.StripParameters(sqlText, command);
                Record("raw ADO.NET: the same SQL, rows read into objects", Harness.Time(() => Materialize(command)));
                plans["current"] = Plan(connection, command);
                var countSql = command.CommandText;
                command.CommandText = $"SELECT COUNT(*) FROM ({countSql})";
                Record("raw ADO.NET: the same SQL, COUNT(*) only", Harness.Time(() => command.ExecuteScalar()));
                command.CommandText = countSql;
            }

            await using (var bare = new BareVersionedContext(connection))
            {
                var bareStore = new GraphStore(bare, new RepositoryOptions());
                var head = await bareStore.ResolveAsync("main", default);
                var bareQuery = SnapshotQueries.Query<Item>(bareStore, await bareStore.PathAsync(head, default), "Item");
                await bareQuery.ToListAsync();
                Record("EF: the same query, context without UseVersioning() on its options", await Harness.TimeAsync(() => bareQuery.ToListAsync()));
                await bare.Items.AsNoTracking().ToListAsync();
                Record("EF: Set<Item>().AsNoTracking() all versions, context without UseVersioning() on its options", await Harness.TimeAsync(() => bare.Items.AsNoTracking().ToListAsync()));
            }

            Record("EF: Set<Item>().AsNoTracking() all versions, Versioner's context", await Harness.TimeAsync(() => db.Items.AsNoTracking().ToListAsync()));
            Record("raw ADO.NET: plain scan of Items (all versions)", Harness.Time(() =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = RawSchema.Select;
                Materialize(command);
            }));

            // Candidate fixes, measured inside a transaction that is rolled back (DDL is transactional in SQLite).
            await InRollbackAsync(db, () =>
            {
                var tx = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
                using var command = connection.CreateCommand();
                command.Transaction = tx;
                command.CommandText = $"CREATE INDEX ix_bench_cover ON {SystemTables.Changes} (entity_type, segment, depth, eternal_id, version_id)";
                command.ExecuteNonQuery();
                command.CommandText = Profiling.StripParameters(sqlText, command);
                Record("fix A: same SQL + covering index (entity_type, segment, depth, eternal_id, version_id)", Harness.Time(() => Materialize(command)));
                plans["fix A"] = Plan(connection, command);

                using var head = connection.CreateCommand();
                head.Transaction = tx;
                head.CommandText = $"CREATE TABLE bench_head (eternal_id TEXT NOT NULL PRIMARY KEY, version_id TEXT NOT NULL); INSERT INTO bench_head SELECT \"EternalId\", \"VersionId\" FROM ({command.CommandText.Replace("@", "@", StringComparison.Ordinal)})";
                foreach (SqliteParameter p in command.Parameters)
                {
                    head.Parameters.AddWithValue(p.ParameterName, p.Value);
                }

                head.ExecuteNonQuery();
                using var read = connection.CreateCommand();
                read.Transaction = tx;
                read.CommandText = "SELECT i.\"VersionId\", i.\"Amount\", i.\"CommitId\", i.\"EternalId\", i.\"Title\", i.\"Year\" FROM bench_head h JOIN \"Items\" i ON i.\"VersionId\" = h.version_id";
                Record("fix B: head table (eternal_id -> version_id) joined to Items", Harness.Time(() => Materialize(read)));
                plans["fix B"] = Plan(connection, read);
                return Task.CompletedTask;
            });
        }

        Console.WriteLine();
        Console.WriteLine($"### Head read taken apart (median of {Trials} trials, ms)");
        Console.WriteLine();
        Console.WriteLine("```sql");
        Console.WriteLine(sqlText);
        Console.WriteLine("```");
        Console.WriteLine();
        Console.WriteLine("| step | ms |");
        Console.WriteLine("|---|---:|");
        foreach (var (phase, list) in timings)
        {
            Console.WriteLine($"| {phase} | {list.Order().ElementAt(list.Count / 2):0.0} |");
        }

        foreach (var (name, plan) in plans)
        {
            Console.WriteLine();
            Console.WriteLine($"Query plan, {name}:");
            Console.WriteLine(plan);
        }
    }

    private static Item Edit(Item item)
    {
        var edited = new RowData(item.Title, item.Year, item.Amount).Edited();
        item.Title = edited.Title;
        item.Year = edited.Year;
        item.Amount = edited.Amount;
        return item;
    }

    private static async Task InRollbackAsync(DbContext db, Func<Task> work)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await work();
        await transaction.RollbackAsync();
    }

    private static int ReadAll(SqliteConnection connection, SqliteTransaction transaction, string sql, params object[] values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"@p{i}", values[i]);
        }

        return Materialize(command);
    }

    /// <summary>Reads every column of every row as its stored type (what any materializer must at least do).</summary>
    private static int Materialize(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    internal static string Plan(SqliteConnection connection, SqliteCommand command)
    {
        using var explain = connection.CreateCommand();
        explain.Transaction = command.Transaction;
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        foreach (SqliteParameter p in command.Parameters)
        {
            explain.Parameters.AddWithValue(p.ParameterName, p.Value);
        }

        using var reader = explain.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"    {reader.GetInt64(1)}/{reader.GetInt64(0)}: {reader.GetString(3)}"));
        }

        return string.Join('\n', lines);
    }
}
