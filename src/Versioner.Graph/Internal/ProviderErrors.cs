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

    /// <summary>The Versioner exception for a provider error (looked for down the inner exceptions: EF wraps some), or null for any other exception.</summary>
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
                        PostgresErrorCodes.UniqueViolation => new DuplicateKeyException(postgres.ConstraintName, exception),
                        PostgresErrorCodes.ForeignKeyViolation => new ForeignKeyViolationException(postgres.ConstraintName, exception),
                        PostgresErrorCodes.SerializationFailure => new ConcurrentWriteException("serialization failure", exception),
                        PostgresErrorCodes.DeadlockDetected => new ConcurrentWriteException("deadlock", exception),
                        PostgresErrorCodes.LockNotAvailable => new ConcurrentWriteException("lock not available", exception),
                        _ => Other(postgres.MessageText, postgres.IsTransient, exception),
                    };
                case SqliteException sqlite:
                    return sqlite.SqliteExtendedErrorCode switch
                    {
                        SqliteConstraintUnique or SqliteConstraintPrimaryKey => new DuplicateKeyException(null, exception),
                        SqliteConstraintForeignKey => new ForeignKeyViolationException(null, exception),
                        _ when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked => new ConcurrentWriteException("the database is busy or locked", exception),
                        _ => Other(sqlite.Message, sqlite.IsTransient, exception),
                    };
                case DbException database:
                    return Other(database.Message, database.IsTransient, exception);
            }
        }

        // Npgsql refuses some values before sending them (an ArgumentException or InvalidCastException from the driver).
        return exception.TargetSite?.Module.Assembly == typeof(NpgsqlConnection).Assembly
            ? Other($"the PostgreSQL driver refused a value: {exception.Message}", false, exception)
            : null;
    }

    private static DatabaseException Other(string detail, bool transient, Exception exception) =>
        new($"The database refused the operation: {detail} Nothing of it was committed.", exception, transient);
}
