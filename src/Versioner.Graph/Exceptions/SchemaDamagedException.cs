namespace Versioner;

/// <summary>
/// A table Versioner reads or writes is missing from the database: a versioned type's table or one of Versioner's own,
/// dropped or renamed outside Versioner (or the migration that creates it not applied). The history it held cannot be
/// read; this is damage, not a refusal of the request. A write was rolled back: nothing of it was committed. Restore
/// the table from a backup, then run <c>repository.VerifyAsync()</c> (or <c>versioner verify</c>), which stops at the
/// same missing table until then, to list every damaged row.
/// </summary>
public sealed class SchemaDamagedException : DatabaseException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="table">The missing table, as the database names it.</param>
    /// <param name="innerException">The provider's error.</param>
    public SchemaDamagedException(string table, Exception? innerException)
        : base($"Table {table}, which Versioner reads, is missing from the database: it was dropped or renamed outside Versioner (or the migration that creates it was not applied), so the history it holds cannot be read. Nothing of the operation was committed. Restore the table from a backup, then run repository.VerifyAsync() (or `versioner verify`) to list every damaged row.", innerException)
    {
        Table = table;
    }

    /// <summary>The missing table, as the database names it (schema-qualified when the statement was).</summary>
    public string Table { get; }
}
