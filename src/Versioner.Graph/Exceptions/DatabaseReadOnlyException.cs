namespace Versioner;

/// <summary>
/// The database refused a write because it or the connection is read-only: a read-only SQLite file or folder or
/// <c>Mode=ReadOnly</c>, a PostgreSQL hot standby or read-only login or setting, a read-only SQL Server database or
/// secondary replica. Nothing was committed. To read such a database, open it with
/// <see cref="RepositoryOptions.ReadOnly"/>, which writes nothing; to change it, make it writable or use a writable copy.
/// </summary>
public sealed class DatabaseReadOnlyException : DatabaseException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">The database's own words (without a trailing period).</param>
    /// <param name="innerException">The provider's exception.</param>
    public DatabaseReadOnlyException(string reason, Exception? innerException)
        : base($"The database refused the operation: {reason} (a read-only database or connection); to read it, open with RepositoryOptions.ReadOnly, which writes nothing. Nothing of it was committed.", innerException)
    {
    }
}
