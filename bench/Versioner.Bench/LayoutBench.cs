using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Versioner.Bench;

/// <summary>
/// Issue 12 item 1, the layout decision: candidate storage layouts for one versioned type, each written and read with
/// raw prepared SQL on SQLite (no EF, no Versioner code), against the trigger-filled history table peer written the
/// same way. Every side does the same work: N entities created in transactions (commits) of 1,000, then each updated
/// once; the head read of all, the as-of read of all (state before the updates), one entity as of that point, one
/// entity's history; bytes on disk after a checkpoint, and per table and index (<c>dbstat</c>). The Versioner layouts
/// hash each version (SHA-256 of its fields) and write a commit row per commit, as Versioner must. So each line is the
/// floor of a layout: what the engine on it could reach at best, measured side by side. Layouts that model merges
/// write a share of their commits (<see cref="Shares"/>) as a pull request merged into main with a merge commit, whose
/// adoptions are change rows (today's layout) or side rows read beside the typed table (the fold), or move the adopted
/// version's row to main. The same on PostgreSQL: <c>LayoutBench.Postgres.cs</c>.
/// </summary>
internal static partial class LayoutBench
{
    private const int Calls = 200;

    public static IReadOnlyList<Result> Run(BenchOptions options)
    {
        var n = options.Versions;
        var rows = RowData.Generate(n);
        var results = new List<Result>();
        Harness.Log("layout: warm-up (2,000 entities)");
        foreach (var layout in Layouts())
        {
            Measure(layout, RowData.Generate(2_000), options.CommitSize, writeReps: 1, reps: 1, breakdown: false);
        }

        var peer = (Measured?)null;
        foreach (var layout in Layouts())
        {
            Harness.Log($"layout: {layout.Name}, {n:N0} entities");
            var measured = Measure(layout, rows, options.CommitSize, options.Repetitions, options.ReadRepetitions, breakdown: true);
            peer ??= measured;
            results.AddRange(measured.Lines(SqliteScenario, peer, layout == Layouts()[0]));
        }

        return results;
    }

    private const string SqliteScenario = "9 layouts (SQLite, raw SQL)";

    /// <summary>
    /// The shares of commits that reach main through a merge commit, for the layouts that model adoptions: none (direct
    /// commits, or pull requests merged by fast-forward), one in five (the forks scenario's generated history: a pull
    /// request after every 4 main-line commits) and all (every change reaches main through a pull request merged
    /// with a merge commit, as with GitHub's default merge button and a protected main).
    /// </summary>
    private static readonly double[] Shares = [0, 0.2, 1];

    /// <summary>Whether commit number <paramref name="commit"/> (from 0) is a pull request merged into main, at <paramref name="share"/>.</summary>
    private static bool IsMerged(int commit, double share) => Math.Floor((commit + 1) * share) > Math.Floor(commit * share);

    private static string Share(double share) => share == 0 ? "no merges" : share == 1 ? "every commit through a merge" : string.Create(CultureInfo.InvariantCulture, $"{share:P0} of commits through a merge");

    private static Layout[] s_layouts = [];

    private static Layout[] Layouts() => s_layouts.Length > 0 ? s_layouts : s_layouts =
    [
        new PeerLayout(),
        new TodayLayout(binaryIds: false),
        new TodayLayout(binaryIds: true),
        new TodayLayout(binaryIds: false, interval: true),
        new OneRowLayout(),
        new IntervalLayout(),
        .. Shares.Select(share => new TodayLayout(binaryIds: true, interval: true, merged: share, move: true)),
        .. Shares.Select(share => new FoldLayout(share)),
        new FoldLayout(1, wide: true),
        new FoldLayout(1, homeAtMerge: true),
        new FoldLayout(1, homeAtMerge: true, derivedMaker: true),
    ];

    private sealed record Measured(string Name, double[] Create, double[] Update, double[] Head, double[] AsOf, double[] One, double[] History, long Bytes, int N, long? Compacted = null)
    {
        public IEnumerable<Result> Lines(string Scenario, Measured peer, bool isPeer)
        {
            string Variant(string op) => $"{op}: {Name}";
            string? Base(string op) => isPeer ? null : $"{op}: {peer.Name}";
            yield return new Result(Scenario, Variant("create"), "rows/s", Create.Select(c => N / c).ToArray(), Base("create"));
            yield return new Result(Scenario, Variant("update"), "rows/s", Update.Select(u => N / u).ToArray(), Base("update"));
            yield return new Result(Scenario, Variant("head read of all"), "ms", Head.Select(s => s * 1e3).ToArray(), Base("head read of all"), HigherIsBetter: false);
            yield return new Result(Scenario, Variant("as-of read of all"), "ms", AsOf.Select(s => s * 1e3).ToArray(), Base("as-of read of all"), HigherIsBetter: false);
            yield return new Result(Scenario, Variant("one entity as of"), "µs", One.Select(s => s * 1e6 / Calls).ToArray(), Base("one entity as of"), HigherIsBetter: false);
            yield return new Result(Scenario, Variant("history of one entity"), "µs", History.Select(s => s * 1e6 / Calls).ToArray(), Base("history of one entity"), HigherIsBetter: false);
            yield return new Result(Scenario, Variant("storage"), "bytes", [Bytes], Base("storage"), HigherIsBetter: false);
            if (Compacted is { } compacted)
            {
                yield return new Result(Scenario, Variant("storage compacted (VACUUM FULL)"), "bytes", [compacted], Base("storage compacted (VACUUM FULL)"), HigherIsBetter: false);
            }
        }
    }

    private static Measured Measure(Layout layout, RowData[] rows, int batch, int writeReps, int reps, bool breakdown)
    {
        // Writes: each repetition on a fresh file; the reads run on the last one.
        var creates = new double[writeReps];
        var updates = new double[writeReps];
        var edited = rows.Select(r => r.Edited()).ToArray();
        for (var rep = 0; rep < writeReps - 1; rep++)
        {
            var scratch = Sqlite.NewPath("layout");
            using (var c = Sqlite.Open(scratch))
            {
                (creates[rep], updates[rep]) = Write(layout, c, rows, edited, batch);
                layout.Dispose();
            }

            Sqlite.Delete(scratch);
        }

        var path = Sqlite.NewPath("layout");
        try
        {
            using var connection = Sqlite.Open(path);
            (creates[^1], updates[^1]) = Write(layout, connection, rows, edited, batch);
            Sqlite.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            Sqlite.Execute(connection, "ANALYZE");
            long years = rows.Sum(r => (long)r.Year), editedYears = edited.Sum(r => (long)r.Year);
            var picks = Enumerable.Range(0, Calls).Select(i => (int)(i * 7919L % rows.Length)).ToArray();
            var head = new double[reps];
            var asOf = new double[reps];
            var one = new double[reps];
            var history = new double[reps];
            for (var rep = -2; rep < reps; rep++)
            {
                Harness.Collect();
                var t = Harness.Time(() => Check(layout.Name, "head", layout.Head(connection), rows.Length, editedYears));
                Harness.Collect();
                var u = Harness.Time(() => Check(layout.Name, "as-of", layout.AsOf(connection), rows.Length, years));
                var v = Harness.Time(() =>
                {
                    foreach (var i in picks)
                    {
                        if (layout.One(connection, i) != rows[i].Year)
                        {
                            throw new InvalidOperationException($"{layout.Name}: entity {i} as of the past read wrong");
                        }
                    }
                });
                var w = Harness.Time(() =>
                {
                    foreach (var i in picks)
                    {
                        if (layout.History(connection, i) != 2)
                        {
                            throw new InvalidOperationException($"{layout.Name}: entity {i}'s history is not two versions");
                        }
                    }
                });
                if (rep >= 0)
                {
                    (head[rep], asOf[rep], one[rep], history[rep]) = (t, u, v, w);
                }
            }

            Sqlite.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
            var bytes = new FileInfo(path).Length;
            if (breakdown)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- layout `{layout.Name}`: {bytes:N0} bytes, {bytes / (2.0 * rows.Length):F0} per version"));
            }

            layout.Dispose();
            return new Measured(layout.Name, creates, updates, head, asOf, one, history, bytes, rows.Length);
        }
        finally
        {
            Sqlite.Delete(path);
        }
    }

    private static void Check(string name, string read, (int Count, long Years) got, int count, long years)
    {
        if (got != (count, years))
        {
            throw new InvalidOperationException($"{name}: {read} read {got.Count} rows (sum of years {got.Years}), expected {count} ({years})");
        }
    }

    private static (double Create, double Update) Write(Layout layout, SqliteConnection connection, RowData[] rows, RowData[] edited, int batch)
    {
        Sqlite.Execute(connection, layout.Schema);
        layout.Reset(rows.Length);
        Harness.Collect();
        var create = Harness.Time(() => layout.Write(connection, rows, batch, update: false));
        Harness.Collect();
        var update = Harness.Time(() => layout.Write(connection, edited, batch, update: true));
        return (create, update);
    }

    /// <summary>One layout: its schema, its write of a commit's rows, and the four reads, all raw SQL.</summary>
    private abstract class Layout : IDisposable
    {
        private readonly List<SqliteCommand> _prepared = [];
        private Dictionary<string, SqliteCommand> _reads = [];

        public abstract string Name { get; }

        public abstract string Schema { get; }

        /// <summary>The eternal ids (or the peer's keys) of the N entities, in row order.</summary>
        protected Guid[] Ids { get; private set; } = [];

        /// <summary>The commit depth of the last create (the as-of point: the state before the updates).</summary>
        protected long PastDepth { get; set; }

        public virtual void Reset(int n)
        {
            Ids = new Guid[n];
            Dispose();
        }

        public abstract void Write(SqliteConnection connection, RowData[] rows, int batch, bool update);

        public abstract (int Count, long Years) Head(SqliteConnection connection);

        public abstract (int Count, long Years) AsOf(SqliteConnection connection);

        /// <summary>Entity <paramref name="index"/>'s Year as of the past point.</summary>
        public abstract int One(SqliteConnection connection, int index);

        /// <summary>How many versions entity <paramref name="index"/>'s history holds (read with its fields).</summary>
        public abstract int History(SqliteConnection connection, int index);

        public void Dispose()
        {
            foreach (var command in _prepared)
            {
                command.Dispose();
            }

            _prepared.Clear();
            _reads = [];
        }

        protected SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction? transaction, string sql, params SqliteType[] types)
        {
            var command = Sqlite.Prepare(connection, transaction, sql, types);
            _prepared.Add(command);
            return command;
        }

        /// <summary>A read statement, prepared once per connection.</summary>
        protected SqliteCommand Read(SqliteConnection connection, string sql, params SqliteType[] types)
        {
            if (!_reads.TryGetValue(sql, out var command))
            {
                command = Prepare(connection, null, sql, types);
                _reads[sql] = command;
            }

            return command;
        }

        /// <summary>Reads (id, title, year, amount) rows into objects, as a caller would, and sums the years.</summary>
        protected static (int Count, long Years) Materialize(SqliteCommand command, Func<SqliteDataReader, Guid> id)
        {
            var items = new List<Item>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                items.Add(new Item(id(reader), reader.GetString(1), reader.GetInt32(2), decimal.Parse(reader.GetString(3), CultureInfo.InvariantCulture)));
            }

            return (items.Count, items.Sum(i => (long)i.Year));
        }

        protected static byte[] Checksum(RowData row)
        {
            Span<byte> buffer = stackalloc byte[256];
            var length = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{row.Title}\u001f{row.Year}\u001f{row.Amount}"), buffer);
            return SHA256.HashData(buffer[..length]);
        }

        protected static string Text(Guid id) => id.ToString();

        protected static byte[] Bytes(Guid id) => id.ToByteArray(bigEndian: true);

        protected static Guid FromBytes(SqliteDataReader reader, int ordinal) => new(reader.GetFieldValue<byte[]>(ordinal), bigEndian: true);

        protected static string Amount(RowData row) => row.Amount.ToString(CultureInfo.InvariantCulture);
    }

    private sealed record Item(Guid Id, string Title, int Year, decimal Amount);

    /// <summary>The peer: a current table and a history table filled by triggers (the schema of scenario 8), raw writes.</summary>
    private sealed class PeerLayout : Layout
    {
        private long _clock;

        public override string Name => "peer: trigger-filled history table";

        public override string Schema => TriggerHistoryContext.Schema;

        public override void Reset(int n)
        {
            base.Reset(n);
            _clock = 0;
        }

        // Timestamps as ISO text, as the peer stores them; one per transaction, increasing.
        private string Now() => new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(++_clock * 10).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

        private string _past = "";

        public override void Write(SqliteConnection connection, RowData[] rows, int batch, bool update)
        {
            var sql = update
                ? """UPDATE "TriggerItems" SET "Title" = @p1, "Year" = @p2, "Amount" = @p3, "ValidFrom" = @p4 WHERE "Id" = @p0"""
                : """INSERT INTO "TriggerItems" ("Id", "Title", "Year", "Amount", "ValidFrom") VALUES (@p0, @p1, @p2, @p3, @p4)""";
            for (var start = 0; start < rows.Length; start += batch)
            {
                using var transaction = connection.BeginTransaction();
                using var command = Sqlite.Prepare(connection, transaction, sql, SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Text, SqliteType.Text);
                var now = Now();
                for (var i = start; i < Math.Min(start + batch, rows.Length); i++)
                {
                    if (!update)
                    {
                        Ids[i] = Guid.CreateVersion7();
                    }

                    Sqlite.Run(command, Text(Ids[i]), rows[i].Title, rows[i].Year, Amount(rows[i]), now);
                }

                transaction.Commit();
            }

            if (!update)
            {
                _past = Now();
            }
        }

        public override (int Count, long Years) Head(SqliteConnection connection) =>
            Materialize(Read(connection, """SELECT "Id", "Title", "Year", "Amount" FROM "TriggerItems" """), r => r.GetGuid(0));

        public override (int Count, long Years) AsOf(SqliteConnection connection)
        {
            var command = Read(connection, """
                SELECT "Id", "Title", "Year", "Amount" FROM "TriggerItems" WHERE "ValidFrom" <= @p0
                UNION ALL
                SELECT "Id", "Title", "Year", "Amount" FROM "TriggerItems_history" WHERE "ValidFrom" <= @p0 AND "ValidTo" > @p0
                """, SqliteType.Text);
            command.Parameters[0].Value = _past;
            return Materialize(command, r => r.GetGuid(0));
        }

        public override int One(SqliteConnection connection, int index)
        {
            var command = Read(connection, """
                SELECT "Year" FROM "TriggerItems" WHERE "Id" = @p0 AND "ValidFrom" <= @p1
                UNION ALL
                SELECT "Year" FROM "TriggerItems_history" WHERE "Id" = @p0 AND "ValidFrom" <= @p1 AND "ValidTo" > @p1
                """, SqliteType.Text, SqliteType.Text);
            command.Parameters[0].Value = Text(Ids[index]);
            command.Parameters[1].Value = _past;
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        public override int History(SqliteConnection connection, int index)
        {
            var command = Read(connection, """
                SELECT "Id", "Title", "Year", "Amount", "ValidFrom" FROM "TriggerItems" WHERE "Id" = @p0
                UNION ALL
                SELECT "Id", "Title", "Year", "Amount", "ValidFrom" FROM "TriggerItems_history" WHERE "Id" = @p0
                ORDER BY "ValidFrom" DESC
                """, SqliteType.Text);
            command.Parameters[0].Value = Text(Ids[index]);
            return Materialize(command, r => r.GetGuid(0)).Count;
        }
    }

    /// <summary>
    /// A Versioner layout: one commit row per commit (36-character text id or 16 bytes), commit k of main at depth k of
    /// segment 1. At a share of merged commits (<see cref="Merged"/>), such a commit's versions are made by a pull
    /// request's commit (its own transaction, placed as finalize places it: forked into a new segment at main's tip's
    /// depth + 1) and reach main through a merge commit (the next transaction, at main's next slot) that adopts them.
    /// Subclasses write each version's rows, the adoptions, and read main.
    /// </summary>
    private abstract class VersionerLayout : Layout
    {
        private long _depth;
        private int _commits;
        private long _segments;

        protected abstract bool BinaryIds { get; }

        /// <summary>The share of commits whose versions reach main through a merge (0: none).</summary>
        protected virtual double Merged => 0;

        /// <summary>Main's head depth.</summary>
        protected long HeadDepth => _depth;

        protected object Id(Guid id) => BinaryIds ? Bytes(id) : Text(id);

        protected SqliteType IdType => BinaryIds ? SqliteType.Blob : SqliteType.Text;

        protected Guid ReadId(SqliteDataReader reader) => BinaryIds ? FromBytes(reader, 0) : reader.GetGuid(0);

        public override void Reset(int n)
        {
            base.Reset(n);
            (_depth, _commits, _segments) = (0, 0, 1);
        }

        /// <summary>Whether the pass being written is the update pass (every entity exists on main).</summary>
        protected bool Updating { get; private set; }

        public override void Write(SqliteConnection connection, RowData[] rows, int batch, bool update)
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
                    WriteVersions(connection, transaction, rows, start, end, commit, 1, depth, update, versions);
                    transaction.Commit();
                    continue;
                }

                // The pull request's commit: forked from main's tip (main points at its parent), a segment of its own.
                var segment = ++_segments;
                using (var transaction = connection.BeginTransaction())
                {
                    var made = CommitRow(connection, transaction, segment, depth);
                    WriteVersions(connection, transaction, rows, start, end, made, segment, depth, update, versions);
                    transaction.Commit();
                }

                // The merge commit: main's next slot, adopting every version the pull request made.
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

        private Guid CommitRow(SqliteConnection connection, SqliteTransaction transaction, long segment, long depth)
        {
            var commit = Guid.CreateVersion7();
            using var commitRow = Sqlite.Prepare(connection, transaction, "INSERT INTO commits (id, state, checksum, author, message, timestamp_us, segment, depth, generation) VALUES (@p0, 1, @p1, 'bench', 'commit', @p2, @p3, @p4, @p4)", IdType, SqliteType.Blob, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer);
            Sqlite.Run(commitRow, Id(commit), RandomNumberGenerator.GetBytes(32), ++_clock * 1000, segment, depth);
            return commit;
        }

        private long _clock;

        /// <summary>
        /// Writes the versions of rows [<paramref name="from"/>, <paramref name="to"/>) made by <paramref name="commit"/>
        /// at (<paramref name="segment"/>, <paramref name="depth"/>), their ids into <paramref name="versions"/> (from 0);
        /// on main's segment (1) the versions they supersede there end.
        /// </summary>
        protected abstract void WriteVersions(SqliteConnection connection, SqliteTransaction transaction, RowData[] rows, int from, int to, Guid commit, long segment, long depth, bool update, Guid[] versions);

        /// <summary>A merge commit at (1, <paramref name="depth"/>) adopting <paramref name="versions"/>, made at (<paramref name="madeIn"/>, <paramref name="depth"/>).</summary>
        protected virtual void WriteAdoptions(SqliteConnection connection, SqliteTransaction transaction, RowData[] rows, int from, int to, Guid commit, long depth, Guid[] versions, long madeIn) =>
            throw new NotSupportedException($"{Name} does not model merges");

        protected static string CommitsTable(string idType, string options) => $"""
            CREATE TABLE commits (id {idType} NOT NULL PRIMARY KEY, state INTEGER NOT NULL, checksum BLOB NULL, author TEXT NOT NULL,
                message TEXT NOT NULL, timestamp_us INTEGER NOT NULL, segment INTEGER NOT NULL, depth INTEGER NOT NULL,
                generation INTEGER NOT NULL) {options};
            CREATE UNIQUE INDEX ix_commits_place ON commits (segment, depth);
            """;
    }

    /// <summary>
    /// Today's layout (format 1): typed row (text version id, eternal id, commit id, fields) with its two indexes, the
    /// change row (commit, eternal id, type, version, checksum, segment, depth) with its key and two path indexes, and
    /// the eternal-id row; head and as-of reads by the <c>NOT EXISTS</c> probe, as Versioner's snapshot reads. With
    /// <paramref name="interval"/> and 16-byte ids it is format 3 (today's engine); <paramref name="move"/> writes the
    /// change rows as a working commit's, in a private segment, and moves them at finalize as the engine does for a
    /// commit that continues its parent's segment (a forked pull request's commit keeps its private segment); a merge
    /// commit's adoptions are change rows (<c>adopted</c> = 1) naming the pull request's versions.
    /// </summary>
    private sealed class TodayLayout(bool binaryIds, bool interval = false, double merged = 0, bool move = false) : VersionerLayout
    {
        public override string Name => binaryIds && interval
            ? $"today (format 3): typed + change + eternal-id rows, 16-byte ids, interval{(move ? ", finalize moves the change rows" : "")}; {Share(merged)}"
            : interval ? "today's three rows per version, text ids, validity interval on the change row"
            : binaryIds ? "today's three rows per version, 16-byte ids" : "today: typed + change + eternal-id rows, text ids";

        protected override bool BinaryIds => binaryIds;

        protected override double Merged => merged;

        private string T => binaryIds ? "BLOB" : "TEXT";

        public override string Schema => CommitsTable(T, "") + $"""
            CREATE TABLE entities (eternal_id {T} NOT NULL PRIMARY KEY, entity_type TEXT NOT NULL);
            CREATE TABLE changes (commit_id {T} NOT NULL, eternal_id {T} NOT NULL, entity_type TEXT NOT NULL, version_id {T} NULL,
                adopted INTEGER NOT NULL, version_checksum BLOB NULL, segment INTEGER NOT NULL, depth INTEGER NOT NULL,
                {(interval ? "until_depth INTEGER NULL," : "")} PRIMARY KEY (commit_id, eternal_id));
            CREATE INDEX ix_changes_entity_path ON changes (eternal_id, segment, depth);
            CREATE INDEX ix_changes_type_path ON changes (entity_type, segment, depth);
            CREATE TABLE Items (VersionId {T} NOT NULL PRIMARY KEY, EternalId {T} NOT NULL, CommitId {T} NOT NULL,
                Title TEXT NOT NULL, Year INTEGER NOT NULL, Amount TEXT NOT NULL);
            CREATE INDEX IX_Items_EternalId ON Items (EternalId);
            CREATE INDEX IX_Items_CommitId ON Items (CommitId);
            """;

        /// <summary>A working commit's private segment (written before finalize places it).</summary>
        private static long Private(long depth) => 1_000_000 + depth;

        protected override void WriteVersions(SqliteConnection connection, SqliteTransaction transaction, RowData[] rows, int from, int to, Guid commit, long segment, long depth, bool update, Guid[] versions)
        {
            using var entity = Sqlite.Prepare(connection, transaction, "INSERT INTO entities (eternal_id, entity_type) VALUES (@p0, 'Item')", IdType);
            using var typed = Sqlite.Prepare(connection, transaction, "INSERT INTO Items (VersionId, EternalId, CommitId, Title, Year, Amount) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)", IdType, IdType, IdType, SqliteType.Text, SqliteType.Integer, SqliteType.Text);
            using var change = Sqlite.Prepare(connection, transaction, "INSERT INTO changes (commit_id, eternal_id, entity_type, version_id, adopted, version_checksum, segment, depth) VALUES (@p0, @p1, 'Item', @p2, 0, @p3, @p4, @p5)", IdType, IdType, IdType, SqliteType.Blob, SqliteType.Integer, SqliteType.Integer);
            var commitId = Id(commit);
            var written = move && segment == 1 ? Private(depth) : segment;
            for (var i = from; i < to; i++)
            {
                if (!update)
                {
                    Ids[i] = Guid.CreateVersion7();
                    Sqlite.Run(entity, Id(Ids[i]));
                }

                var version = Guid.CreateVersion7();
                versions[i - from] = version;
                var eternal = Id(Ids[i]);
                Sqlite.Run(typed, Id(version), eternal, commitId, rows[i].Title, rows[i].Year, Amount(rows[i]));
                Sqlite.Run(change, commitId, eternal, Id(version), Checksum(rows[i]), written, depth);
            }

            Place(connection, transaction, commitId, segment, depth, written, close: segment == 1 && (update || move));
        }

        protected override void WriteAdoptions(SqliteConnection connection, SqliteTransaction transaction, RowData[] rows, int from, int to, Guid commit, long depth, Guid[] versions, long madeIn)
        {
            using var change = Sqlite.Prepare(connection, transaction, "INSERT INTO changes (commit_id, eternal_id, entity_type, version_id, adopted, version_checksum, segment, depth) VALUES (@p0, @p1, 'Item', @p2, 1, @p3, @p4, @p5)", IdType, IdType, IdType, SqliteType.Blob, SqliteType.Integer, SqliteType.Integer);
            var commitId = Id(commit);
            var written = move ? Private(depth) : 1;
            for (var i = from; i < to; i++)
            {
                Sqlite.Run(change, commitId, Id(Ids[i]), Id(versions[i - from]), Checksum(rows[i]), written, depth);
            }

            Place(connection, transaction, commitId, 1, depth, written, close: true);
        }

        /// <summary>Finalize's steps on the change rows: the move from the private segment, the closing of the superseded rows' validity.</summary>
        private void Place(SqliteConnection connection, SqliteTransaction transaction, object commitId, long segment, long depth, long written, bool close)
        {
            if (written != segment)
            {
                using var moveRows = Sqlite.Prepare(connection, transaction, "UPDATE changes SET segment = @p1, depth = @p2 WHERE commit_id = @p0", IdType, SqliteType.Integer, SqliteType.Integer);
                Sqlite.Run(moveRows, commitId, segment, depth);
            }

            if (interval && close)
            {
                // Finalize's closing step, once per commit: the commit's entities' open rows on the segment end here.
                using var closeRows = Sqlite.Prepare(connection, transaction, """
                    UPDATE changes SET until_depth = @p1 WHERE segment = 1 AND until_depth IS NULL AND depth < @p1
                      AND eternal_id IN (SELECT eternal_id FROM changes WHERE commit_id = @p0)
                    """, IdType, SqliteType.Integer);
                Sqlite.Run(closeRows, commitId, depth);
            }
        }

        private string Visible => interval ? IntervalVisible : AntiJoinVisible;

        private const string IntervalVisible = """
            FROM changes c JOIN Items i ON i.VersionId = c.version_id AND i.EternalId = c.eternal_id
            WHERE c.entity_type = 'Item' AND c.segment = 1 AND c.depth <= @p0 AND (c.until_depth IS NULL OR c.until_depth > @p0)
            """;

        private const string AntiJoinVisible = """
            FROM changes c JOIN Items i ON i.VersionId = c.version_id AND i.EternalId = c.eternal_id
            WHERE c.entity_type = 'Item' AND c.segment = 1 AND c.depth <= @p0
              AND NOT EXISTS (SELECT 1 FROM changes l WHERE l.eternal_id = c.eternal_id AND l.segment = 1 AND l.depth > c.depth AND l.depth <= @p0)
            """;

        public override (int Count, long Years) Head(SqliteConnection connection)
        {
            var command = Read(connection, "SELECT i.EternalId, i.Title, i.Year, i.Amount " + Visible, SqliteType.Integer);
            command.Parameters[0].Value = long.MaxValue;
            return Materialize(command, ReadId);
        }

        public override (int Count, long Years) AsOf(SqliteConnection connection)
        {
            var command = Read(connection, "SELECT i.EternalId, i.Title, i.Year, i.Amount " + Visible, SqliteType.Integer);
            command.Parameters[0].Value = PastDepth;
            return Materialize(command, ReadId);
        }

        public override int One(SqliteConnection connection, int index)
        {
            var command = Read(connection, """
                SELECT i.Year FROM changes c JOIN Items i ON i.VersionId = c.version_id
                WHERE c.eternal_id = @p0 AND c.segment = 1 AND c.depth <= @p1 ORDER BY c.depth DESC LIMIT 1
                """, IdType, SqliteType.Integer);
            command.Parameters[0].Value = Id(Ids[index]);
            command.Parameters[1].Value = PastDepth;
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        public override int History(SqliteConnection connection, int index)
        {
            var command = Read(connection, """
                SELECT i.EternalId, i.Title, i.Year, i.Amount FROM changes c JOIN Items i ON i.VersionId = c.version_id
                WHERE c.eternal_id = @p0 AND c.segment = 1 ORDER BY c.depth DESC
                """, IdType);
            command.Parameters[0].Value = Id(Ids[index]);
            return Materialize(command, ReadId).Count;
        }
    }

    /// <summary>
    /// One row per version: the typed row carries what the change row carried (commit, segment, depth, checksum), ids
    /// are 16 bytes, tables keyed by their primary key (<c>WITHOUT ROWID</c>); the eternal-id row stays (the target of
    /// references). Head and as-of reads by the <c>NOT EXISTS</c> probe on the typed table's path index.
    /// </summary>
    private class OneRowLayout : VersionerLayout
    {
        public override string Name => "one row per version, 16-byte ids, anti-join reads";

        protected override bool BinaryIds => true;

        protected virtual string IntervalColumn => "";

        public override string Schema => CommitsTable("BLOB", "WITHOUT ROWID") + $"""
            CREATE TABLE entities (eternal_id BLOB NOT NULL PRIMARY KEY, entity_type TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE Items (VersionId BLOB NOT NULL PRIMARY KEY, EternalId BLOB NOT NULL, CommitId BLOB NOT NULL,
                segment INTEGER NOT NULL, depth INTEGER NOT NULL, {IntervalColumn} checksum BLOB NOT NULL,
                Title TEXT NOT NULL, Year INTEGER NOT NULL, Amount TEXT NOT NULL) WITHOUT ROWID;
            CREATE INDEX ix_Items_path ON Items (EternalId, segment, depth);
            CREATE INDEX ix_Items_commit ON Items (CommitId);
            """ + ExtraSchema;

        protected virtual string ExtraSchema => "";

        protected override void WriteVersions(SqliteConnection connection, SqliteTransaction transaction, RowData[] rows, int from, int to, Guid commit, long segment, long depth, bool update, Guid[] versions)
        {
            using var entity = Sqlite.Prepare(connection, transaction, "INSERT INTO entities (eternal_id, entity_type) VALUES (@p0, 'Item')", SqliteType.Blob);
            using var typed = Sqlite.Prepare(connection, transaction, "INSERT INTO Items (VersionId, EternalId, CommitId, segment, depth, checksum, Title, Year, Amount) VALUES (@p0, @p1, @p2, 1, @p3, @p4, @p5, @p6, @p7)", SqliteType.Blob, SqliteType.Blob, SqliteType.Blob, SqliteType.Integer, SqliteType.Blob, SqliteType.Text, SqliteType.Integer, SqliteType.Text);
            using var close = update ? Sqlite.Prepare(connection, transaction, CloseSql ?? "SELECT 1", SqliteType.Blob, SqliteType.Integer) : null;
            var commitBytes = Bytes(commit);
            for (var i = from; i < to; i++)
            {
                if (!update)
                {
                    Ids[i] = Guid.CreateVersion7();
                    Sqlite.Run(entity, Bytes(Ids[i]));
                }

                var eternal = Bytes(Ids[i]);
                if (close is not null && CloseSql is not null)
                {
                    Sqlite.Run(close, eternal, depth);
                }

                Sqlite.Run(typed, Bytes(Guid.CreateVersion7()), eternal, commitBytes, depth, Checksum(rows[i]), rows[i].Title, rows[i].Year, Amount(rows[i]));
            }
        }

        /// <summary>Run before an update's insert: ends the entity's visible version on the segment (the interval layout).</summary>
        protected virtual string? CloseSql => null;

        protected virtual string Visible => """
            FROM Items i WHERE i.segment = 1 AND i.depth <= @p0
              AND NOT EXISTS (SELECT 1 FROM Items l WHERE l.EternalId = i.EternalId AND l.segment = 1 AND l.depth > i.depth AND l.depth <= @p0)
            """;

        public override (int Count, long Years) Head(SqliteConnection connection)
        {
            var command = Read(connection, "SELECT i.EternalId, i.Title, i.Year, i.Amount " + Visible, SqliteType.Integer);
            command.Parameters[0].Value = long.MaxValue;
            return Materialize(command, ReadId);
        }

        public override (int Count, long Years) AsOf(SqliteConnection connection)
        {
            var command = Read(connection, "SELECT i.EternalId, i.Title, i.Year, i.Amount " + Visible, SqliteType.Integer);
            command.Parameters[0].Value = PastDepth;
            return Materialize(command, ReadId);
        }

        public override int One(SqliteConnection connection, int index)
        {
            var command = Read(connection, "SELECT Year FROM Items WHERE EternalId = @p0 AND segment = 1 AND depth <= @p1 ORDER BY depth DESC LIMIT 1", SqliteType.Blob, SqliteType.Integer);
            command.Parameters[0].Value = Bytes(Ids[index]);
            command.Parameters[1].Value = PastDepth;
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        public override int History(SqliteConnection connection, int index)
        {
            var command = Read(connection, "SELECT EternalId, Title, Year, Amount FROM Items WHERE EternalId = @p0 AND segment = 1 ORDER BY depth DESC", SqliteType.Blob);
            command.Parameters[0].Value = Bytes(Ids[index]);
            return Materialize(command, ReadId).Count;
        }
    }

    /// <summary>
    /// One row per version with a validity interval on its segment: <c>until_depth</c> is the depth of the entity's
    /// next version on the same segment (null while it is the newest there), set when that version is written. It is
    /// local index data like segment and depth (never hashed). Head and as-of reads on one segment become range
    /// filters, as the peer's <c>ValidFrom</c>/<c>ValidTo</c>; an update writes one row and sets one column.
    /// </summary>
    private sealed class IntervalLayout : OneRowLayout
    {
        public override string Name => "one row per version, 16-byte ids, validity interval on the segment";

        protected override string IntervalColumn => "until_depth INTEGER NULL,";

        protected override string ExtraSchema => "CREATE INDEX ix_Items_open ON Items (segment, depth) WHERE until_depth IS NULL;";

        protected override string? CloseSql => "UPDATE Items SET until_depth = @p1 WHERE EternalId = @p0 AND segment = 1 AND until_depth IS NULL";

        protected override string Visible => "FROM Items i WHERE i.segment = 1 AND i.depth <= @p0 AND (i.until_depth IS NULL OR i.until_depth > @p0)";

        public override (int Count, long Years) Head(SqliteConnection connection) =>
            Materialize(Read(connection, "SELECT i.EternalId, i.Title, i.Year, i.Amount FROM Items i INDEXED BY ix_Items_open WHERE i.segment = 1 AND i.until_depth IS NULL"), ReadId);
    }

    /// <summary>
    /// The fold with adoptions (the storage format 4 candidate): one row per version as <see cref="IntervalLayout"/>
    /// (the version's place and validity on the typed row), and a side table for the change rows that are not a
    /// version's own: a merge's, revert's or cherry-pick's adoption of a version another commit made, and a removal
    /// (no version): narrow and per type (keyed by (eternal id, segment, depth), an index on the place; the commit is
    /// the one at that place), or with <paramref name="wide"/> shared by all types as today's change row is (commit id
    /// and type, an index on (type, segment, depth)). Every read of main combines both (<c>UNION ALL</c>, the side rows
    /// joined to the typed table by version id); every closing of a superseded row's validity runs on both tables.
    /// With <paramref name="homeAtMerge"/> the merge moves the version's own row to main's slot (an <c>UPDATE</c> of its
    /// place) and the side table records the pull request's place instead, so main reads its versions from the typed
    /// table alone; with <paramref name="derivedMaker"/> too, no side row: the version's commit id names the pull
    /// request's commit, whose place the commits table holds.
    /// </summary>
    private sealed class FoldLayout(double merged, bool homeAtMerge = false, bool wide = false, bool derivedMaker = false) : VersionerLayout
    {
        private Guid _madeBy;

        public override string Name => $"one row per version + {(wide ? "shared side table (commit id, type: as today's change row)" : "narrow side table per type")}{(homeAtMerge ? ", the merge moves the version's row to main" : "")}{(derivedMaker ? " (the pull request's place derived from the commit id, no side row)" : "")}; {Share(merged)}";

        /// <summary>The side table: shared by every type (with the commit id and the type, as today's change row), or the type's own (place, entity, version, validity: the commit is the one at its place).</summary>
        private string Side => wide ? "adoptions" : "Items_adopted";

        private string OfType => wide ? "a.entity_type = 'Item' AND " : "";

        protected override bool BinaryIds => true;

        protected override double Merged => merged;

        public override string Schema => CommitsTable("BLOB", "WITHOUT ROWID") + """
            CREATE TABLE entities (eternal_id BLOB NOT NULL PRIMARY KEY, entity_type TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE Items (VersionId BLOB NOT NULL PRIMARY KEY, EternalId BLOB NOT NULL, CommitId BLOB NOT NULL,
                segment INTEGER NOT NULL, depth INTEGER NOT NULL, until_depth INTEGER NULL, checksum BLOB NOT NULL,
                Title TEXT NOT NULL, Year INTEGER NOT NULL, Amount TEXT NOT NULL) WITHOUT ROWID;
            CREATE INDEX ix_Items_path ON Items (EternalId, segment, depth);
            CREATE INDEX ix_Items_commit ON Items (CommitId);
            CREATE INDEX ix_Items_open ON Items (segment, depth) WHERE until_depth IS NULL;
            """ + (wide ? """
            CREATE TABLE adoptions (eternal_id BLOB NOT NULL, segment INTEGER NOT NULL, depth INTEGER NOT NULL,
                commit_id BLOB NOT NULL, entity_type TEXT NOT NULL, version_id BLOB NULL, until_depth INTEGER NULL,
                PRIMARY KEY (eternal_id, segment, depth)) WITHOUT ROWID;
            CREATE INDEX ix_adoptions_type_path ON adoptions (entity_type, segment, depth);
            """ : """
            CREATE TABLE Items_adopted (eternal_id BLOB NOT NULL, segment INTEGER NOT NULL, depth INTEGER NOT NULL,
                version_id BLOB NULL, until_depth INTEGER NULL, PRIMARY KEY (eternal_id, segment, depth)) WITHOUT ROWID;
            CREATE INDEX ix_Items_adopted_place ON Items_adopted (segment, depth);
            """);

        private const string CloseTyped = "UPDATE Items SET until_depth = @p1 WHERE EternalId = @p0 AND segment = 1 AND until_depth IS NULL";

        private string CloseSide => $"UPDATE {Side} SET until_depth = @p1 WHERE eternal_id = @p0 AND segment = 1 AND until_depth IS NULL";

        protected override void WriteVersions(SqliteConnection connection, SqliteTransaction transaction, RowData[] rows, int from, int to, Guid commit, long segment, long depth, bool update, Guid[] versions)
        {
            using var entity = Sqlite.Prepare(connection, transaction, "INSERT INTO entities (eternal_id, entity_type) VALUES (@p0, 'Item')", SqliteType.Blob);
            using var typed = Sqlite.Prepare(connection, transaction, "INSERT INTO Items (VersionId, EternalId, CommitId, segment, depth, checksum, Title, Year, Amount) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)", SqliteType.Blob, SqliteType.Blob, SqliteType.Blob, SqliteType.Integer, SqliteType.Integer, SqliteType.Blob, SqliteType.Text, SqliteType.Integer, SqliteType.Text);
            var close = update && segment == 1;
            using var closeTyped = Sqlite.Prepare(connection, transaction, CloseTyped, SqliteType.Blob, SqliteType.Integer);
            using var closeSide = Sqlite.Prepare(connection, transaction, CloseSide, SqliteType.Blob, SqliteType.Integer);
            _madeBy = commit;
            var commitBytes = Bytes(commit);
            for (var i = from; i < to; i++)
            {
                if (!update)
                {
                    Ids[i] = Guid.CreateVersion7();
                    Sqlite.Run(entity, Bytes(Ids[i]));
                }

                var eternal = Bytes(Ids[i]);
                if (close)
                {
                    Sqlite.Run(closeTyped, eternal, depth);
                    Sqlite.Run(closeSide, eternal, depth);
                }

                versions[i - from] = Guid.CreateVersion7();
                Sqlite.Run(typed, Bytes(versions[i - from]), eternal, commitBytes, segment, depth, Checksum(rows[i]), rows[i].Title, rows[i].Year, Amount(rows[i]));
            }
        }

        protected override void WriteAdoptions(SqliteConnection connection, SqliteTransaction transaction, RowData[] rows, int from, int to, Guid commit, long depth, Guid[] versions, long madeIn)
        {
            using var side = Sqlite.Prepare(connection, transaction, wide
                ? "INSERT INTO adoptions (eternal_id, segment, depth, version_id, commit_id, entity_type) VALUES (@p0, @p1, @p2, @p3, @p4, 'Item')"
                : "INSERT INTO Items_adopted (eternal_id, segment, depth, version_id) VALUES (@p0, @p1, @p2, @p3)",
                [SqliteType.Blob, SqliteType.Integer, SqliteType.Integer, SqliteType.Blob, .. wide ? new[] { SqliteType.Blob } : []]);
            using var closeTyped = Sqlite.Prepare(connection, transaction, CloseTyped, SqliteType.Blob, SqliteType.Integer);
            using var closeSide = Sqlite.Prepare(connection, transaction, CloseSide, SqliteType.Blob, SqliteType.Integer);
            using var home = Sqlite.Prepare(connection, transaction, "UPDATE Items SET segment = 1, depth = @p1 WHERE VersionId = @p0", SqliteType.Blob, SqliteType.Integer);
            var (commitBytes, madeBy) = (Bytes(commit), Bytes(_madeBy));
            for (var i = from; i < to; i++)
            {
                // The merge knows main's side of every entity it adopts (it read it to merge): only a present one closes.
                var eternal = Bytes(Ids[i]);
                if (Updating)
                {
                    Sqlite.Run(closeTyped, eternal, depth);
                    Sqlite.Run(closeSide, eternal, depth);
                }

                var version = Bytes(versions[i - from]);
                if (homeAtMerge)
                {
                    Sqlite.Run(home, version, depth);
                    if (!derivedMaker)
                    {
                        Sqlite.Run(side, [eternal, madeIn, depth, version, .. wide ? new object[] { madeBy } : []]);
                    }
                }
                else
                {
                    Sqlite.Run(side, [eternal, 1L, depth, version, .. wide ? new object[] { commitBytes } : []]);
                }
            }
        }

        private string AsOfSql => $"""
            SELECT i.EternalId, i.Title, i.Year, i.Amount FROM Items i WHERE i.segment = 1 AND i.depth <= @p0 AND (i.until_depth IS NULL OR i.until_depth > @p0)
            UNION ALL
            SELECT i.EternalId, i.Title, i.Year, i.Amount FROM {Side} a JOIN Items i ON i.VersionId = a.version_id
            WHERE {OfType}a.segment = 1 AND a.depth <= @p0 AND (a.until_depth IS NULL OR a.until_depth > @p0)
            """;

        // Bounded by the head's depth: a working commit's rows, written at the slot after the head, are open too. The
        // planner picks the open rows' partial index or a scan.
        public override (int Count, long Years) Head(SqliteConnection connection)
        {
            var command = Read(connection, $"""
                SELECT i.EternalId, i.Title, i.Year, i.Amount FROM Items i WHERE i.segment = 1 AND i.until_depth IS NULL AND i.depth <= @p0
                UNION ALL
                SELECT i.EternalId, i.Title, i.Year, i.Amount FROM {Side} a JOIN Items i ON i.VersionId = a.version_id
                WHERE {OfType}a.segment = 1 AND a.until_depth IS NULL AND a.depth <= @p0
                """, SqliteType.Integer);
            command.Parameters[0].Value = HeadDepth;
            return Materialize(command, ReadId);
        }

        public override (int Count, long Years) AsOf(SqliteConnection connection)
        {
            var command = Read(connection, AsOfSql, SqliteType.Integer);
            command.Parameters[0].Value = PastDepth;
            return Materialize(command, ReadId);
        }

        public override int One(SqliteConnection connection, int index)
        {
            var command = Read(connection, $"""
                SELECT Year FROM (
                    SELECT depth, Year FROM Items WHERE EternalId = @p0 AND segment = 1 AND depth <= @p1
                    UNION ALL
                    SELECT a.depth, i.Year FROM {Side} a LEFT JOIN Items i ON i.VersionId = a.version_id WHERE a.eternal_id = @p0 AND a.segment = 1 AND a.depth <= @p1)
                ORDER BY depth DESC LIMIT 1
                """, SqliteType.Blob, SqliteType.Integer);
            command.Parameters[0].Value = Bytes(Ids[index]);
            command.Parameters[1].Value = PastDepth;
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        public override int History(SqliteConnection connection, int index)
        {
            var command = Read(connection, $"""
                SELECT EternalId, Title, Year, Amount, depth FROM Items WHERE EternalId = @p0 AND segment = 1
                UNION ALL
                SELECT a.eternal_id, i.Title, i.Year, i.Amount, a.depth FROM {Side} a JOIN Items i ON i.VersionId = a.version_id WHERE a.eternal_id = @p0 AND a.segment = 1
                ORDER BY 5 DESC
                """, SqliteType.Blob);
            command.Parameters[0].Value = Bytes(Ids[index]);
            return Materialize(command, ReadId).Count;
        }
    }
}
