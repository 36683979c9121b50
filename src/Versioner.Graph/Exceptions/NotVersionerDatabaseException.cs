namespace Versioner;

/// <summary>
/// <see cref="Repository.OpenAsync(System.Data.Common.DbConnection, RepositoryOptions?, CancellationToken)"/> found no
/// Versioner history in the database it was given (no <c>versioner_meta</c> table it can read). Nothing was changed.
/// Check that the connection string names the right database, and that its login may read it.
/// </summary>
public sealed class NotVersionerDatabaseException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public NotVersionerDatabaseException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
