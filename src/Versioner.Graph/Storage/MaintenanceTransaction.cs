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
/// On PostgreSQL the token goes in and out only through <see cref="DatabaseGuards.LiftFunction"/> and
/// <see cref="DatabaseGuards.RestoreFunction"/>, which the owner of the tables may run and grant; a role that may not
/// gets <see cref="MaintenanceNotPermittedException"/> before anything is changed. SQLite has no roles: whoever can
/// write the file can lift the guards (or drop them), see docs/architecture.md.
/// </remarks>
internal static class MaintenanceTransaction
{
    private const int Token = 1;

    public static Task<T> RunAsync<T>(GraphStore store, Func<Task<T>> work, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async () =>
        {
            // A second maintenance transaction waits here on the key until the first commits.
            if (IsPostgres(store))
            {
                try
                {
                    await store.Db.Database.ExecuteSqlRawAsync($"SELECT {DatabaseGuards.LiftFunction}()", cancellationToken).ConfigureAwait(false);
                }
                catch (System.Data.Common.DbException ex) when (ex.SqlState == "42501")
                {
                    throw new MaintenanceNotPermittedException(Role(store), ex);
                }
            }
            else
            {
                await store.Db.Database.ExecuteSqlRawAsync(
                    $"INSERT INTO {SystemTables.Maintenance} (token) VALUES ({Token})", cancellationToken).ConfigureAwait(false);
            }

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
                    await RemoveTokenAsync(store).ConfigureAwait(false);
                }
                catch (System.Data.Common.DbException)
                {
                }

                throw;
            }

            await RemoveTokenAsync(store).ConfigureAwait(false);
            return result;
        }, cancellationToken);

    private static Task<int> RemoveTokenAsync(GraphStore store) =>
        store.Db.Database.ExecuteSqlRawAsync(
            IsPostgres(store) ? $"SELECT {DatabaseGuards.RestoreFunction}()" : $"DELETE FROM {SystemTables.Maintenance} WHERE token = {Token}",
            CancellationToken.None);

    private static bool IsPostgres(GraphStore store) => store.Db.Database.GetDbConnection() is Npgsql.NpgsqlConnection;

    /// <summary>The refused role, from the connection string (the failed statement aborted the transaction: no query can ask).</summary>
    private static string Role(GraphStore store) =>
        new Npgsql.NpgsqlConnectionStringBuilder(store.Db.Database.GetDbConnection().ConnectionString).Username ?? "(the connection's role)";
}
