using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Versioner.Bench;

/// <summary>SQLite files under /tmp, fresh per run, opened with the same pragmas for every variant.</summary>
internal static class Sqlite
{
    /// <summary>The pragmas every connection of every variant gets, in this order.</summary>
    public static readonly string[] Pragmas =
    [
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA cache_size = -65536", // 64 MiB
    ];

    private static readonly string RunDirectory = Path.Combine(Path.GetTempPath(), $"versioner-bench-{Environment.ProcessId}-{DateTime.UtcNow:yyyyMMddHHmmss}");
    private static int s_counter;

    public static string Directory => RunDirectory;

    /// <summary>A path for a new database file that does not exist yet.</summary>
    public static string NewPath(string name)
    {
        System.IO.Directory.CreateDirectory(RunDirectory);
        return Path.Combine(RunDirectory, $"{name}-{Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture)}.db");
    }

    /// <summary>Opens a connection (no pooling, so nothing carries over between variants) and applies the pragmas.</summary>
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        foreach (var pragma in Pragmas)
        {
            Execute(connection, pragma);
        }

        return connection;
    }

    /// <summary>
    /// What finalize maintains and a generator writing Versioner's tables directly must too (the current storage
    /// format, ids bound as 16 bytes by <see cref="Run"/>): each change row's validity on its segment (<c>until_depth</c>,
    /// the depth of the entity's next change there), each version row's place, validity and checksum as its own change
    /// row's, each finalized commit's manifest (<see cref="Versioner.Storage.CommitManifest"/>: its changes' keys,
    /// ordered here by SQLite's byte compare of the stored 16 bytes), and the format record.
    /// </summary>
    public static void IndexIntervals(SqliteConnection connection)
    {
        const string Later = "FROM versioner_changes n WHERE n.eternal_id = versioner_changes.eternal_id AND n.segment = versioner_changes.segment AND n.depth > versioner_changes.depth";
        Execute(connection, $"UPDATE versioner_changes SET until_depth = (SELECT MIN(n.depth) {Later}) WHERE EXISTS (SELECT 1 {Later})");
        foreach (var (table, version, eternal, commit) in new[] { ("\"Items\"", "\"VersionId\"", "\"EternalId\"", "\"CommitId\""), ("versioner_documents", "version_id", "eternal_id", "commit_id") })
        {
            Execute(connection, $"UPDATE {table} SET versioner_segment = c.segment, versioner_depth = c.depth, versioner_until = c.until_depth, versioner_checksum = c.version_checksum "
                + $"FROM versioner_changes c WHERE c.commit_id = {table}.{commit} AND c.eternal_id = {table}.{eternal} AND c.version_id = {table}.{version} AND c.adopted = 0");
        }

        WriteManifests(connection);
        Execute(connection, "DELETE FROM versioner_meta WHERE key = 'format'");
        Execute(connection, $"INSERT INTO versioner_meta (key, value) VALUES ('format', '{Versioner.Storage.StorageFormat.Current.ToString(CultureInfo.InvariantCulture)}')");
    }

    private static void WriteManifests(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = Versioner.Storage.CommitManifest.InsertSql;
        var commitParameter = insert.Parameters.Add("@p0", SqliteType.Blob);
        var changesParameter = insert.Parameters.Add("@p1", SqliteType.Blob);
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT c.commit_id, COALESCE(c.version_id, c.eternal_id) AS k FROM versioner_changes c "
            + "JOIN versioner_commits m ON m.id = c.commit_id WHERE m.state = 1 ORDER BY c.commit_id, k";
        using var reader = read.ExecuteReader();
        byte[]? commit = null;
        var keys = new MemoryStream();
        void Flush()
        {
            if (commit is not null)
            {
                commitParameter.Value = commit;
                changesParameter.Value = keys.ToArray();
                insert.ExecuteNonQuery();
            }

            keys.SetLength(0);
        }

        while (reader.Read())
        {
            var id = (byte[])reader.GetValue(0);
            if (commit is null || !id.AsSpan().SequenceEqual(commit))
            {
                Flush();
                commit = id;
            }

            keys.Write((byte[])reader.GetValue(1));
        }

        Flush();
        reader.Close();
        read.CommandText = "INSERT INTO versioner_manifests (commit_id, changes) SELECT id, X'' FROM versioner_commits c "
            + "WHERE state = 1 AND NOT EXISTS (SELECT 1 FROM versioner_manifests m WHERE m.commit_id = c.id)";
        read.ExecuteNonQuery();
        transaction.Commit();
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>
    /// <c>INSERT INTO table (columns...) VALUES (@p0...)</c> for Versioner's own tables, written by hand for the
    /// raw-SQL measurements. Any other NOT NULL column without a default (one the schema gained since this was
    /// written) gets a zero of its declared type, so the statement keeps working as the schema grows.
    /// </summary>
    public static string InsertSql(SqliteConnection connection, string table, params string[] columns)
    {
        var names = new List<string>(columns);
        var values = columns.Select((_, i) => $"@p{i}").ToList();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA table_info({table})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var name = reader.GetString(1);
            var type = reader.GetString(2).ToUpperInvariant();
            var notNull = reader.GetInt64(3) != 0;
            if (!notNull || !reader.IsDBNull(4) || columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            names.Add(name);
            values.Add(type.Contains("INT", StringComparison.Ordinal) ? "0" : type.Contains("BLOB", StringComparison.Ordinal) ? "x''" : "''");
        }

        return $"INSERT INTO {table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", values)})";
    }

    /// <summary>A prepared command with parameters <c>@p0</c>.. of the given types, in <paramref name="transaction"/> if given.</summary>
    public static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction? transaction, string sql, params SqliteType[] types)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < types.Length; i++)
        {
            command.Parameters.Add($"@p{i}", types[i]);
        }

        command.Prepare();
        return command;
    }

    /// <summary>
    /// Binds <paramref name="values"/> to a <see cref="Prepare"/>d command's parameters in order and runs it. A
    /// <see cref="Guid"/> is bound as Versioner stores ids on SQLite (storage format 3): 16 bytes in RFC 9562 order.
    /// </summary>
    public static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is Guid id)
            {
                command.Parameters[i].SqliteType = SqliteType.Blob;
                command.Parameters[i].Value = id.ToByteArray(bigEndian: true);
            }
            else
            {
                command.Parameters[i].Value = values[i];
            }
        }

        command.ExecuteNonQuery();
    }

    /// <summary>An id as Versioner stores it: 16 bytes in RFC 9562 order on SQLite (format 3), or text (a table of the plain variants).</summary>
    public static Guid ReadId(SqliteDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(byte[]) ? new Guid(reader.GetFieldValue<byte[]>(ordinal), bigEndian: true) : reader.GetGuid(ordinal);

    /// <summary>Whether to keep the databases a run writes, for inspection (environment variable <c>VERSIONER_BENCH_KEEP=1</c>).</summary>
    public static bool Keep => Environment.GetEnvironmentVariable("VERSIONER_BENCH_KEEP") == "1";

    public static void Delete(string path)
    {
        if (Keep)
        {
            return;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }

    public static void DeleteRunDirectory()
    {
        if (Keep)
        {
            Console.WriteLine($"- kept the SQLite files under {RunDirectory} (VERSIONER_BENCH_KEEP=1)");
            return;
        }

        if (System.IO.Directory.Exists(RunDirectory))
        {
            System.IO.Directory.Delete(RunDirectory, recursive: true);
        }
    }

    /// <summary>Checks the pragmas really are in force on a connection (they are per connection, except journal_mode).</summary>
    public static string Describe(SqliteConnection connection) =>
        string.Create(CultureInfo.InvariantCulture, $"journal_mode={Scalar(connection, "PRAGMA journal_mode")}, synchronous={Scalar(connection, "PRAGMA synchronous")}, cache_size={Scalar(connection, "PRAGMA cache_size")}, foreign_keys={Scalar(connection, "PRAGMA foreign_keys")}");
}
