using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Upgrades a database from an older storage format to <see cref="StorageFormat.Current"/>, in one transaction (a
/// failure leaves it as it was). Format 1 to 2: adds <c>versioner_changes.until_depth</c> when the table lacks it (EF's
/// own DDL for the provider, as <see cref="SystemTableUpgrade"/> makes tables; a database whose EF migration added the
/// column already keeps it), reinstalls the change rows' guard (it now leaves that column to finalize), then sets
/// every finalized change row's validity on its segment in one statement. Format 2 to 3 (SQLite only; nothing on
/// PostgreSQL): every id column becomes 16 bytes (<see cref="Storage.Dialects.Dialect.ConvertIdColumnsAsync"/>), the
/// tables rebuilt as a new database has them, and the guards installed again. Then it records the format. An older
/// database goes straight to the current format. Checksums are of content only, so none changes.
/// </summary>
internal static class StorageUpgrade
{
    public static async Task<StorageUpgradeResult> RunAsync(DbContext context, CancellationToken cancellationToken)
    {
        var store = new GraphStore(context, new RepositoryOptions());
        var recorded = await StorageFormat.ReadAsync(store, cancellationToken).ConfigureAwait(false);
        if (recorded == StorageFormat.Current)
        {
            return new StorageUpgradeResult(StorageFormat.Current, StorageFormat.Current, 0);
        }

        // No record: format 1, unless the database is new (no commit, this format's columns): then only the record is missing.
        var from = recorded ?? (await StorageFormat.IsEmptyInThisFormatAsync(store, cancellationToken).ConfigureAwait(false) ? StorageFormat.Current : 1);
        var restore = from < 3 ? await store.Dialect.PrepareTableRebuildAsync(store, cancellationToken).ConfigureAwait(false) : null;
        try
        {
            return await store.InTransactionAsync(async () =>
            {
                long indexed = 0;
                if (from < 2)
                {
                    if (!await StorageFormat.HasIntervalColumnAsync(store, cancellationToken).ConfigureAwait(false))
                    {
                        await AddIntervalColumnAsync(context, cancellationToken).ConfigureAwait(false);
                    }

                    var changes = DatabaseGuards.Guards(store).Single(g => g.Table == SystemTables.Changes);
                    foreach (var sql in store.Dialect.DropGuardStatements(changes))
                    {
                        await store.Db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
                    }

                    await DatabaseGuards.InstallAsync(store, cancellationToken).ConfigureAwait(false);
                    indexed = await store.ExecuteAsync(ChangeTable.CloseAllIntervalsSql, [], [], cancellationToken).ConfigureAwait(false);
                }

                if (from < 3 && store.Dialect.StoresIdsAsBytes)
                {
                    // The tables are rebuilt, their triggers with them: the guards are installed again.
                    await store.Dialect.ConvertIdColumnsAsync(store, cancellationToken).ConfigureAwait(false);
                    await DatabaseGuards.InstallAsync(store, cancellationToken).ConfigureAwait(false);
                }

                await StorageFormat.WriteAsync(store, StorageFormat.Current, cancellationToken).ConfigureAwait(false);
                return new StorageUpgradeResult(from, StorageFormat.Current, indexed);
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (restore is not null)
            {
                await restore().ConfigureAwait(false);
            }
        }
    }

    private static async Task AddIntervalColumnAsync(DbContext context, CancellationToken cancellationToken)
    {
        var model = context.GetService<IDesignTimeModel>().Model;
        var column = model.GetRelationalModel().FindTable(SystemTables.Changes, null)?.FindColumn("until_depth")
            ?? throw new VersioningNotConfiguredException($"The context's model has no {SystemTables.Changes}.until_depth column: configure it with UseVersioning() to upgrade the database.");
        var add = new AddColumnOperation
        {
            Table = SystemTables.Changes,
            Name = column.Name,
            ClrType = typeof(long),
            ColumnType = column.StoreType,
            IsNullable = true,
        };
        foreach (var command in context.GetService<IMigrationsSqlGenerator>().Generate([add], model))
        {
            await context.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken).ConfigureAwait(false);
        }
    }
}
