using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Versioner.Cli.Running;
using Versioner.Studio.Standalone;

namespace Versioner.Cli.Opening;

/// <summary>
/// How a command uses the database: reads only (opened <see cref="RepositoryOptions.ReadOnly"/>: nothing installed or
/// recorded, so a hot standby or a read-only file will do), or writes (branches, tags, push, pull, redaction, retention).
/// </summary>
internal enum RepositoryAccess
{
    /// <summary>Reads only.</summary>
    Read,

    /// <summary>Writes too.</summary>
    Write,
}

/// <summary>
/// The one way the tool opens a database: a bare connection handed to the engine's model-free opening, so any
/// Versioner database opens without the application's classes.
/// </summary>
internal static class RepositoryOpening
{
    /// <summary>Opens <paramref name="target"/>; the result owns the connection.</summary>
    /// <exception cref="CannotOpenDatabaseException">The server or file cannot be reached, or it is not a Versioner database.</exception>
    /// <exception cref="UsageException"><paramref name="defaultBranch"/> is no valid branch name.</exception>
    public static async Task<OpenedRepository> OpenAsync(DatabaseTarget target, RepositoryAccess access, string defaultBranch, CancellationToken cancellationToken)
    {
        var connection = target.NewConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            var options = new RepositoryOptions { ReadOnly = access == RepositoryAccess.Read, DefaultBranch = defaultBranch };
            var repository = await Repository.OpenAsync(connection, options, cancellationToken);
            return new OpenedRepository(repository, connection);
        }
        catch (InvalidRefNameException e) when (e.Name == defaultBranch)
        {
            await connection.DisposeAsync();
            throw new UsageException($"--default-branch: {e.Message}");
        }
        catch (NotVersionerDatabaseException e)
        {
            // Worded for what --db gave: the engine's message says to check a connection string, which a path is not.
            await connection.DisposeAsync();
            throw new CannotOpenDatabaseException($"Cannot open {Describe(target)}: {target.NotVersionerDatabase}", e);
        }
        catch (DatabaseException e) when (Unreadable(e, target) is { } reason)
        {
            await connection.DisposeAsync();
            throw new CannotOpenDatabaseException($"Cannot open {Describe(target)}: {reason}", e);
        }
        catch (VersionerException e)
        {
            // The engine's own refusal already says what is wrong and what to do (not a Versioner database, a type it
            // cannot read): its text, not the provider error underneath it.
            await connection.DisposeAsync();
            throw new CannotOpenDatabaseException($"Cannot open {Describe(target)}: {Sentence(EngineMessages.For(e))}", e);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or ArgumentException)
        {
            await connection.DisposeAsync();
            throw new CannotOpenDatabaseException($"Cannot open {Describe(target)}: {Sentence(EngineMessages.ProviderReason(e))} {Advice(target)}", e);
        }
    }

    /// <summary>
    /// Makes <paramref name="target"/> (a SQLite file that does not exist yet, or a database without Versioner's tables)
    /// an empty replica of <paramref name="source"/> (<see cref="Repository.CreateReplicaAsync"/>) and opens it for
    /// writing; the result owns the connection. A SQLite file this made is removed again when the creation fails.
    /// </summary>
    /// <exception cref="CannotOpenDatabaseException">The database cannot be reached or refused a table; the message says which and what to do.</exception>
    public static async Task<OpenedRepository> CreateReplicaAsync(DatabaseTarget target, Repository source, string defaultBranch, CancellationToken cancellationToken)
    {
        var newFile = target.Provider == DatabaseProvider.Sqlite && !File.Exists(target.Display) ? Path.GetFullPath(target.Display) : null;
        var connection = target.NewConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            var replica = await source.CreateReplicaAsync(connection, new RepositoryOptions { DefaultBranch = defaultBranch }, cancellationToken);
            return new OpenedRepository(replica, connection);
        }
        catch (Exception e)
        {
            await connection.DisposeAsync();
            if (newFile is not null)
            {
                SqliteConnection.ClearPool((SqliteConnection)connection);
                foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
                {
                    File.Delete(newFile + suffix);
                }
            }

            var reason = e switch
            {
                DatabaseException database when Unreadable(database, target) is { } unreadable => unreadable,
                DatabaseException database => $"{Sentence(database.Message)} A replica is made in a database without the tables it needs: give a new file or an empty database.",
                VersionerException engine => Sentence(EngineMessages.For(engine)),
                DbException or InvalidOperationException or TimeoutException => $"{Sentence(EngineMessages.ProviderReason(e))} {Advice(target)}",
                _ => null,
            };
            if (reason is null)
            {
                throw;
            }

            throw new CannotOpenDatabaseException($"Cannot create a replica in {Describe(target)}: {reason} Nothing was created.", e);
        }
    }

    /// <summary>Upgrades <paramref name="target"/> to this version's storage format (<see cref="Repository.UpgradeStorageAsync(DbConnection, CancellationToken)"/>).</summary>
    /// <exception cref="CannotOpenDatabaseException">The server or file cannot be reached, or it is not a Versioner database.</exception>
    public static async Task<StorageUpgradeResult> UpgradeAsync(DatabaseTarget target, CancellationToken cancellationToken)
    {
        await using var connection = target.NewConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            return await Repository.UpgradeStorageAsync(connection, cancellationToken);
        }
        catch (NotVersionerDatabaseException e)
        {
            throw new CannotOpenDatabaseException($"Cannot upgrade {Describe(target)}: {target.NotVersionerDatabase}", e);
        }
        catch (DatabaseException e) when (Unreadable(e, target) is { } reason)
        {
            throw new CannotOpenDatabaseException($"Cannot upgrade {Describe(target)}: {reason}", e);
        }
        catch (UndescribedTypeException e)
        {
            // The engine's advice names the call to upgrade with the application's context: a command-line user runs the application.
            throw new CannotOpenDatabaseException(
                $"Cannot upgrade {Describe(target)}: it holds versions of {e.EntityType}, and it records no description of {e.EntityType} "
                + $"(its table and columns) that the tool can read; the application's model has one. Upgrade it from the application "
                + $"(Versioner's storage upgrade, run with the application's model), or open it once from the application with the "
                + $"Versioner it was written with, which records {e.EntityType}'s description, and run versioner upgrade again. Nothing was changed.",
                e);
        }
        catch (VersionerException e)
        {
            throw new CannotOpenDatabaseException($"Cannot upgrade {Describe(target)}: {Sentence(EngineMessages.For(e))}", e);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or ArgumentException)
        {
            throw new CannotOpenDatabaseException($"Cannot upgrade {Describe(target)}: {Sentence(EngineMessages.ProviderReason(e))} {Advice(target)}", e);
        }
    }

    /// <summary>
    /// A database that could not be read at all (locked by another writer, not a SQLite file, a WAL file its directory
    /// does not let this user make, a connection lost), in the tool's words for what --db gave, so a DBA is not sent
    /// looking for the wrong file. Null for any other provider error (the engine's message is used).
    /// </summary>
    private static string? Unreadable(DatabaseException e, DatabaseTarget target) => e.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } =>
            "another connection holds a lock on it (database is locked) and did not release it in time. Nothing was read; try again when the other writer is done.",
        SqliteException { SqliteErrorCode: SqliteNotADatabase } =>
            "the file is not a SQLite database (SQLite: file is not a database). Check that the path names the application's database file.",
        SqliteException { SqliteErrorCode: SqliteReadOnly or SqliteCantOpen } =>
            $"SQLite cannot read it from here ({Reason(e.InnerException)}): a database in WAL mode needs its -wal and -shm files beside it, which this user may not create. "
            + "Give this user write access to the file's directory, or copy the database (with any -wal file) somewhere writable.",
        SqliteException { SqliteErrorCode: not SqliteError } sqlite => $"SQLite cannot read it: {Reason(sqlite)}. {Advice(target)}",
        PostgresException { SqlState: not "42P01" } postgres => $"{Sentence(postgres.MessageText)} {Advice(target)}",
        NpgsqlException npgsql when npgsql is not PostgresException => $"{Sentence(npgsql.Message)} {Advice(target)}",
        _ => null,
    };

    /// <summary>SQLite's own words, without Microsoft.Data.Sqlite's "SQLite Error 5: '...'." around them.</summary>
    private static string Reason(Exception sqlite)
    {
        var message = sqlite.Message;
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        return start >= 0 && end > start ? message[(start + 1)..end] : message;
    }

    private const int SqliteError = 1;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    private static string Sentence(string text) => text.TrimEnd().EndsWith('.') ? text.TrimEnd() : text.TrimEnd() + ".";

    private static string Describe(DatabaseTarget target) =>
        target.Provider == DatabaseProvider.Sqlite ? $"the SQLite database {target.Display}" : $"the PostgreSQL database {target.Display}";

    private static string Advice(DatabaseTarget target) => target.Provider == DatabaseProvider.Sqlite
        ? "Check that the file is a Versioner database and readable."
        : "Check the host, port, database name, user and password in the connection string, and that the server is running.";
}

/// <summary>A repository and the connection under it, closed together.</summary>
internal sealed class OpenedRepository(Repository repository, DbConnection connection) : IAsyncDisposable
{
    public Repository Repository { get; } = repository;

    public async ValueTask DisposeAsync()
    {
        await Repository.DisposeAsync();
        await connection.DisposeAsync();
    }
}
