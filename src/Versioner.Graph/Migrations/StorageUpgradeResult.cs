namespace Versioner;

/// <summary>What <see cref="Repository.UpgradeStorageAsync(Microsoft.EntityFrameworkCore.DbContext, System.Threading.CancellationToken)"/> did.</summary>
/// <param name="FromFormat">The storage format the database was in.</param>
/// <param name="ToFormat">The storage format it is in now (this version's); equal to <paramref name="FromFormat"/> when nothing was to do.</param>
/// <param name="ChangeRowsIndexed">How many change rows got their validity on their segment (format 2's <c>until_depth</c>).</param>
public sealed record StorageUpgradeResult(int FromFormat, int ToFormat, long ChangeRowsIndexed)
{
    /// <summary>True when the database was upgraded (it was in an older format).</summary>
    public bool Upgraded => FromFormat != ToFormat;
}
