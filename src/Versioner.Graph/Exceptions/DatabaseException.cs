namespace Versioner;

/// <summary>
/// The database refused or failed an operation Versioner sent it. Versioner translates every provider error
/// (SQLite's <c>SqliteException</c>, PostgreSQL's <c>PostgresException</c> and <c>NpgsqlException</c>, a value the
/// Npgsql driver refuses) into this type or one of its subclasses at its public methods, in one place; the provider's
/// exception is the <see cref="Exception.InnerException"/>. A write that fails is rolled back: nothing of it was
/// committed.
/// </summary>
/// <remarks>
/// Subclasses name the cases a caller can act on: <see cref="DuplicateKeyException"/>,
/// <see cref="ForeignKeyViolationException"/>, <see cref="ConcurrentWriteException"/> (retry) and
/// <see cref="DatabaseReadOnlyException"/>.
/// </remarks>
public class DatabaseException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public DatabaseException(string message, Exception? innerException, bool isTransient = false)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>Whether the same operation may succeed if retried (a lost connection, a busy database, a serialization failure).</summary>
    public bool IsTransient { get; }
}
