using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Versioner.Bench;

/// <summary>
/// Scenario 5, PostgreSQL bulk: one <c>SaveAllAsync</c> of N new entities plus its <c>FinalizeAsync</c>, against a raw
/// binary COPY of the same rows into a table of the same shape and indexes (no foreign keys: nothing to point at),
/// each in a fresh database, in turn within each repetition. Then the COPY/statement crossover for small saves.
/// Clock: see <see cref="Postgres.TimeAsync"/>.
/// </summary>
internal static class BulkBench
{
    public const string Scenario = "5 bulk (PostgreSQL)";

    /// <summary>Versioner's typed table for <see cref="Item"/> as EF creates it on PostgreSQL, without foreign keys.</summary>
    private const string RawSchema = """
        CREATE TABLE "Items" (
            "VersionId" uuid NOT NULL,
            "Title" text NOT NULL,
            "Year" integer NOT NULL,
            "Amount" numeric NOT NULL,
            "EternalId" uuid NOT NULL,
            "CommitId" uuid NOT NULL,
            CONSTRAINT "PK_Items" PRIMARY KEY ("VersionId"));
        CREATE INDEX "IX_Items_CommitId" ON "Items" ("CommitId");
        CREATE INDEX "IX_Items_EternalId" ON "Items" ("EternalId");
        """;

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchOptions options)
    {
        var n = options.BulkVersions;
        var rows = RowData.Generate(n);
        var samples = new Dictionary<string, List<double>>();
        void Add(string key, double value)
        {
            if (!samples.TryGetValue(key, out var list))
            {
                samples[key] = list = [];
            }

            list.Add(value);
        }

        Harness.Log($"bulk: PostgreSQL {Postgres.Describe()}");
        Harness.Log("bulk: warm-up");
        var warm = RowData.Generate(Math.Min(20_000, n));
        await RawCopyAsync(warm, checkIndexes: true);
        await SchemaFloorAsync(warm);
        await VersionerAsync(warm);
        await VersionerAsync(warm, foreignKeys: false);
        var reps = Math.Max(3, options.Repetitions - 2);
        for (var rep = 0; rep < reps; rep++)
        {
            Harness.Log($"bulk: repetition {rep + 1}/{reps} ({n:N0} rows)");
            Harness.Collect();
            Add("raw", n / await RawCopyAsync(rows, checkIndexes: false));
            Harness.Collect();
            Add("floor", n / await SchemaFloorAsync(rows));
            Harness.Collect();
            Add("floor no fk", n / await SchemaFloorAsync(rows, foreignKeys: false));
            Harness.Collect();
            var (save, finalize) = await VersionerAsync(rows);
            Add("v", n / (save + finalize));
            Add("v save", save);
            Add("v finalize", finalize);
            Harness.Collect();
            (save, finalize) = await VersionerAsync(rows, foreignKeys: false);
            Add("v no fk", n / (save + finalize));
            Add("v no fk save", save);
            Add("v no fk finalize", finalize);
        }

        Harness.Log("bulk: COPY vs prepared statements by save size");
        var crossover = await CrossoverAsync([10, 25, 50, 100, 250, 1_000], reps);

        const string raw = "raw binary COPY, same table shape and indexes";
        var results = new List<Result>
        {
            new(Scenario, raw, "rows/s", [.. samples["raw"]]),
            new(Scenario, "binary COPY floor of Versioner's schema (entities, versions, change rows; its keys, indexes and foreign keys)", "rows/s", [.. samples["floor"]], raw),
            new(Scenario, "  the same floor without the four foreign keys of typed and change rows (indexes kept)", "rows/s", [.. samples["floor no fk"]], raw),
            new(Scenario, $"**Versioner SaveAllAsync + FinalizeAsync of {n:N0} new entities (one commit)**", "rows/s", [.. samples["v"]], raw, 0.5),
            new(Scenario, "  of which SaveAllAsync", "s", [.. samples["v save"]], HigherIsBetter: false),
            new(Scenario, "  of which FinalizeAsync", "s", [.. samples["v finalize"]], HigherIsBetter: false),
            new(Scenario, "Versioner without the foreign keys (UseVersioning(o => o.ForeignKeys = false)), the same save + finalize", "rows/s", [.. samples["v no fk"]], raw),
            new(Scenario, "  of which SaveAllAsync, without the foreign keys", "s", [.. samples["v no fk save"]], HigherIsBetter: false),
            new(Scenario, "  of which FinalizeAsync, without the foreign keys", "s", [.. samples["v no fk finalize"]], HigherIsBetter: false),
        };
        foreach (var (size, copy, statements) in crossover)
        {
            var baseline = $"save of {size} new versions through prepared statements";
            results.Add(new(Scenario, baseline, "ms", statements, HigherIsBetter: false));
            results.Add(new(Scenario, $"save of {size} new versions through binary COPY", "ms", copy, baseline, HigherIsBetter: false));
        }

        return results;
    }

    /// <summary>Seconds to COPY the rows (ids made in the loop, as Versioner makes them) in one transaction.</summary>
    private static async Task<double> RawCopyAsync(RowData[] rows, bool checkIndexes)
    {
        var cs = await Postgres.CreateAsync("raw");
        try
        {
            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync();
            await Postgres.ExecuteAsync(connection, RawSchema);
            if (checkIndexes)
            {
                await CheckSameIndexesAsync(connection);
            }

            var seconds = await Postgres.TimeAsync(async () =>
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await using (var importer = await connection.BeginBinaryImportAsync("""COPY "Items" ("VersionId", "Title", "Year", "Amount", "EternalId", "CommitId") FROM STDIN (FORMAT BINARY)"""))
                {
                    var commit = Guid.CreateVersion7();
                    foreach (var row in rows)
                    {
                        await importer.StartRowAsync();
                        await importer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                        await importer.WriteAsync(row.Title, NpgsqlDbType.Text);
                        await importer.WriteAsync(row.Year, NpgsqlDbType.Integer);
                        await importer.WriteAsync(row.Amount, NpgsqlDbType.Numeric);
                        await importer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                        await importer.WriteAsync(commit, NpgsqlDbType.Uuid);
                    }

                    await importer.CompleteAsync();
                }

                await transaction.CommitAsync();
            }, connection);
            await using var count = new NpgsqlCommand("""SELECT COUNT(*) FROM "Items" """, connection);
            if ((long)(await count.ExecuteScalarAsync())! != rows.Length)
            {
                throw new InvalidOperationException("raw COPY: wrong row count");
            }

            return seconds;
        }
        finally
        {
            await Postgres.DropAsync(cs);
        }
    }

    /// <summary>
    /// Not a baseline but a bound: the least a save and finalize of new entities needs in Versioner's own EF-created
    /// tables, written with raw binary COPY in one transaction: the commit row, then per version its eternal-id row,
    /// its typed row and its change row (checksum computed in memory, final segment and depth). Nothing is read back.
    /// </summary>
    private static async Task<double> SchemaFloorAsync(RowData[] rows, bool foreignKeys = true)
    {
        var cs = await Postgres.CreateAsync("floor");
        try
        {
            await using (var db = new PgVersionedContext(cs))
            {
                await db.Database.EnsureCreatedAsync();
            }

            if (!foreignKeys)
            {
                // The schema decision the bulk target would need: no foreign keys from the typed rows and the change rows
                // (Versioner writes both itself, in one transaction); their indexes stay.
                await using var ddl = new NpgsqlConnection(cs);
                await ddl.OpenAsync();
                await Postgres.ExecuteAsync(ddl, """
                    DO $$ DECLARE r record; BEGIN
                      FOR r IN SELECT conrelid::regclass AS t, conname FROM pg_constraint
                               WHERE contype = 'f' AND conrelid IN ('"Items"'::regclass, 'versioner_changes'::regclass) LOOP
                        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.t, r.conname);
                      END LOOP; END $$
                    """);
            }

            using var probe = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
            probe.Open();
            using var model = new VersionedContext(probe);
            var type = Internal.VersionedModel.For(model).Get(typeof(Item));
            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync();
            var seconds = await Postgres.TimeAsync(async () =>
            {
                await using var transaction = await connection.BeginTransactionAsync();
                var commit = Guid.CreateVersion7();
                await Postgres.ExecuteAsync(connection, "INSERT INTO versioner_segments (id, parent_segment, fork_depth) VALUES (1, NULL, -1)");
                await using (var insert = new NpgsqlCommand("INSERT INTO versioner_commits (id, state, checksum, author, message, timestamp_us, segment, depth, generation, seq) VALUES (@id, 1, @checksum, 'bench', 'bulk', 0, 1, 0, 0, 1)", connection))
                {
                    insert.Parameters.AddWithValue("id", commit);
                    insert.Parameters.AddWithValue("checksum", new byte[32]);
                    await insert.ExecuteNonQueryAsync();
                }

                var versions = new Guid[rows.Length];
                var eternals = new Guid[rows.Length];
                var checksums = new byte[rows.Length][];
                await using (var entities = await connection.BeginBinaryImportAsync("COPY versioner_entities (eternal_id, entity_type) FROM STDIN (FORMAT BINARY)"))
                {
                    for (var i = 0; i < rows.Length; i++)
                    {
                        eternals[i] = Guid.CreateVersion7();
                        await entities.StartRowAsync();
                        await entities.WriteAsync(eternals[i], NpgsqlDbType.Uuid);
                        await entities.WriteAsync("Item", NpgsqlDbType.Text);
                    }

                    await entities.CompleteAsync();
                }

                await using (var items = await connection.BeginBinaryImportAsync("""COPY "Items" ("VersionId", "Title", "Year", "Amount", "EternalId", "CommitId") FROM STDIN (FORMAT BINARY)"""))
                {
                    for (var i = 0; i < rows.Length; i++)
                    {
                        var row = rows[i];
                        versions[i] = Guid.CreateVersion7();
                        var item = new Item { EternalId = new EternalId(eternals[i]), VersionId = new VersionId(versions[i]), Title = row.Title, Year = row.Year, Amount = row.Amount };
                        checksums[i] = type.ToContent(item).ComputeChecksum().ToByteArray();
                        await items.StartRowAsync();
                        await items.WriteAsync(versions[i], NpgsqlDbType.Uuid);
                        await items.WriteAsync(row.Title, NpgsqlDbType.Text);
                        await items.WriteAsync(row.Year, NpgsqlDbType.Integer);
                        await items.WriteAsync(row.Amount, NpgsqlDbType.Numeric);
                        await items.WriteAsync(eternals[i], NpgsqlDbType.Uuid);
                        await items.WriteAsync(commit, NpgsqlDbType.Uuid);
                    }

                    await items.CompleteAsync();
                }

                await using (var changes = await connection.BeginBinaryImportAsync("COPY versioner_changes (commit_id, eternal_id, entity_type, version_id, version_checksum, segment, depth, adopted) FROM STDIN (FORMAT BINARY)"))
                {
                    for (var i = 0; i < rows.Length; i++)
                    {
                        await changes.StartRowAsync();
                        await changes.WriteAsync(commit, NpgsqlDbType.Uuid);
                        await changes.WriteAsync(eternals[i], NpgsqlDbType.Uuid);
                        await changes.WriteAsync("Item", NpgsqlDbType.Text);
                        await changes.WriteAsync(versions[i], NpgsqlDbType.Uuid);
                        await changes.WriteAsync(checksums[i], NpgsqlDbType.Bytea);
                        await changes.WriteAsync(1L, NpgsqlDbType.Bigint);
                        await changes.WriteAsync(0L, NpgsqlDbType.Bigint);
                        await changes.WriteAsync(false, NpgsqlDbType.Boolean);
                    }

                    await changes.CompleteAsync();
                }

                await transaction.CommitAsync();
            }, connection);
            return seconds;
        }
        finally
        {
            await Postgres.DropAsync(cs);
        }
    }

    /// <summary>
    /// One SaveAllAsync + FinalizeAsync of new entities on a fresh PostgreSQL database, timed apart; with
    /// <paramref name="foreignKeys"/> false, in a model made with <c>UseVersioning(o => o.ForeignKeys = false)</c>.
    /// </summary>
    internal static async Task<(double Save, double Finalize)> VersionerAsync(RowData[] rows, bool foreignKeys = true)
    {
        var cs = await Postgres.CreateAsync("versioner");
        try
        {
            await using DbContext db = foreignKeys ? new PgVersionedContext(cs) : new PgVersionedContextWithoutForeignKeys(cs);
            await db.Database.EnsureCreatedAsync();
            if (!foreignKeys && await ForeignKeysAsync(cs) is { Count: > 0 } left)
            {
                throw new InvalidOperationException($"bulk: the model without foreign keys still made {string.Join(", ", left)}.");
            }

            var pg = await Postgres.OpenAsync(db);
            var repo = await Repository.OpenAsync(db);
            var ws = await repo.CheckoutAsync();
            var items = rows.Select(r => new Item { Title = r.Title, Year = r.Year, Amount = r.Amount }).ToArray();
            var save = await Postgres.TimeAsync(() => ws.SaveAllAsync(items), pg);
            var finalize = await Postgres.TimeAsync(() => ws.FinalizeAsync("bench", "bulk"), pg);
            if (repo.Store.RowsCopied != 3L * rows.Length)
            {
                throw new InvalidOperationException($"bulk: expected {3L * rows.Length} rows through COPY, got {repo.Store.RowsCopied}.");
            }

            return (save, finalize);
        }
        finally
        {
            await Postgres.DropAsync(cs);
        }
    }

    /// <summary>
    /// Milliseconds per save of each size, through COPY (threshold forced down) and through prepared statements
    /// (threshold forced up), alternating in one workspace of one database.
    /// </summary>
    private static async Task<List<(int Size, double[] Copy, double[] Statements)>> CrossoverAsync(int[] sizes, int reps)
    {
        var cs = await Postgres.CreateAsync("crossover");
        try
        {
            await using var db = new PgVersionedContext(cs);
            await db.Database.EnsureCreatedAsync();
            var pg = await Postgres.OpenAsync(db);
            var repo = await Repository.OpenAsync(db);
            var ws = await repo.CheckoutAsync();
            var data = RowData.Generate(1_000);
            var result = new List<(int, double[], double[])>();
            foreach (var size in sizes)
            {
                var saves = Math.Max(10, 2_000 / size);
                var copy = new List<double>();
                var statements = new List<double>();
                for (var rep = 0; rep <= reps; rep++)
                {
                    foreach (var useCopy in new[] { true, false })
                    {
                        repo.Store.CopyThreshold = useCopy ? 1 : int.MaxValue;
                        var seconds = await Postgres.TimeAsync(async () =>
                        {
                            for (var s = 0; s < saves; s++)
                            {
                                await ws.SaveAllAsync(data.Take(size).Select(r => new Item { Title = r.Title, Year = r.Year, Amount = r.Amount }));
                            }
                        }, pg);
                        if (rep > 0)
                        {
                            (useCopy ? copy : statements).Add(seconds * 1000 / saves);
                        }
                    }
                }

                result.Add((size, [.. copy], [.. statements]));
            }

            return result;
        }
        finally
        {
            await Postgres.DropAsync(cs);
        }
    }

    /// <summary>The foreign keys from the typed table and the change rows, by name.</summary>
    private static async Task<List<string>> ForeignKeysAsync(string cs)
    {
        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('\"Items\"'::regclass, 'versioner_changes'::regclass)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task CheckSameIndexesAsync(NpgsqlConnection raw)
    {
        var cs = await Postgres.CreateAsync("schema");
        try
        {
            await using (var db = new PgVersionedContext(cs))
            {
                await db.Database.EnsureCreatedAsync();
            }

            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync();
            var versioner = await Postgres.IndexesAsync(connection, "Items");
            var baseline = await Postgres.IndexesAsync(raw, "Items");
            if (!versioner.SequenceEqual(baseline))
            {
                throw new InvalidOperationException($"The raw table's indexes differ from Versioner's: {string.Join("; ", baseline)} vs {string.Join("; ", versioner)}");
            }

            Harness.Log($"bulk: same indexes on both sides: {string.Join("; ", baseline)}");
        }
        finally
        {
            await Postgres.DropAsync(cs);
        }
    }
}
