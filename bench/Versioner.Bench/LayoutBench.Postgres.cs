using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Versioner.Bench;

/// <summary>
/// Scenario 9 on PostgreSQL: the periods extension's SYSTEM VERSIONING (the peer of scenario 8), today's layout
/// (format 3, as finalize writes it: change rows written in the working commit's private segment, moved and closed at
/// finalize) and the one-row-per-version layouts with their side table, written and read with raw SQL through Npgsql.
/// Inserts go through binary COPY (as the engine's bulk path does, and the peer's too), the peer's updates and every
/// finalize step are one statement per commit with the commit's ids bound as one array. Each layout runs in a schema of
/// its own in the peer's database (<see cref="PeersBench.PeerDatabase"/>, where the extension is), named after this
/// process, dropped after: concurrent runs do not collide. Storage: the schema's tables with their indexes, TOAST and
/// maps, as the run leaves them (dead row versions included) and after <c>VACUUM FULL</c>.
/// </summary>
internal static partial class LayoutBench
{
    private const string PostgresScenario = "9 layouts (PostgreSQL, raw SQL)";
    private static int s_schemas;

    public static async Task<IReadOnlyList<Result>> RunPostgresAsync(BenchOptions options)
    {
        var server = new NpgsqlConnectionStringBuilder(Postgres.Server) { Database = PeersBench.PeerDatabase, CommandTimeout = 0 }.ConnectionString;
        if (Postgres.Unreachable() is { } reason)
        {
            Console.WriteLine($"- scenario 9 on PostgreSQL skipped: {reason}");
            return [];
        }

        if (await PeriodsSide.UnavailableAsync(server) is { } missing)
        {
            Console.WriteLine($"- scenario 9 on PostgreSQL skipped: {missing} (run `sudo bash bench/setup-peers.sh`)");
            return [];
        }

        var layouts = PgLayouts();
        Harness.Log("layout (PostgreSQL): warm-up (2,000 entities)");
        foreach (var layout in layouts)
        {
            await MeasureAsync(server, layout, RowData.Generate(2_000), options.CommitSize, writeReps: 1, reps: 1, breakdown: false);
        }

        var rows = RowData.Generate(options.Versions);
        var results = new List<Result>();
        Measured? peer = null;
        foreach (var layout in layouts)
        {
            Harness.Log($"layout (PostgreSQL): {layout.Name}, {rows.Length:N0} entities");
            var measured = await MeasureAsync(server, layout, rows, options.CommitSize, options.Repetitions, options.ReadRepetitions, breakdown: true);
            peer ??= measured;
            results.AddRange(measured.Lines(PostgresScenario, peer, layout == layouts[0]));
        }

        return results;
    }

    private static PgLayout[] PgLayouts() =>
    [
        new PgPeerLayout(),
        .. Shares.Select(share => new PgTodayLayout(share)),
        new PgFoldLayout(0, moveAtFinalize: true),
        .. Shares.Select(share => new PgFoldLayout(share)),
        new PgFoldLayout(1, wide: true),
        new PgFoldLayout(1, homeAtMerge: true),
        new PgFoldLayout(1, homeAtMerge: true, derivedMaker: true),
    ];

    private static async Task<Measured> MeasureAsync(string server, PgLayout layout, RowData[] rows, int batch, int writeReps, int reps, bool breakdown)
    {
        var creates = new double[writeReps];
        var updates = new double[writeReps];
        var edited = rows.Select(r => r.Edited()).ToArray();
        for (var rep = 0; rep < writeReps; rep++)
        {
            var schema = $"layout_{Environment.ProcessId}_{Interlocked.Increment(ref s_schemas).ToString(CultureInfo.InvariantCulture)}";
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { SearchPath = $"{schema},public", Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await Postgres.ExecuteAsync(connection, $"CREATE SCHEMA {schema}");
            try
            {
                await Postgres.ExecuteAsync(connection, layout.Schema);
                layout.Reset(rows.Length);
                Harness.Collect();
                creates[rep] = await Postgres.TimeAsync(() => Run(() => layout.Write(connection, rows, batch, update: false)), connection);
                layout.MarkPast(connection);
                Harness.Collect();
                updates[rep] = await Postgres.TimeAsync(() => Run(() => layout.Write(connection, edited, batch, update: true)), connection);
                if (rep < writeReps - 1)
                {
                    continue;
                }

                await Postgres.ExecuteAsync(connection, "ANALYZE");
                var result = await ReadAsync(layout, connection, rows, edited, reps);
                var bytes = await SchemaBytesAsync(connection);
                var compacted = bytes;
                if (breakdown)
                {
                    compacted = await StorageBreakdown.PrintPostgresAsync($"layout `{layout.Name}`", connection, "%");
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- layout `{layout.Name}` (PostgreSQL): {bytes:N0} bytes as measured, {bytes / (2.0 * rows.Length):F0} per version; {compacted:N0} after VACUUM FULL, {compacted / (2.0 * rows.Length):F0} per version"));
                }

                return new Measured(layout.Name, creates, updates, result.Head, result.AsOf, result.One, result.History, bytes, rows.Length, compacted);
            }
            finally
            {
                layout.Dispose();
                layout.Drop(connection);
                await Postgres.ExecuteAsync(connection, $"DROP SCHEMA {schema} CASCADE");
            }
        }

        throw new InvalidOperationException("no repetition");
    }

    private static Task Run(Action work)
    {
        work();
        return Task.CompletedTask;
    }

    private static async Task<(double[] Head, double[] AsOf, double[] One, double[] History)> ReadAsync(PgLayout layout, NpgsqlConnection connection, RowData[] rows, RowData[] edited, int reps)
    {
        long years = rows.Sum(r => (long)r.Year), editedYears = edited.Sum(r => (long)r.Year);
        var picks = Enumerable.Range(0, Calls).Select(i => (int)(i * 7919L % rows.Length)).ToArray();
        var (head, asOf, one, history) = (new double[reps], new double[reps], new double[reps], new double[reps]);
        for (var rep = -2; rep < reps; rep++)
        {
            Harness.Collect();
            var t = await Postgres.TimeAsync(() => Run(() => Check(layout.Name, "head", layout.Head(connection), rows.Length, editedYears)), connection);
            Harness.Collect();
            var u = await Postgres.TimeAsync(() => Run(() => Check(layout.Name, "as-of", layout.AsOf(connection), rows.Length, years)), connection);
            var v = await Postgres.TimeAsync(() => Run(() =>
            {
                foreach (var i in picks)
                {
                    if (layout.One(connection, i) != rows[i].Year)
                    {
                        throw new InvalidOperationException($"{layout.Name}: entity {i} as of the past read wrong");
                    }
                }
            }), connection);
            var w = await Postgres.TimeAsync(() => Run(() =>
            {
                foreach (var i in picks)
                {
                    if (layout.History(connection, i) != 2)
                    {
                        throw new InvalidOperationException($"{layout.Name}: entity {i}'s history is not two versions");
                    }
                }
            }), connection);
            if (rep >= 0)
            {
                (head[rep], asOf[rep], one[rep], history[rep]) = (t, u, v, w);
            }
        }

        return (head, asOf, one, history);
    }

    private static async Task<long> SchemaBytesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = current_schema() AND c.relkind = 'r'",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>One layout on PostgreSQL: its schema, its writes and the four reads, raw SQL.</summary>
    private abstract class PgLayout : IDisposable
    {
        private readonly Dictionary<string, NpgsqlCommand> _reads = [];

        public abstract string Name { get; }

        public abstract string Schema { get; }

        protected Guid[] Ids { get; private set; } = [];

        protected long PastDepth { get; set; }

        public virtual void Reset(int n)
        {
            Ids = new Guid[n];
            Dispose();
        }

        public abstract void Write(NpgsqlConnection connection, RowData[] rows, int batch, bool update);

        /// <summary>Called between the creates and the updates (the peer takes the time of its as-of point here).</summary>
        public virtual void MarkPast(NpgsqlConnection connection)
        {
        }

        public abstract (int Count, long Years) Head(NpgsqlConnection connection);

        public abstract (int Count, long Years) AsOf(NpgsqlConnection connection);

        public abstract int One(NpgsqlConnection connection, int index);

        public abstract int History(NpgsqlConnection connection, int index);

        /// <summary>Undoes what the schema's <c>DROP ... CASCADE</c> would not (the periods extension's catalog).</summary>
        public virtual void Drop(NpgsqlConnection connection)
        {
        }

        public void Dispose()
        {
            foreach (var command in _reads.Values)
            {
                command.Dispose();
            }

            _reads.Clear();
        }

        /// <summary>A read statement, prepared once per connection.</summary>
        protected NpgsqlCommand Read(NpgsqlConnection connection, string sql, params NpgsqlDbType[] types)
        {
            if (!_reads.TryGetValue(sql, out var command))
            {
                command = new NpgsqlCommand(sql, connection);
                foreach (var type in types)
                {
                    command.Parameters.Add(new NpgsqlParameter { ParameterName = $"p{command.Parameters.Count}", NpgsqlDbType = type });
                }

                command.Prepare();
                _reads[sql] = command;
            }

            return command;
        }

        protected static (int Count, long Years) Materialize(NpgsqlCommand command)
        {
            var items = new List<Item>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                items.Add(new Item(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetDecimal(3)));
            }

            return (items.Count, items.Sum(i => (long)i.Year));
        }

        protected static int Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params (object Value, NpgsqlDbType Type)[] parameters)
        {
            using var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var (value, type) in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { ParameterName = $"p{command.Parameters.Count}", Value = value, NpgsqlDbType = type });
            }

            return command.ExecuteNonQuery();
        }

        protected static byte[] Checksum(RowData row)
        {
            Span<byte> buffer = stackalloc byte[256];
            var length = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{row.Title}\u001f{row.Year}\u001f{row.Amount}"), buffer);
            return SHA256.HashData(buffer[..length]);
        }
    }

    /// <summary>The peer: the periods extension's SYSTEM VERSIONING on the table of scenario 8; COPY in, one UPDATE per commit.</summary>
    private sealed class PgPeerLayout : PgLayout
    {
        private DateTime _past;

        public override string Name => "peer: periods SYSTEM VERSIONING";

        public override string Schema => PeriodsContext.Schema;

        public override void Write(NpgsqlConnection connection, RowData[] rows, int batch, bool update)
        {
            for (var start = 0; start < rows.Length; start += batch)
            {
                var end = Math.Min(start + batch, rows.Length);
                using var transaction = connection.BeginTransaction();
                if (!update)
                {
                    using var copy = connection.BeginBinaryImport("""COPY "PeriodsItems" ("Id", "Title", "Year", "Amount") FROM STDIN (FORMAT BINARY)""");
                    for (var i = start; i < end; i++)
                    {
                        Ids[i] = Guid.CreateVersion7();
                        copy.StartRow();
                        copy.Write(Ids[i], NpgsqlDbType.Uuid);
                        copy.Write(rows[i].Title, NpgsqlDbType.Text);
                        copy.Write(rows[i].Year, NpgsqlDbType.Integer);
                        copy.Write(rows[i].Amount, NpgsqlDbType.Numeric);
                    }

                    copy.Complete();
                }
                else
                {
                    Execute(connection, transaction, """
                        UPDATE "PeriodsItems" p SET "Title" = u.t, "Year" = u.y, "Amount" = u.a
                        FROM unnest(@p0, @p1, @p2, @p3) AS u(id, t, y, a) WHERE p."Id" = u.id
                        """,
                        (Ids[start..end], NpgsqlDbType.Array | NpgsqlDbType.Uuid),
                        (rows[start..end].Select(r => r.Title).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                        (rows[start..end].Select(r => r.Year).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer),
                        (rows[start..end].Select(r => r.Amount).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Numeric));
                }

                transaction.Commit();
            }
        }

        public override void MarkPast(NpgsqlConnection connection)
        {
            using var command = new NpgsqlCommand("SELECT clock_timestamp()", connection);
            _past = (DateTime)command.ExecuteScalar()!;
        }

        public override (int Count, long Years) Head(NpgsqlConnection connection) =>
            Materialize(Read(connection, """SELECT "Id", "Title", "Year", "Amount" FROM "PeriodsItems" """));

        public override (int Count, long Years) AsOf(NpgsqlConnection connection)
        {
            var command = Read(connection, """SELECT "Id", "Title", "Year", "Amount" FROM "PeriodsItems__as_of"(@p0)""", NpgsqlDbType.TimestampTz);
            command.Parameters[0].Value = _past;
            return Materialize(command);
        }

        public override int One(NpgsqlConnection connection, int index)
        {
            var command = Read(connection, """SELECT "Year" FROM "PeriodsItems__as_of"(@p0) WHERE "Id" = @p1""", NpgsqlDbType.TimestampTz, NpgsqlDbType.Uuid);
            command.Parameters[0].Value = _past;
            command.Parameters[1].Value = Ids[index];
            return (int)command.ExecuteScalar()!;
        }

        public override int History(NpgsqlConnection connection, int index)
        {
            var command = Read(connection, """
                SELECT "Id", "Title", "Year", "Amount" FROM "PeriodsItems_with_history" WHERE "Id" = @p0 ORDER BY system_time_start DESC
                """, NpgsqlDbType.Uuid);
            command.Parameters[0].Value = Ids[index];
            return Materialize(command).Count;
        }

        public override void Drop(NpgsqlConnection connection)
        {
            using var command = new NpgsqlCommand("""
                DO $$ BEGIN
                    IF to_regclass('"PeriodsItems_history"') IS NOT NULL THEN
                        PERFORM periods.drop_system_versioning('"PeriodsItems"', drop_behavior => 'CASCADE', purge => true);
                    END IF;
                    IF to_regclass('"PeriodsItems"') IS NOT NULL THEN
                        PERFORM periods.drop_system_time_period('"PeriodsItems"', drop_behavior => 'CASCADE', purge => true);
                    END IF;
                END $$;
                DROP TABLE IF EXISTS "PeriodsItems" CASCADE;
                """, connection);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// A Versioner layout on PostgreSQL, with the commit loop of <see cref="VersionerLayout"/>: main in segment 1, a
    /// merged commit's versions made by a pull request's commit forked into a segment of its own and adopted by a merge
    /// commit at main's next slot (two transactions).
    /// </summary>
    private abstract class PgVersionerLayout(double merged) : PgLayout
    {
        private long _depth;
        private int _commits;
        private long _segments;
        private long _clock;

        /// <summary>The share of commits whose versions reach main through a merge.</summary>
        protected double Merged { get; } = merged;

        protected const string CommitsTable = """
            CREATE TABLE commits (id uuid NOT NULL PRIMARY KEY, state integer NOT NULL, checksum bytea NULL, author text NOT NULL,
                message text NOT NULL, timestamp_us bigint NOT NULL, segment bigint NOT NULL, depth bigint NOT NULL, generation bigint NOT NULL);
            CREATE UNIQUE INDEX ix_commits_place ON commits (segment, depth);
            """;

        protected bool Updating { get; private set; }

        protected long HeadDepth => _depth;

        public override void Reset(int n)
        {
            base.Reset(n);
            (_depth, _commits, _segments, PastDepth) = (0, 0, 1, 0);
        }

        public override void Write(NpgsqlConnection connection, RowData[] rows, int batch, bool update)
        {
            Updating = update;
            var versions = new Guid[batch];
            for (var start = 0; start < rows.Length; start += batch)
            {
                var end = Math.Min(start + batch, rows.Length);
                var depth = ++_depth;
                if (!IsMerged(_commits++, Merged))
                {
                    using var transaction = connection.BeginTransaction();
                    var commit = CommitRow(connection, transaction, 1, depth);
                    WriteVersions(connection, transaction, rows, start, end, commit, 1, depth, versions);
                    transaction.Commit();
                    continue;
                }

                var segment = ++_segments;
                using (var transaction = connection.BeginTransaction())
                {
                    var made = CommitRow(connection, transaction, segment, depth);
                    WriteVersions(connection, transaction, rows, start, end, made, segment, depth, versions);
                    transaction.Commit();
                }

                using (var transaction = connection.BeginTransaction())
                {
                    var merge = CommitRow(connection, transaction, 1, depth);
                    WriteAdoptions(connection, transaction, rows, start, end, merge, depth, versions, segment);
                    transaction.Commit();
                }
            }

            if (!update)
            {
                PastDepth = _depth;
            }
        }

        private Guid CommitRow(NpgsqlConnection connection, NpgsqlTransaction transaction, long segment, long depth)
        {
            var commit = Guid.CreateVersion7();
            Execute(connection, transaction, "INSERT INTO commits (id, state, checksum, author, message, timestamp_us, segment, depth, generation) VALUES (@p0, 1, @p1, 'bench', 'commit', @p2, @p3, @p4, @p4)",
                (commit, NpgsqlDbType.Uuid), (RandomNumberGenerator.GetBytes(32), NpgsqlDbType.Bytea), (++_clock * 1000, NpgsqlDbType.Bigint), (segment, NpgsqlDbType.Bigint), (depth, NpgsqlDbType.Bigint));
            return commit;
        }

        protected abstract void WriteVersions(NpgsqlConnection connection, NpgsqlTransaction transaction, RowData[] rows, int from, int to, Guid commit, long segment, long depth, Guid[] versions);

        protected abstract void WriteAdoptions(NpgsqlConnection connection, NpgsqlTransaction transaction, RowData[] rows, int from, int to, Guid commit, long depth, Guid[] versions, long madeIn);

        /// <summary>COPY of the new entities' eternal-id rows (the create pass).</summary>
        protected void CopyEntities(NpgsqlConnection connection, int from, int to)
        {
            using var copy = connection.BeginBinaryImport("COPY entities (eternal_id, entity_type) FROM STDIN (FORMAT BINARY)");
            for (var i = from; i < to; i++)
            {
                Ids[i] = Guid.CreateVersion7();
                copy.StartRow();
                copy.Write(Ids[i], NpgsqlDbType.Uuid);
                copy.Write("Item", NpgsqlDbType.Text);
            }

            copy.Complete();
        }
    }

    /// <summary>
    /// Today's layout, format 3, as the engine writes it: a working commit's typed rows and change rows (in its private
    /// segment) by COPY; at finalize the re-read of its change rows, their move into the branch's segment when the commit
    /// continues it (a forked pull request's commit keeps its private segment), and the closing of the superseded rows'
    /// validity (<c>= ANY(ARRAY(subquery))</c>, as <c>CommitWriter.CloseIntervalsAsync</c>). A merge's adoptions are
    /// change rows with <c>adopted</c>.
    /// </summary>
    private sealed class PgTodayLayout(double merged) : PgVersionerLayout(merged)
    {
        public override string Name => $"today (format 3): typed + change + eternal-id rows, interval, finalize moves the change rows; {Share(Merged)}";

        public override string Schema => CommitsTable + """
            CREATE TABLE entities (eternal_id uuid NOT NULL PRIMARY KEY, entity_type text NOT NULL);
            CREATE TABLE changes (commit_id uuid NOT NULL, eternal_id uuid NOT NULL, entity_type text NOT NULL, version_id uuid NULL,
                adopted boolean NOT NULL, version_checksum bytea NULL, segment bigint NOT NULL, depth bigint NOT NULL, until_depth bigint NULL,
                PRIMARY KEY (commit_id, eternal_id));
            CREATE INDEX ix_changes_entity_path ON changes (eternal_id, segment, depth);
            CREATE INDEX ix_changes_type_path ON changes (entity_type, segment, depth);
            CREATE TABLE "Items" ("VersionId" uuid NOT NULL PRIMARY KEY, "EternalId" uuid NOT NULL, "CommitId" uuid NOT NULL,
                "Title" text NOT NULL, "Year" integer NOT NULL, "Amount" numeric NOT NULL);
            CREATE INDEX "IX_Items_EternalId" ON "Items" ("EternalId");
            CREATE INDEX "IX_Items_CommitId" ON "Items" ("CommitId");
            """;

        private static long Private(long depth) => 1_000_000 + depth;

        protected override void WriteVersions(NpgsqlConnection connection, NpgsqlTransaction transaction, RowData[] rows, int from, int to, Guid commit, long segment, long depth, Guid[] versions)
        {
            if (!Updating)
            {
                CopyEntities(connection, from, to);
            }

            using (var copy = connection.BeginBinaryImport("""COPY "Items" ("VersionId", "EternalId", "CommitId", "Title", "Year", "Amount") FROM STDIN (FORMAT BINARY)"""))
            {
                for (var i = from; i < to; i++)
                {
                    versions[i - from] = Guid.CreateVersion7();
                    copy.StartRow();
                    copy.Write(versions[i - from], NpgsqlDbType.Uuid);
                    copy.Write(Ids[i], NpgsqlDbType.Uuid);
                    copy.Write(commit, NpgsqlDbType.Uuid);
                    copy.Write(rows[i].Title, NpgsqlDbType.Text);
                    copy.Write(rows[i].Year, NpgsqlDbType.Integer);
                    copy.Write(rows[i].Amount, NpgsqlDbType.Numeric);
                }

                copy.Complete();
            }

            var written = segment == 1 ? Private(depth) : segment;
            CopyChanges(connection, rows, from, to, commit, versions, adopted: false, written, depth);
            Finalize(connection, transaction, commit, segment, depth, written);
        }

        protected override void WriteAdoptions(NpgsqlConnection connection, NpgsqlTransaction transaction, RowData[] rows, int from, int to, Guid commit, long depth, Guid[] versions, long madeIn)
        {
            CopyChanges(connection, rows, from, to, commit, versions, adopted: true, Private(depth), depth);
            Finalize(connection, transaction, commit, 1, depth, Private(depth));
        }

        private void CopyChanges(NpgsqlConnection connection, RowData[] rows, int from, int to, Guid commit, Guid[] versions, bool adopted, long segment, long depth)
        {
            using var copy = connection.BeginBinaryImport("COPY changes (commit_id, eternal_id, entity_type, version_id, adopted, version_checksum, segment, depth) FROM STDIN (FORMAT BINARY)");
            for (var i = from; i < to; i++)
            {
                copy.StartRow();
                copy.Write(commit, NpgsqlDbType.Uuid);
                copy.Write(Ids[i], NpgsqlDbType.Uuid);
                copy.Write("Item", NpgsqlDbType.Text);
                copy.Write(versions[i - from], NpgsqlDbType.Uuid);
                copy.Write(adopted, NpgsqlDbType.Boolean);
                copy.Write(Checksum(rows[i]), NpgsqlDbType.Bytea);
                copy.Write(segment, NpgsqlDbType.Bigint);
                copy.Write(depth, NpgsqlDbType.Bigint);
            }

            copy.Complete();
        }

        private static void Finalize(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid commit, long segment, long depth, long written)
        {
            // Finalize reads the whole working commit's change rows back (the checksum, the placement's count).
            using (var read = new NpgsqlCommand("SELECT commit_id, eternal_id, entity_type, version_id, version_checksum, adopted, segment, depth FROM changes WHERE commit_id = @p0", connection, transaction))
            {
                read.Parameters.Add(new NpgsqlParameter { ParameterName = "p0", Value = commit, NpgsqlDbType = NpgsqlDbType.Uuid });
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    _ = reader.GetFieldValue<byte[]>(4);
                }
            }

            if (written != segment)
            {
                Execute(connection, transaction, "UPDATE changes SET segment = @p1, depth = @p2 WHERE commit_id = @p0",
                    (commit, NpgsqlDbType.Uuid), (segment, NpgsqlDbType.Bigint), (depth, NpgsqlDbType.Bigint));
            }

            if (segment == 1)
            {
                Execute(connection, transaction, """
                    UPDATE changes SET until_depth = @p1 WHERE segment = 1 AND until_depth IS NULL AND depth < @p1
                      AND eternal_id = ANY(ARRAY(SELECT eternal_id FROM changes WHERE commit_id = @p0))
                    """, (commit, NpgsqlDbType.Uuid), (depth, NpgsqlDbType.Bigint));
            }
        }

        private const string Visible = """
            SELECT i."EternalId", i."Title", i."Year", i."Amount" FROM changes c JOIN "Items" i ON i."VersionId" = c.version_id AND i."EternalId" = c.eternal_id
            WHERE c.entity_type = 'Item' AND c.segment = 1 AND c.depth <= @p0 AND (c.until_depth IS NULL OR c.until_depth > @p0)
            """;

        public override (int Count, long Years) Head(NpgsqlConnection connection)
        {
            var command = Read(connection, Visible, NpgsqlDbType.Bigint);
            command.Parameters[0].Value = HeadDepth;
            return Materialize(command);
        }

        public override (int Count, long Years) AsOf(NpgsqlConnection connection)
        {
            var command = Read(connection, Visible, NpgsqlDbType.Bigint);
            command.Parameters[0].Value = PastDepth;
            return Materialize(command);
        }

        public override int One(NpgsqlConnection connection, int index)
        {
            var command = Read(connection, """
                SELECT i."Year" FROM changes c JOIN "Items" i ON i."VersionId" = c.version_id
                WHERE c.eternal_id = @p0 AND c.segment = 1 AND c.depth <= @p1 ORDER BY c.depth DESC LIMIT 1
                """, NpgsqlDbType.Uuid, NpgsqlDbType.Bigint);
            command.Parameters[0].Value = Ids[index];
            command.Parameters[1].Value = PastDepth;
            return (int)command.ExecuteScalar()!;
        }

        public override int History(NpgsqlConnection connection, int index)
        {
            var command = Read(connection, """
                SELECT i."EternalId", i."Title", i."Year", i."Amount" FROM changes c JOIN "Items" i ON i."VersionId" = c.version_id
                WHERE c.eternal_id = @p0 AND c.segment = 1 ORDER BY c.depth DESC
                """, NpgsqlDbType.Uuid);
            command.Parameters[0].Value = Ids[index];
            return Materialize(command).Count;
        }
    }

    /// <summary>
    /// The fold on PostgreSQL (<see cref="FoldLayout"/>): one row per version carrying its place, validity and
    /// checksum, written by COPY at its final place (the slot finalize will give it), so finalize updates only the
    /// rows it supersedes (their <c>until_depth</c>, one statement per table, the commit's entities as one array).
    /// <paramref name="moveAtFinalize"/> writes them in a private segment instead and moves them at finalize, as today.
    /// </summary>
    private sealed class PgFoldLayout(double merged, bool moveAtFinalize = false, bool wide = false, bool homeAtMerge = false, bool derivedMaker = false) : PgVersionerLayout(merged)
    {
        public override string Name => $"one row per version + {(wide ? "shared side table (commit id, type)" : "narrow side table per type")}{(homeAtMerge ? ", the merge moves the version's row to main" : "")}{(derivedMaker ? " (the pull request's place derived from the commit id, no side row)" : "")}{(moveAtFinalize ? ", rows written in a private segment and moved at finalize" : ", rows written at their final place")}; {Share(Merged)}";

        private string Side => wide ? "adoptions" : "\"Items_adopted\"";

        private string OfType => wide ? "a.entity_type = 'Item' AND " : "";

        public override string Schema => CommitsTable + """
            CREATE TABLE entities (eternal_id uuid NOT NULL PRIMARY KEY, entity_type text NOT NULL);
            CREATE TABLE "Items" ("VersionId" uuid NOT NULL PRIMARY KEY, "EternalId" uuid NOT NULL, "CommitId" uuid NOT NULL,
                segment bigint NOT NULL, depth bigint NOT NULL, until_depth bigint NULL, checksum bytea NOT NULL,
                "Title" text NOT NULL, "Year" integer NOT NULL, "Amount" numeric NOT NULL);
            CREATE INDEX "ix_Items_path" ON "Items" ("EternalId", segment, depth);
            CREATE INDEX "ix_Items_commit" ON "Items" ("CommitId");
            CREATE INDEX "ix_Items_open" ON "Items" (segment, depth) WHERE until_depth IS NULL;
            """ + (wide ? """
            CREATE TABLE adoptions (eternal_id uuid NOT NULL, segment bigint NOT NULL, depth bigint NOT NULL, commit_id uuid NOT NULL,
                entity_type text NOT NULL, version_id uuid NULL, until_depth bigint NULL, PRIMARY KEY (eternal_id, segment, depth));
            CREATE INDEX ix_adoptions_type_path ON adoptions (entity_type, segment, depth);
            """ : """
            CREATE TABLE "Items_adopted" (eternal_id uuid NOT NULL, segment bigint NOT NULL, depth bigint NOT NULL, version_id uuid NULL,
                until_depth bigint NULL, PRIMARY KEY (eternal_id, segment, depth));
            CREATE INDEX "ix_Items_adopted_place" ON "Items_adopted" (segment, depth);
            """);

        private Guid _madeBy;

        protected override void WriteVersions(NpgsqlConnection connection, NpgsqlTransaction transaction, RowData[] rows, int from, int to, Guid commit, long segment, long depth, Guid[] versions)
        {
            if (!Updating)
            {
                CopyEntities(connection, from, to);
            }

            _madeBy = commit;
            var written = moveAtFinalize && segment == 1 ? 1_000_000 + depth : segment;
            using (var copy = connection.BeginBinaryImport("""COPY "Items" ("VersionId", "EternalId", "CommitId", segment, depth, checksum, "Title", "Year", "Amount") FROM STDIN (FORMAT BINARY)"""))
            {
                for (var i = from; i < to; i++)
                {
                    versions[i - from] = Guid.CreateVersion7();
                    copy.StartRow();
                    copy.Write(versions[i - from], NpgsqlDbType.Uuid);
                    copy.Write(Ids[i], NpgsqlDbType.Uuid);
                    copy.Write(commit, NpgsqlDbType.Uuid);
                    copy.Write(written, NpgsqlDbType.Bigint);
                    copy.Write(depth, NpgsqlDbType.Bigint);
                    copy.Write(Checksum(rows[i]), NpgsqlDbType.Bytea);
                    copy.Write(rows[i].Title, NpgsqlDbType.Text);
                    copy.Write(rows[i].Year, NpgsqlDbType.Integer);
                    copy.Write(rows[i].Amount, NpgsqlDbType.Numeric);
                }

                copy.Complete();
            }

            if (written != segment)
            {
                Execute(connection, transaction, """UPDATE "Items" SET segment = @p1, depth = @p2 WHERE "CommitId" = @p0""",
                    (commit, NpgsqlDbType.Uuid), (segment, NpgsqlDbType.Bigint), (depth, NpgsqlDbType.Bigint));
            }

            if (segment == 1 && Updating)
            {
                Close(connection, transaction, Ids[from..to], depth);
            }
        }

        /// <summary>Finalize's one write to existing rows: the commit's entities' open rows on main end at its depth, in both tables.</summary>
        private void Close(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid[] entities, long depth)
        {
            Execute(connection, transaction, """UPDATE "Items" SET until_depth = @p1 WHERE segment = 1 AND until_depth IS NULL AND depth < @p1 AND "EternalId" = ANY(@p0)""",
                (entities, NpgsqlDbType.Array | NpgsqlDbType.Uuid), (depth, NpgsqlDbType.Bigint));
            Execute(connection, transaction, $"UPDATE {Side} SET until_depth = @p1 WHERE segment = 1 AND until_depth IS NULL AND depth < @p1 AND eternal_id = ANY(@p0)",
                (entities, NpgsqlDbType.Array | NpgsqlDbType.Uuid), (depth, NpgsqlDbType.Bigint));
        }

        protected override void WriteAdoptions(NpgsqlConnection connection, NpgsqlTransaction transaction, RowData[] rows, int from, int to, Guid commit, long depth, Guid[] versions, long madeIn)
        {
            if (Updating)
            {
                Close(connection, transaction, Ids[from..to], depth);
            }

            if (homeAtMerge)
            {
                Execute(connection, transaction, """UPDATE "Items" SET segment = 1, depth = @p1 WHERE "VersionId" = ANY(@p0)""",
                    (versions[..(to - from)], NpgsqlDbType.Array | NpgsqlDbType.Uuid), (depth, NpgsqlDbType.Bigint));
            }

            if (derivedMaker)
            {
                return;
            }

            var (segment, by) = homeAtMerge ? (madeIn, _madeBy) : (1L, commit);
            using var copy = connection.BeginBinaryImport(wide
                ? "COPY adoptions (eternal_id, segment, depth, version_id, commit_id, entity_type) FROM STDIN (FORMAT BINARY)"
                : """COPY "Items_adopted" (eternal_id, segment, depth, version_id) FROM STDIN (FORMAT BINARY)""");
            for (var i = from; i < to; i++)
            {
                copy.StartRow();
                copy.Write(Ids[i], NpgsqlDbType.Uuid);
                copy.Write(segment, NpgsqlDbType.Bigint);
                copy.Write(depth, NpgsqlDbType.Bigint);
                copy.Write(versions[i - from], NpgsqlDbType.Uuid);
                if (wide)
                {
                    copy.Write(by, NpgsqlDbType.Uuid);
                    copy.Write("Item", NpgsqlDbType.Text);
                }
            }

            copy.Complete();
        }

        // Bounded by the head's depth: a working commit's rows, written at the slot after the head, are open too.
        public override (int Count, long Years) Head(NpgsqlConnection connection)
        {
            var command = Read(connection, $"""
                SELECT i."EternalId", i."Title", i."Year", i."Amount" FROM "Items" i WHERE i.segment = 1 AND i.until_depth IS NULL AND i.depth <= @p0
                UNION ALL
                SELECT i."EternalId", i."Title", i."Year", i."Amount" FROM {Side} a JOIN "Items" i ON i."VersionId" = a.version_id
                WHERE {OfType}a.segment = 1 AND a.until_depth IS NULL AND a.depth <= @p0
                """, NpgsqlDbType.Bigint);
            command.Parameters[0].Value = HeadDepth;
            return Materialize(command);
        }

        public override (int Count, long Years) AsOf(NpgsqlConnection connection)
        {
            var command = Read(connection, $"""
                SELECT i."EternalId", i."Title", i."Year", i."Amount" FROM "Items" i WHERE i.segment = 1 AND i.depth <= @p0 AND (i.until_depth IS NULL OR i.until_depth > @p0)
                UNION ALL
                SELECT i."EternalId", i."Title", i."Year", i."Amount" FROM {Side} a JOIN "Items" i ON i."VersionId" = a.version_id
                WHERE {OfType}a.segment = 1 AND a.depth <= @p0 AND (a.until_depth IS NULL OR a.until_depth > @p0)
                """, NpgsqlDbType.Bigint);
            command.Parameters[0].Value = PastDepth;
            return Materialize(command);
        }

        public override int One(NpgsqlConnection connection, int index)
        {
            var command = Read(connection, $"""
                SELECT "Year" FROM (
                    SELECT depth, "Year" FROM "Items" WHERE "EternalId" = @p0 AND segment = 1 AND depth <= @p1
                    UNION ALL
                    SELECT a.depth, i."Year" FROM {Side} a LEFT JOIN "Items" i ON i."VersionId" = a.version_id WHERE a.eternal_id = @p0 AND a.segment = 1 AND a.depth <= @p1) v
                ORDER BY depth DESC LIMIT 1
                """, NpgsqlDbType.Uuid, NpgsqlDbType.Bigint);
            command.Parameters[0].Value = Ids[index];
            command.Parameters[1].Value = PastDepth;
            return (int)command.ExecuteScalar()!;
        }

        public override int History(NpgsqlConnection connection, int index)
        {
            var command = Read(connection, $"""
                SELECT "EternalId", "Title", "Year", "Amount", depth FROM "Items" WHERE "EternalId" = @p0 AND segment = 1
                UNION ALL
                SELECT a.eternal_id, i."Title", i."Year", i."Amount", a.depth FROM {Side} a JOIN "Items" i ON i."VersionId" = a.version_id WHERE a.eternal_id = @p0 AND a.segment = 1
                ORDER BY 5 DESC
                """, NpgsqlDbType.Uuid);
            command.Parameters[0].Value = Ids[index];
            return Materialize(command).Count;
        }
    }
}
