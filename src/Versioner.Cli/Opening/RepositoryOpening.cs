using System.Data.Common;
using Microsoft.Data.Sqlite;
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
        catch (DatabaseException e) when (target.Unreadable(e) is { } reason)
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
            throw new CannotOpenDatabaseException($"Cannot open {Describe(target)}: {Sentence(EngineMessages.ProviderReason(e))} {target.Advice}", e);
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
                DatabaseException database when target.Unreadable(database) is { } unreadable => unreadable,
                DatabaseException database => $"{Sentence(database.Message)} A replica is made in a database without the tables it needs: give a new file or an empty database.",
                VersionerException engine => Sentence(EngineMessages.For(engine)),
                DbException or InvalidOperationException or TimeoutException => $"{Sentence(EngineMessages.ProviderReason(e))} {target.Advice}",
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
        catch (DatabaseException e) when (target.Unreadable(e) is { } reason)
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
            throw new CannotOpenDatabaseException($"Cannot upgrade {Describe(target)}: {Sentence(EngineMessages.ProviderReason(e))} {target.Advice}", e);
        }
    }

    private static string Sentence(string text) => text.TrimEnd().EndsWith('.') ? text.TrimEnd() : text.TrimEnd() + ".";

    private static string Describe(DatabaseTarget target) =>
        target.Provider == DatabaseProvider.Sqlite ? $"the SQLite database {target.Display}" : $"the PostgreSQL database {target.Display}";

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
