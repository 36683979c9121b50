using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Versioner.Studio.Standalone;

/// <summary>The database named by <c>--db</c>: a SQLite file (or connection string) or a PostgreSQL connection string.</summary>
internal sealed class StandaloneDatabase
{
    private readonly Func<DbConnection> _connect;

    private StandaloneDatabase(Func<DbConnection> connect, string description, bool write)
    {
        _connect = connect;
        Description = description;
        Write = write;
    }

    /// <summary>What to print: the file or the server and database (never a password).</summary>
    public string Description { get; }

    public bool Write { get; }

    /// <summary>
    /// The options of each request's opening: read-only unless --write (the engine refuses writes then, too); guards are
    /// installed once, at the start, not per request.
    /// </summary>
    public RepositoryOptions Options => new() { ReadOnly = !Write, InstallDatabaseGuards = false };

    public DbConnection NewConnection() => _connect();

    /// <summary>Reads <c>--db</c>: <c>Host=...</c> or a <c>postgres://</c> URL is PostgreSQL; anything else SQLite, a path or a connection string.</summary>
    /// <exception cref="ArgumentException">The value names no existing SQLite file, or is not a connection string either engine reads.</exception>
    public static StandaloneDatabase Parse(string db, bool write)
    {
        if (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            var builder = new NpgsqlConnectionStringBuilder(db);
            var text = builder.ConnectionString;
            return new StandaloneDatabase(() => new NpgsqlConnection(text), $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}", write);
        }

        var sqlite = db.Contains('=', StringComparison.Ordinal) ? new SqliteConnectionStringBuilder(db) : new SqliteConnectionStringBuilder { DataSource = db };
        if (!File.Exists(sqlite.DataSource))
        {
            throw new ArgumentException($"--db: there is no SQLite file at '{Path.GetFullPath(sqlite.DataSource)}'; give the path of a Versioner database, or a PostgreSQL connection string (Host=...;Database=...).");
        }

        if (!write)
        {
            sqlite.Mode = SqliteOpenMode.ReadOnly;
        }

        var connectionString = sqlite.ConnectionString;
        return new StandaloneDatabase(() => new SqliteConnection(connectionString), $"SQLite {Path.GetFullPath(sqlite.DataSource)}", write);
    }
}
