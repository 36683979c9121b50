using System.Globalization;
using Microsoft.Data.Sqlite;
using Versioner.Internal;

namespace Versioner.Bench;

/// <summary>
/// A linear finalized history with real checksums, written straight into Versioner's own EF-created SQLite tables
/// with raw prepared SQL, in the shape Finalize leaves it (one segment; commit, parent link, eternal-id, typed and
/// change rows). Unlike <see cref="HistoryBuilder"/>, every version and commit checksum is the true one, so
/// <c>VerifyAsync</c> and <c>PushAsync</c> accept it. It keeps the canonical bytes Verify will hash (each version's
/// and each commit's), for the raw SHA-256 baseline.
/// </summary>
internal static class VerifiableHistory
{
    public sealed record Result(long Versions, int Commits, List<byte[]> Canonical)
    {
        public long Bytes => Canonical.Sum(b => (long)b.Length);
    }

    /// <summary>
    /// <paramref name="commits"/> commits of <paramref name="perCommit"/> new entities each; every title is padded
    /// to at least <paramref name="titleLength"/> characters (the row size knob).
    /// </summary>
    public static Result Build(string path, int commits, int perCommit, int titleLength)
    {
        using (var create = Sqlite.Open(path))
        using (var db = new VersionedContext(create))
        {
            db.Database.EnsureCreated();
        }

        using var connection = Sqlite.Open(path);
        using var model = new VersionedContext(connection);
        var type = VersionedModel.For(model).Get(typeof(Item));
        using var commit = Sqlite.Prepare(connection, null, Sqlite.InsertSql(connection, "versioner_commits", "id", "state", "checksum", "author", "message", "timestamp_us", "segment", "depth", "generation", "seq"),
            SqliteType.Text, SqliteType.Integer, SqliteType.Blob, SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer);
        using var parent = Sqlite.Prepare(connection, null, "INSERT INTO versioner_commit_parents (commit_id, ordinal, parent_id) VALUES (@p0, 0, @p1)", SqliteType.Text, SqliteType.Text);
        using var entity = Sqlite.Prepare(connection, null, Sqlite.InsertSql(connection, "versioner_entities", "eternal_id", "entity_type"), SqliteType.Text, SqliteType.Text);
        using var version = Sqlite.Prepare(connection, null, RawSchema.InsertVersion, SqliteType.Text, SqliteType.Text, SqliteType.Integer, SqliteType.Text, SqliteType.Text, SqliteType.Text);
        using var change = Sqlite.Prepare(connection, null, Sqlite.InsertSql(connection, "versioner_changes", "commit_id", "eternal_id", "entity_type", "version_id", "version_checksum", "adopted", "segment", "depth"),
            SqliteType.Text, SqliteType.Text, SqliteType.Text, SqliteType.Text, SqliteType.Blob, SqliteType.Integer, SqliteType.Integer, SqliteType.Integer);
        Sqlite.Execute(connection, "INSERT INTO versioner_segments (id, parent_segment, fork_depth) VALUES (1, NULL, -1)");

        var canonical = new List<byte[]>(commits * (perCommit + 1));
        var rows = RowData.Generate(perCommit);
        Checksum? previous = null;
        Guid previousId = default;
        var timestamp = 1_600_000_000_000_000L;
        long versions = 0;
        SqliteTransaction? transaction = null;
        for (var c = 0; c < commits; c++)
        {
            if (c % 1_000 == 0)
            {
                transaction?.Commit();
                transaction?.Dispose();
                transaction = connection.BeginTransaction();
                foreach (var command in new[] { commit, parent, entity, version, change })
                {
                    command.Transaction = transaction;
                }
            }

            var id = Guid.CreateVersion7();
            var added = new Checksum[perCommit];
            var items = new Item[perCommit];
            for (var j = 0; j < perCommit; j++)
            {
                var row = rows[j];
                var item = items[j] = new Item
                {
                    EternalId = EternalId.New(),
                    VersionId = VersionId.New(),
                    CommitId = new CommitId(id),
                    Title = row.Title.Length >= titleLength ? row.Title : row.Title.PadRight(titleLength, 'x'),
                    Year = row.Year,
                    Amount = row.Amount,
                };
                var content = type.ToContent(item);
                added[j] = content.ComputeChecksum();
                canonical.Add(HashBench.Encode(content));
            }

            // The commit row first: version and change rows refer to it.
            timestamp += 1_000_000;
            var message = string.Create(CultureInfo.InvariantCulture, $"commit {c}");
            var commitContent = new CommitContent(previous is { } p ? [p] : [], added, [], "bench", message, Timestamps.FromUnixMicroseconds(timestamp));
            var checksum = commitContent.ComputeChecksum();
            canonical.Add(Encode(commitContent));
            Sqlite.Run(commit, id, 1, checksum.ToByteArray(), "bench", message, timestamp, 1, c, c, c + 1);
            if (previous is not null)
            {
                Sqlite.Run(parent, id, previousId);
            }

            for (var j = 0; j < perCommit; j++)
            {
                var item = items[j];
                Sqlite.Run(entity, item.EternalId.Value, "Item");
                Sqlite.Run(version, item.VersionId.Value, item.Title, item.Year, item.Amount, item.EternalId.Value, id);
                Sqlite.Run(change, id, item.EternalId.Value, "Item", item.VersionId.Value, added[j].ToByteArray(), 0, 1, c);
                versions++;
            }

            previous = checksum;
            previousId = id;
        }

        using (var branch = Sqlite.Prepare(connection, null, "INSERT INTO versioner_refs (name, kind, commit_id) VALUES ('main', 0, @p0)", SqliteType.Text))
        {
            branch.Transaction = transaction;
            Sqlite.Run(branch, previousId);
        }

        transaction!.Commit();
        transaction.Dispose();
        Sqlite.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        Sqlite.IndexIntervals(connection);
        return new Result(versions, commits, canonical);
    }

    /// <summary>The canonical encoding <see cref="CommitContent.ComputeChecksum"/> hashes (docs/checksums.md, "Commit").</summary>
    public static byte[] Encode(CommitContent content)
    {
        var writer = CanonicalWriter.Rent();
        try
        {
            writer.WriteDomain(CommitContent.Domain);
            writer.WriteUInt32((uint)content.Parents.Count);
            foreach (var parent in content.Parents)
            {
                writer.WriteChecksum(parent);
            }

            writer.WriteUInt32((uint)content.AddedVersions.Count);
            foreach (var version in content.AddedVersions)
            {
                writer.WriteChecksum(version);
            }

            writer.WriteUInt32((uint)content.Removed.Count);
            foreach (var id in content.Removed)
            {
                writer.WriteGuid(id.Value);
            }

            writer.WriteString(content.Author);
            writer.WriteString(content.Message);
            writer.WriteInt64(Timestamps.ToUnixMicroseconds(content.Timestamp));
            var bytes = writer.Written.ToArray();
            if (Checksum.Of(bytes) != content.ComputeChecksum())
            {
                throw new InvalidOperationException("The benchmark's commit encoding differs from what ComputeChecksum hashes.");
            }

            return bytes;
        }
        finally
        {
            CanonicalWriter.Return(writer);
        }
    }
}
