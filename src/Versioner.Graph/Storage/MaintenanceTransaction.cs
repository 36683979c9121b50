using Microsoft.EntityFrameworkCore;
using Versioner.Model;

namespace Versioner.Internal;

/// <summary>
/// Runs work that must rewrite or mark finalized rows (redaction, retention, checksum migrations) with the database
/// guards lifted for that one transaction and no other: a token row is inserted first and deleted before the
/// transaction commits, so other connections never see it and the guards stay in force for them. A failure rolls
/// everything back, token included.
/// </summary>
/// <remarks>
/// How the token goes in and out is the dialect's (<see cref="Storage.Dialects.Dialect.LiftGuardsAsync"/>): on
/// PostgreSQL only through functions the owner of the tables may run and grant, so a role that may not gets
/// <see cref="MaintenanceNotPermittedException"/> before anything is changed. SQLite has no roles: whoever can write
/// the file can lift the guards (or drop them), see docs/architecture.md.
/// </remarks>
internal static class MaintenanceTransaction
{
    public static Task<T> RunAsync<T>(GraphStore store, Func<Task<T>> work, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async () =>
        {
            // A second maintenance transaction waits here on the key until the first commits.
            await store.Dialect.LiftGuardsAsync(store, cancellationToken).ConfigureAwait(false);

            T result;
            try
            {
                result = await work().ConfigureAwait(false);
            }
            catch
            {
                // Even when the caller owns the transaction and carries on after a failure, the token must not outlive
                // the work. On PostgreSQL a failed statement has aborted the transaction, which then cannot commit the
                // token either; the delete failing there is expected and the original error is what matters.
                try
                {
                    await store.Dialect.RestoreGuardsAsync(store).ConfigureAwait(false);
                }
                catch (System.Data.Common.DbException)
                {
                }

                throw;
            }

            await store.Dialect.RestoreGuardsAsync(store).ConfigureAwait(false);
            return result;
        }, cancellationToken);
}
