namespace Versioner;

/// <summary>
/// A repository opened without the application's model
/// (<see cref="Repository.OpenAsync(System.Data.Common.DbConnection, RepositoryOptions?, CancellationToken)"/>) was asked
/// to read versions of a type the database does not describe well enough to read without that model: it was last
/// opened by an older Versioner, or a field is stored through the application's own value converter. The message says
/// which and what to do (usually: open the database once with the application's model, which records the description).
/// </summary>
public sealed class UndescribedTypeException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public UndescribedTypeException(string entityType, string message)
        : base(message) => EntityType = entityType;

    /// <summary>The versioned type that cannot be read.</summary>
    public string EntityType { get; }
}
