namespace Versioner;

/// <summary>
/// The database refused a row that names a row that does not exist (a foreign key), or the deletion of a row that
/// another still names. Versioner checks declared references itself before writing (<see cref="MissingReferenceException"/>,
/// <see cref="DanglingReferenceException"/>), so this means a write raced a concurrent one, or rows were changed behind
/// Versioner's back. Nothing was committed.
/// </summary>
public sealed class ForeignKeyViolationException : DatabaseException
{
    /// <summary>Creates the exception.</summary>
    public ForeignKeyViolationException(string? constraint, Exception? innerException)
        : base($"The database refused a row that names a missing row, or the removal of a row another still names (a foreign key{DuplicateKeyException.Named(constraint)}). Nothing was committed. Check that every referenced entity and version is saved (and not removed meanwhile), then retry.", innerException)
    {
        Constraint = constraint;
    }

    /// <summary>The foreign key the database named, when it names one (PostgreSQL does; SQLite does not).</summary>
    public string? Constraint { get; }
}
