namespace Versioner;

/// <summary>
/// An operation that must run in a transaction of its own was called while one was open on the context's connection:
/// <see cref="Repository.UpgradeStorageAsync(Microsoft.EntityFrameworkCore.DbContext, System.Threading.CancellationToken)"/>
/// on SQLite rebuilds tables with foreign keys off, which SQLite cannot switch inside a transaction. Nothing was
/// changed. Commit or roll back the transaction, then call again.
/// </summary>
public sealed class TransactionNotAllowedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public TransactionNotAllowedException(string operation, string reason)
        : base($"{operation} runs in a transaction of its own, and a transaction is open on this connection: {reason}. Nothing was changed. Commit or roll back the open transaction, then call {operation} again.")
    {
        Operation = operation;
    }

    /// <summary>The operation refused (for example <c>Repository.UpgradeStorageAsync</c>).</summary>
    public string Operation { get; }
}
