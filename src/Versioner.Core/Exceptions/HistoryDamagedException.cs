namespace Versioner;

/// <summary>
/// Stored history was found damaged while it was read: a row Versioner needs is missing, or content no longer hashes
/// to its recorded checksum (rows changed or deleted behind Versioner's back). Nothing was changed. Run
/// <c>repository.VerifyAsync()</c> to find every damaged row.
/// </summary>
public sealed class HistoryDamagedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public HistoryDamagedException(string message)
        : base(message)
    {
    }
}
