namespace Versioner;

/// <summary>
/// The database is in an older Versioner storage format than this version reads and writes. Nothing was read or
/// changed. Upgrade it once with <see cref="Repository.UpgradeStorageAsync(Microsoft.EntityFrameworkCore.DbContext, System.Threading.CancellationToken)"/> (or <c>versioner upgrade --db ...</c>),
/// as the role that owns Versioner's tables; the upgrade keeps every commit, version and checksum, and Verify gives the
/// same answer before and after.
/// </summary>
public sealed class StorageUpgradeRequiredException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="format">The format the database is in.</param>
    /// <param name="current">The format this version reads and writes.</param>
    public StorageUpgradeRequiredException(int format, int current)
        : base($"This database is in Versioner storage format {format}; this version reads and writes format {current}. Upgrade it once with `await Repository.UpgradeStorageAsync(context)` (or `versioner upgrade --db <database>`), as the role that owns Versioner's tables: it keeps every commit, version and checksum. Until then this version neither reads nor writes it; nothing was read or changed.")
    {
        Format = format;
        Current = current;
    }

    /// <summary>The storage format the database is in.</summary>
    public int Format { get; }

    /// <summary>The storage format this version of Versioner reads and writes.</summary>
    public int Current { get; }
}
