using Microsoft.EntityFrameworkCore;
using Versioner.Model;

namespace Versioner.Internal;

/// <summary>
/// Finalization order (<c>seq</c>): the next number, taken so that commits become visible in the order of their numbers.
/// Readers use it as a watermark (the in-process commit graph loads commits after the last number it has seen), so a
/// number may not be taken by one transaction while a smaller one is still uncommitted in another. A PostgreSQL
/// sequence would hand out numbers without waiting but commit them out of order; instead, a transaction-scoped
/// advisory lock (<see cref="Storage.Dialects.Dialect.LockCommitSequenceAsync"/>) makes the few statements from taking the number to the commit one after another. Every writer of
/// commits takes its number as late as it can, so writers on different branches wait for each other only that long
/// and never fail on the unique index. SQLite has one writer at a time already.
/// </summary>
internal static class CommitSequence
{
    /// <summary>The next number; on PostgreSQL the caller's transaction holds the lock until it ends.</summary>
    public static async Task<long> NextAsync(GraphStore store, CancellationToken cancellationToken)
    {
        await store.Dialect.LockCommitSequenceAsync(store, cancellationToken).ConfigureAwait(false);

        var max = await store.QueryAsync(
            $"SELECT MAX(seq) FROM {SystemTables.Commits}", [], [],
            reader => reader.IsDBNull(0) ? 0L : Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            cancellationToken).ConfigureAwait(false);
        return max[0] + 1;
    }
}
