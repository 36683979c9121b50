using Microsoft.Data.Sqlite;

namespace Versioner.Ingest.Storage;

/// <summary>
/// SQLite is single-instance: one service process writes a database file. This holds an exclusive lock on a file
/// beside it (<c>versioner.db-ingest.lock</c>) for as long as the writer runs, so that a second instance started on the
/// same file says so and stops instead of writing a competing working commit. The operating system releases the lock
/// when the process ends, killed or not.
/// </summary>
internal sealed class SqliteInstanceLock : IDisposable
{
    private readonly FileStream _file;

    private SqliteInstanceLock(FileStream file) => _file = file;

    /// <summary>Locks the database of <paramref name="connectionString"/>; null for an in-memory database.</summary>
    /// <exception cref="IngestStorageException">Another process holds the lock: another instance serves this file.</exception>
    public static SqliteInstanceLock? Acquire(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return null;
        }

        var database = Path.GetFullPath(builder.DataSource);
        var path = database + "-ingest.lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // FileShare.None is an exclusive advisory lock (flock on Linux and macOS) that other processes asking for it see.
            return new SqliteInstanceLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex)
        {
            throw new IngestStorageException(
                $"SQLite is single-instance: another ingest service process already serves {database} (it holds {path}). " +
                "Run one instance per SQLite file, or run several instances over one PostgreSQL database (Versioner:Storage:Provider=PostgreSql).", ex);
        }
    }

    public void Dispose() => _file.Dispose();
}
