using Microsoft.Data.Sqlite;

namespace Versioner.Bench;

/// <summary>
/// Writes a large finalized history straight into Versioner's own EF-created tables with raw prepared SQL, in the
/// shape Finalize leaves it: commit rows (state 1, a checksum, increasing seq, segment/depth/generation), parent links,
/// segment rows, change rows carrying the commit's segment/depth, eternal-id rows and typed version rows. Indexes are
/// dropped during the load and rebuilt after, and foreign keys are off while loading.
/// </summary>
/// <remarks>
/// Checksums (commit and version) are random 32-byte values: good for timing, not for <c>VerifyAsync</c>.
/// Each non-merge commit writes <c>perCommit</c> versions. The first <c>entities</c> version slots create the
/// entities; later slots update entity <c>1 + (k * 7919) mod (entities - 1)</c>, so any window of fewer than
/// <c>entities</c> consecutive updates touches distinct entities (a branch and the main line never change the same
/// entity between fork and merge). Entity 0 is the "hot" entity: created in the root commit, then updated on 99
/// spread-out main-line commits (100 changes). Branched: every 1,000 commits, a branch of 50 commits forks from the
/// main-line tip, the main line goes on for 49 commits, and a two-parent merge commit (first parent: main) brings the
/// branch in, with one adopted change row per entity the branch changed (pointing at the branch's version).
/// Pull-request-shaped (<c>pullRequestEvery</c> = N): after every N main-line commits, a pull request of one commit
/// forks from the main-line tip and is merged back with a merge commit. As Finalize places them, the pull request's
/// commit opens a segment of its own (main points at its parent: see <c>CommitWriter.PlaceAsync</c>) and the merge,
/// whose first parent is the old tip, continues main's segment: main's first-parent path stays one range.
/// <c>oldPlacement</c> places them as Finalize did before that rule (the pull request's commit takes the slot after
/// the tip, the merge opens a new segment: a range per merge), as a database written then still is.
/// </remarks>
internal static class HistoryBuilder
{
    public sealed record BranchInfo(List<CommitId> Commits, CommitId ForkPoint, CommitId MainBeforeMerge);

    public sealed record Result(List<CommitId> Main, List<BranchInfo> Branches, Guid[] Eternal, long Versions, int Merges);

    public static Result Build(string path, int commits, int entities, int perCommit, bool branched, int pullRequestEvery = 0, bool oldPlacement = false)
    {
        using (var create = Sqlite.Open(path))
        using (var db = new VersionedContext(create))
        {
            db.Database.EnsureCreated();
        }

        using var connection = Sqlite.Open(path);
        Sqlite.Execute(connection, "PRAGMA foreign_keys = OFF");
        var indexes = new List<(string Name, string Sql)>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Sqlite.Execute(connection, $"DROP INDEX \"{name}\"");
        }

        var w = new Writer(connection, entities);
        var main = new List<CommitId>();
        var mainGen = new List<long>();
        var branches = new List<BranchInfo>();
        var mainSegment = 1L;
        var nextSegment = 2L;
        w.Segment(mainSegment, null, -1);
        // Main-line commits that are not merges or pull requests: all of them, or N of every N + 2 when pull requests are made.
        var regular = pullRequestEvery > 0 ? (long)commits * pullRequestEvery / (pullRequestEvery + 2) : commits;
        var hotInterval = (int)Math.Max(1, regular / 110);
        var hotDone = 0;
        var mainRegular = 0;
        var made = 0;
        var merges = 0;
        CommitId? lastPullRequestBase = null;

        void MainCommit()
        {
            var depth = main.Count;
            var generation = depth == 0 ? 0 : mainGen[^1] + 1;
            var id = w.Commit(depth == 0 ? [] : [main[^1]], mainSegment, depth, generation);
            var hot = mainRegular > 0 && mainRegular % hotInterval == 0 && hotDone < 99;
            if (hot)
            {
                hotDone++;
            }

            w.Versions(id, mainSegment, depth, perCommit, null, hot);
            main.Add(id);
            mainGen.Add(generation);
            mainRegular++;
            made++;
        }

        w.Begin();
        while (made < commits)
        {
            if (made % 1_000 == 0 && made > 0)
            {
                w.Commit();
                w.Begin();
            }

            if (pullRequestEvery > 0 && mainRegular > 0 && mainRegular % pullRequestEvery == 0 && main[^1] != lastPullRequestBase && made + 2 <= commits)
            {
                // A pull request: one commit on top of the tip, in a segment of its own (the old placement: in the
                // tip's segment), then the merge into main, which continues main's segment (the old one: a new segment).
                var tipDepth = main.Count - 1;
                var changed = new Dictionary<int, (Guid Version, byte[] Checksum)>();
                var featureGeneration = mainGen[^1] + 1;
                var segment = nextSegment++;
                w.Segment(segment, mainSegment, tipDepth);
                var (featureSegment, mergeSegment) = oldPlacement ? (mainSegment, segment) : (segment, mainSegment);
                var feature = w.Commit([main[^1]], featureSegment, tipDepth + 1, featureGeneration);
                w.Versions(feature, featureSegment, tipDepth + 1, perCommit, changed, hot: false);
                var merge = w.Commit([main[^1], feature], mergeSegment, tipDepth + 1, featureGeneration + 1);
                w.Adopt(merge, mergeSegment, tipDepth + 1, changed);
                mainSegment = mergeSegment;
                main.Add(merge);
                mainGen.Add(featureGeneration + 1);
                lastPullRequestBase = merge;
                made += 2;
                merges++;
                continue;
            }

            if (branched && made % 1_000 == 0 && made > 0 && made + 100 <= commits)
            {
                var forkIndex = main.Count - 1;
                var fork = main[forkIndex];
                var segment = nextSegment++;
                w.Segment(segment, mainSegment, forkIndex);
                var onBranch = new List<CommitId>();
                var changed = new Dictionary<int, (Guid Version, byte[] Checksum)>();
                var generation = mainGen[forkIndex];
                for (var b = 0; b < 50; b++)
                {
                    generation++;
                    var depth = forkIndex + 1 + b;
                    var id = w.Commit([b == 0 ? fork : onBranch[^1]], segment, depth, generation);
                    w.Versions(id, segment, depth, perCommit, changed, hot: false);
                    onBranch.Add(id);
                    made++;
                }

                for (var m = 0; m < 49; m++)
                {
                    MainCommit();
                }

                var before = main[^1];
                var mergeDepth = main.Count;
                var mergeGeneration = Math.Max(mainGen[^1], generation) + 1;
                var merge = w.Commit([before, onBranch[^1]], mainSegment, mergeDepth, mergeGeneration);
                w.Adopt(merge, mainSegment, mergeDepth, changed);
                main.Add(merge);
                mainGen.Add(mergeGeneration);
                made++;
                merges++;
                branches.Add(new BranchInfo(onBranch, fork, before));
                continue;
            }

            MainCommit();
        }

        w.Ref("main", main[^1]);
        w.Commit();
        w.Dispose();

        foreach (var (_, sql) in indexes)
        {
            Sqlite.Execute(connection, sql);
        }

        Sqlite.Execute(connection, "PRAGMA foreign_keys = ON");
        Sqlite.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        if (hotDone != 99)
        {
            throw new InvalidOperationException($"hot entity got {hotDone} updates, not 99");
        }

        Sqlite.IndexIntervals(connection);
        return new Result(main, branches, w.Eternal, w.VersionCount, merges);
    }

    private sealed class Writer : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _commit;
        private readonly SqliteCommand _parent;
        private readonly SqliteCommand _segment;
        private readonly SqliteCommand _entity;
        private readonly SqliteCommand _version;
        private readonly SqliteCommand _change;
        private readonly SqliteCommand _ref;
        private readonly Random _random = new(42);
        private readonly int _entities;
        private SqliteTransaction? _transaction;
        private long _seq;
        private long _timestamp = 1_600_000_000_000_000;
        private long _slot;

        public Writer(SqliteConnection connection, int entities)
        {
            _connection = connection;
            _entities = entities;
            Eternal = new Guid[entities];
            _commit = Sqlite.Prepare(connection, null, Sqlite.InsertSql(connection, "versioner_commits", "id", "state", "checksum", "author", "message", "timestamp_us", "segment", "depth", "generation", "seq"),
                SqliteType.Text, SqliteType.Integer, SqliteType.Blob, SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer);
            _parent = Sqlite.Prepare(connection, null, "INSERT INTO versioner_commit_parents (commit_id, ordinal, parent_id) VALUES (@p0, @p1, @p2)", SqliteType.Text, SqliteType.Integer, SqliteType.Text);
            _segment = Sqlite.Prepare(connection, null, "INSERT INTO versioner_segments (id, parent_segment, fork_depth) VALUES (@p0, @p1, @p2)", SqliteType.Integer, SqliteType.Integer, SqliteType.Integer);
            _entity = Sqlite.Prepare(connection, null, Sqlite.InsertSql(connection, "versioner_entities", "eternal_id", "entity_type"), SqliteType.Text, SqliteType.Text);
            _version = Sqlite.Prepare(connection, null, RawSchema.InsertVersion, SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Text, SqliteType.Text, SqliteType.Text);
            _change = Sqlite.Prepare(connection, null, Sqlite.InsertSql(connection, "versioner_changes", "commit_id", "eternal_id", "entity_type", "version_id", "version_checksum", "adopted", "segment", "depth"),
                SqliteType.Text, SqliteType.Text, SqliteType.Text, SqliteType.Text, SqliteType.Blob, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer);
            _ref = Sqlite.Prepare(connection, null, "INSERT INTO versioner_refs (name, kind, commit_id) VALUES (@p0, 0, @p1)", SqliteType.Text, SqliteType.Text);
        }

        public Guid[] Eternal { get; }

        public long VersionCount { get; private set; }

        public void Begin()
        {
            _transaction = _connection.BeginTransaction();
            foreach (var command in new[] { _commit, _parent, _segment, _entity, _version, _change, _ref })
            {
                command.Transaction = _transaction;
            }
        }

        public void Commit()
        {
            _transaction!.Commit();
            _transaction.Dispose();
            _transaction = null;
        }

        public void Segment(long id, long? parent, long forkDepth) => Sqlite.Run(_segment, id, parent is null ? DBNull.Value : parent.Value, forkDepth);

        public CommitId Commit(CommitId[] parents, long segment, long depth, long generation)
        {
            var id = Guid.CreateVersion7();
            _timestamp += 1_000_000;
            Sqlite.Run(_commit, id, 1, Checksum(), "bench", "generated", _timestamp, segment, depth, generation, ++_seq);
            for (var i = 0; i < parents.Length; i++)
            {
                Sqlite.Run(_parent, id, i, parents[i].Value);
            }

            return new CommitId(id);
        }

        /// <summary><paramref name="count"/> versions in the next entity slots (plus the hot entity when asked).</summary>
        public void Versions(CommitId commit, long segment, long depth, int count, Dictionary<int, (Guid, byte[])>? track, bool hot)
        {
            for (var j = 0; j < count; j++)
            {
                var k = _slot++;
                int index;
                if (k < _entities)
                {
                    index = (int)k;
                    Eternal[index] = Guid.CreateVersion7();
                    Sqlite.Run(_entity, Eternal[index], "Item");
                }
                else
                {
                    index = 1 + (int)((k - _entities) * 7919 % (_entities - 1));
                }

                Version(commit, segment, depth, index, k, track);
            }

            if (hot)
            {
                Version(commit, segment, depth, 0, _slot, track);
            }
        }

        private void Version(CommitId commit, long segment, long depth, int index, long k, Dictionary<int, (Guid, byte[])>? track)
        {
            var version = Guid.CreateVersion7();
            var checksum = Checksum();
            Sqlite.Run(_version, version, $"Title {index:D7} v{k}", 1900 + (index % 125), (index * 7919L % 1_000_000) / 100m, Eternal[index], commit.Value);
            Sqlite.Run(_change, commit.Value, Eternal[index], "Item", version, checksum, 0, segment, depth);
            VersionCount++;
            if (track is not null)
            {
                track[index] = (version, checksum);
            }
        }

        /// <summary>A merge's change rows: every entity the branch changed, adopted (the branch's version, shared).</summary>
        public void Adopt(CommitId merge, long segment, long depth, Dictionary<int, (Guid Version, byte[] Checksum)> changed)
        {
            foreach (var (index, (version, checksum)) in changed)
            {
                Sqlite.Run(_change, merge.Value, Eternal[index], "Item", version, checksum, 1, segment, depth);
            }
        }

        public void Ref(string name, CommitId commit) => Sqlite.Run(_ref, name, commit.Value);

        private byte[] Checksum()
        {
            var bytes = new byte[32];
            _random.NextBytes(bytes);
            return bytes;
        }

        public void Dispose()
        {
            foreach (var command in new[] { _commit, _parent, _segment, _entity, _version, _change, _ref })
            {
                command.Dispose();
            }
        }
    }
}
