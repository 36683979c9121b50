namespace Versioner;

/// <summary>
/// The database refused a row whose key is already taken: a concurrent operation wrote the same key first (a branch
/// or tag of the same name, a commit slot), or an id the caller chose already exists. Nothing was committed. Retry,
/// or choose another name or id.
/// </summary>
public sealed class DuplicateKeyException : DatabaseException
{
    /// <summary>Creates the exception.</summary>
    public DuplicateKeyException(string? constraint, Exception? innerException)
        : base($"The database refused a row whose key is already taken{Named(constraint)}: a concurrent operation wrote the same key first, an id you chose already exists, or a unique index of your own sits on a versioned table (each version is a row there: declare the rule with IsUniqueInSnapshot instead). Nothing was committed; retry, or choose another name or id.", innerException)
    {
        Constraint = constraint;
    }

    /// <summary>The unique index or key the database named, when it names one (PostgreSQL does; SQLite names the columns in its message).</summary>
    public string? Constraint { get; }

    internal static string Named(string? constraint) => constraint is null ? "" : $" ({constraint})";
}
