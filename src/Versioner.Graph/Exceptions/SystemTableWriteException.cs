namespace Versioner;

/// <summary>
/// A row of one of Versioner's own tables (<c>versioner_*</c>) was added, changed or deleted through
/// <c>DbContext.SaveChanges</c>. Only Versioner writes them, through <see cref="Repository"/> and <see cref="Workspace"/>;
/// nothing was saved.
/// </summary>
public sealed class SystemTableWriteException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public SystemTableWriteException(string table, string operation)
        : base($"Versioner's own table {table} was {operation} through DbContext.SaveChanges; it is written only by Versioner (through a repository or workspace). Nothing was saved.")
    {
        Table = table;
    }

    /// <summary>The table.</summary>
    public string Table { get; }
}
