using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Versioner.Internal;

/// <summary>
/// The one place where provider errors become Versioner's exceptions (like Marten's exception transformer): every
/// public method of <see cref="Repository"/>, <see cref="Workspace"/>, <see cref="StagingArea"/> and
/// <see cref="Snapshot"/> runs through <see cref="RunAsync{T}"/> (or <see cref="Stream{T}"/>), so no
/// <c>SqliteException</c>, <c>PostgresException</c> or Npgsql argument error reaches a caller. Inside, Versioner sees
/// the provider's exceptions as they are (the finalize retry recognizes a lost commit slot by them).
/// </summary>
internal static class ProviderErrors
{
    // SQLite result codes (https://sqlite.org/rescode.html).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public static async Task<T> RunAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    public static async Task RunAsync(Func<Task> operation)
    {
        try
        {
            await operation().ConfigureAwait(false);
        }
        catch (Exception exception) when (Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Enumerates <paramref name="source"/>, translating what its reads throw.</summary>
    public static async IAsyncEnumerable<T> Stream<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var items = source.WithCancellation(cancellationToken).ConfigureAwait(false).GetAsyncEnumerator();
        try
        {
            while (true)
            {
                T item;
                try
                {
                    if (!await items.MoveNextAsync())
                    {
                        yield break;
                    }

                    item = items.Current;
                }
                catch (Exception exception) when (Translate(exception) is { } translated)
                {
                    throw translated;
                }

                yield return item;
            }
        }
        finally
        {
            await items.DisposeAsync();
        }
    }

    /// <summary>
    /// The Versioner exception for a provider error (looked for down the inner exceptions: EF wraps some), with the
    /// provider's exception as its inner exception; null for any other exception.
    /// </summary>
    public static DatabaseException? Translate(Exception exception)
    {
        if (exception is VersionerException or OperationCanceledException)
        {
            return null;
        }

        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case PostgresException postgres:
                    return postgres.SqlState switch
                    {
                        PostgresErrorCodes.UniqueViolation => new DuplicateKeyException(postgres.ConstraintName, postgres),
                        PostgresErrorCodes.ForeignKeyViolation => new ForeignKeyViolationException(postgres.ConstraintName, postgres),
                        PostgresErrorCodes.SerializationFailure => new ConcurrentWriteException("serialization failure", postgres),
                        PostgresErrorCodes.DeadlockDetected => new ConcurrentWriteException("deadlock", postgres),
                        PostgresErrorCodes.LockNotAvailable => new ConcurrentWriteException("lock not available", postgres),
                        PostgresErrorCodes.ReadOnlySqlTransaction => Other($"{postgres.MessageText} (a hot standby, or a read-only login or setting); to read it, open with RepositoryOptions.ReadOnly, which writes nothing", false, postgres),
                        _ => Other(postgres.MessageText, postgres.IsTransient, postgres),
                    };
                case SqliteException sqlite:
                    return FromSqlite(sqlite);
                case DbException database:
                    return Other(database.Message, database.IsTransient, database);
            }
        }

        // Npgsql refuses some values before sending them (an ArgumentException or InvalidCastException from the driver).
        return exception.TargetSite?.Module.Assembly == typeof(NpgsqlConnection).Assembly
            ? Other($"the PostgreSQL driver refused a value: {exception.Message}", false, exception)
            : null;
    }

    /// <summary>
    /// SQLite's constraint errors by extended result code; Microsoft.Data.Sqlite does not always have it (a foreign key
    /// checked at the end of a statement reports only <c>SQLITE_CONSTRAINT</c>), so then by SQLite's fixed message text.
    /// </summary>
    private static DatabaseException FromSqlite(SqliteException sqlite)
    {
        var message = sqlite.Message;
        if (sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey
            || (sqlite.SqliteErrorCode == SqliteConstraint && (message.Contains("UNIQUE constraint failed", StringComparison.Ordinal) || message.Contains("PRIMARY KEY", StringComparison.Ordinal))))
        {
            return new DuplicateKeyException(null, sqlite);
        }

        if (sqlite.SqliteExtendedErrorCode == SqliteConstraintForeignKey
            || (sqlite.SqliteErrorCode == SqliteConstraint && message.Contains("FOREIGN KEY constraint failed", StringComparison.Ordinal)))
        {
            return new ForeignKeyViolationException(null, sqlite);
        }

        if (sqlite.SqliteErrorCode == SqliteReadOnly)
        {
            return Other($"{message.TrimEnd('.')} (a read-only file or connection); to read it, open with RepositoryOptions.ReadOnly, which writes nothing", false, sqlite);
        }

        return sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked
            ? new ConcurrentWriteException("the database is busy or locked", sqlite)
            : Other(message, sqlite.IsTransient, sqlite);
    }

    private static DatabaseException Other(string detail, bool transient, Exception provider) =>
        new($"The database refused the operation: {detail.TrimEnd('.')}. Nothing of it was committed.", provider, transient);
}
