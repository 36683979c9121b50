namespace Versioner;

/// <summary>
/// A concurrent transaction got in the way: PostgreSQL could not serialize the two (serialization failure, deadlock,
/// a lock not available) or SQLite's database was busy or locked by another writer. Nothing was committed; retry the
/// operation (on SQLite, a busy timeout on the connection makes writers wait instead).
/// </summary>
public sealed class ConcurrentWriteException : DatabaseException
{
    /// <summary>Creates the exception.</summary>
    public ConcurrentWriteException(string detail, Exception? innerException)
        : base($"A concurrent transaction got in the way ({detail}). Nothing was committed; retry the operation.", innerException, isTransient: true)
    {
    }
}
