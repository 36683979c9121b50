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
/// tables rebuilt as a new database has them, and the guards installed again. Format 3 to 4: each versioned type's table
/// and the documents table get the place columns (<see cref="PlaceColumns"/>, added first, where missing, so the steps
/// before see format 4's tables), filled from each version's own change row, and their guards installed again (they
/// now leave a finalized row's validity to finalize). Format 4 to 5: the manifests table (created first in the transaction,
/// where missing, as <see cref="SystemTableUpgrade"/> makes tables) gets each finalized commit's manifest
/// (<see cref="CommitManifest"/>) from its change rows. Format 5 to 6: each table of versions gets the model's indexes by
/// place where missing (<see cref="PlaceColumns.Configure"/>), and the index of the eternal id alone that the one by
/// entity and place replaces is dropped where it is still there. Format 6 to 7: every version's own change row whose
/// version row holds the same facts is deleted (phase C; adoptions, removals and pruned versions' rows stay). Then it
/// records the format. An older database goes straight to the current format. Checksums are of content only, so none
/// changes.
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
        if (from < 4)
        {
            await RefuseUndescribedAsync(store, cancellationToken).ConfigureAwait(false);
        }

        var restore = from < 3 ? await store.Dialect.PrepareTableRebuildAsync(store, cancellationToken).ConfigureAwait(false) : null;

        try
        {
            return await store.InTransactionAsync(async () =>
            {
                long indexed = 0;
                if (from < 5)
                {
                    // First, so that the steps below (SQLite's rebuild of every table of the model) see this format's tables.
                    await SystemTableUpgrade.CreateMissingInTransactionAsync(context, cancellationToken).ConfigureAwait(false);
                }

                if (from < 4)
                {
                    await AddPlaceColumnsAsync(store, cancellationToken).ConfigureAwait(false);
                }

                if (from < 2)
                {
                    if (!await StorageFormat.HasIntervalColumnAsync(store, cancellationToken).ConfigureAwait(false))
                    {
                        await AddIntervalColumnAsync(context, cancellationToken).ConfigureAwait(false);
                    }

                    await DropChangesGuardAsync(store, cancellationToken).ConfigureAwait(false);
                    await DatabaseGuards.InstallAsync(store, cancellationToken).ConfigureAwait(false);
                    indexed = await store.ExecuteAsync(ChangeTable.CloseAllIntervalsSql, [], [], cancellationToken).ConfigureAwait(false);
                }

                if (from < 3 && store.Dialect.StoresIdsAsBytes)
                {
                    // The tables are rebuilt, their triggers with them: the guards are installed again.
                    await store.Dialect.ConvertIdColumnsAsync(store, cancellationToken).ConfigureAwait(false);
                    await DatabaseGuards.InstallAsync(store, cancellationToken).ConfigureAwait(false);
                }

                if (from < 4)
                {
                    // The guards of format 3 refuse any change to a finalized version's row: dropped while the rows are
                    // filled, then installed as this format has them.
                    foreach (var sql in DatabaseGuards.Guards(store).Where(g => g.Writable is not null).SelectMany(store.Dialect.DropGuardStatements))
                    {
                        await store.Db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
                    }

                    foreach (var table in VersionTable.All(store))
                    {
                        await store.ExecuteAsync(table.FillFromChangesSql(store.Dialect), [], [], cancellationToken).ConfigureAwait(false);
                    }

                    await DatabaseGuards.InstallAsync(store, cancellationToken).ConfigureAwait(false);
                }

                if (from < 5)
                {
                    await WriteManifestsAsync(store, cancellationToken).ConfigureAwait(false);
                }

                if (from < 6)
                {
                    await IndexPlacesAsync(store, cancellationToken).ConfigureAwait(false);
                }

                if (from < 7)
                {
                    await DeleteOwnChangeRowsAsync(store, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// The manifest of every finalized commit that has none, from its change rows: 500 commits' rows per read, one
    /// prepared insert per commit.
    /// </summary>
    private static async Task WriteManifestsAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var commits = await store.QueryAsync(
            $"SELECT id FROM {SystemTables.Commits} c WHERE state = @p0 AND NOT EXISTS (SELECT 1 FROM {SystemTables.Manifests} m WHERE m.commit_id = c.id)",
            [store.Map.State], [CommitState.Finalized], reader => new CommitId(GuidColumn.Read(reader, 0)), cancellationToken).ConfigureAwait(false);
        using var insert = store.Prepare(CommitManifest.InsertSql, [store.Map.CommitId, store.Map.Bytes]);
        foreach (var chunk in commits.Chunk(500))
        {
            var changes = (await store.Changes.OfCommitsAsync(chunk, cancellationToken).ConfigureAwait(false)).ToLookup(c => c.CommitId);
            foreach (var commit in chunk)
            {
                await insert.ExecuteAsync(cancellationToken, [commit, CommitManifest.Of(changes[commit])]).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The change rows' guard dropped, for a step that rewrites them; the step installs the guards again.</summary>
    private static async Task DropChangesGuardAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var changes = DatabaseGuards.Guards(store).Single(g => g.Table == SystemTables.Changes);
        foreach (var sql in store.Dialect.DropGuardStatements(changes))
        {
            await store.Db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Every version's own change row that its version row holds every fact of, deleted (phase C: the version row is the
    /// version's only record; reads take it through <see cref="ChangeSource.VersionRowsSql"/>), table by table. The
    /// change rows' guard refuses deleting a finalized row: dropped for the step and installed again, in the upgrade's
    /// transaction.
    /// </summary>
    private static async Task DeleteOwnChangeRowsAsync(GraphStore store, CancellationToken cancellationToken)
    {
        await DropChangesGuardAsync(store, cancellationToken).ConfigureAwait(false);

        foreach (var table in VersionTable.All(store))
        {
            await store.ExecuteAsync(table.DeleteOwnChangeRowsSql(store.Dialect), [], [], cancellationToken).ConfigureAwait(false);
        }

        await DatabaseGuards.InstallAsync(store, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Each table of versions: the model's indexes that lead with or hold the place columns, where the database lacks
    /// them (an application's EF migration may have made them, and SQLite's rebuild from format 2 makes every index of
    /// the model); then the eternal id's index of format 5 (EF's name for it) dropped, where the database still has
    /// it and the model has no index of that name. With EF's DDL for the provider.
    /// </summary>
    private static async Task IndexPlacesAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var context = store.Db;
        var model = context.GetService<IDesignTimeModel>().Model;
        var operations = new List<MigrationOperation>();
        foreach (var (name, schema) in TablesOfVersions(model))
        {
            var table = model.GetRelationalModel().FindTable(name, schema)!;
            var byPlace = table.Indexes.Where(i => i.Columns.Any(c => c.Name == PlaceColumns.Segment)).ToList();
            foreach (var index in byPlace)
            {
                if (!await StorageFormat.HasIndexAsync(store, name, index.Name, cancellationToken).ConfigureAwait(false))
                {
                    operations.Add(CreateIndexOperation.CreateFrom(index));
                }
            }

            // The index by entity and place leads with the eternal id: EF named the index of that column alone so.
            if (byPlace.FirstOrDefault(i => i.Columns[0].PropertyMappings.Any(m => m.Property.Name == nameof(Versioned.EternalId))) is { } byEntity)
            {
                var superseded = Uniquifier.Truncate($"IX_{name}_{byEntity.Columns[0].Name}", model.GetMaxIdentifierLength());
                if (table.Indexes.All(i => i.Name != superseded) && await StorageFormat.HasIndexAsync(store, name, superseded, cancellationToken).ConfigureAwait(false))
                {
                    operations.Add(new DropIndexOperation { Name = superseded, Table = name, Schema = schema });
                }
            }
        }

        foreach (var command in context.GetService<IMigrationsSqlGenerator>().Generate(operations, model))
        {
            await context.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The tables of versions the model maps: each versioned type's root table and the documents table.</summary>
    private static IEnumerable<(string Name, string? Schema)> TablesOfVersions(IModel model) =>
        model.GetEntityTypes()
            .Where(e => e.BaseType is null && (e.ClrType == typeof(DocumentRow) || typeof(Versioned).IsAssignableFrom(e.ClrType)))
            .Select(e => (e.GetTableName()!, e.GetSchema()));

    private static Task AddIntervalColumnAsync(DbContext context, CancellationToken cancellationToken) =>
        AddColumnsAsync(context, SystemTables.Changes, null, ["until_depth"], cancellationToken);

    /// <summary>The place columns, on each table of versions that lacks them (an application's EF migration may have added them).</summary>
    private static async Task AddPlaceColumnsAsync(GraphStore store, CancellationToken cancellationToken)
    {
        foreach (var (name, schema) in TablesOfVersions(store.Db.GetService<IDesignTimeModel>().Model))
        {
            if (!await StorageFormat.HasColumnAsync(store, name, PlaceColumns.Segment, cancellationToken).ConfigureAwait(false))
            {
                await AddColumnsAsync(store.Db, name, schema, PlaceColumns.All, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Adds <paramref name="columns"/> as the model maps them, with EF's DDL for the provider (a column that may not be null starts at 0).</summary>
    private static async Task AddColumnsAsync(DbContext context, string table, string? schema, IEnumerable<string> columns, CancellationToken cancellationToken)
    {
        var model = context.GetService<IDesignTimeModel>().Model;
        var mapped = model.GetRelationalModel().FindTable(table, schema);
        var operations = new List<MigrationOperation>();
        foreach (var name in columns)
        {
            var column = mapped?.FindColumn(name)
                ?? throw new VersioningNotConfiguredException($"The context's model has no {table}.{name} column: configure it with UseVersioning() to upgrade the database.");
            operations.Add(new AddColumnOperation
            {
                Table = table,
                Schema = schema,
                Name = column.Name,
                ClrType = column.ProviderClrType,
                ColumnType = column.StoreType,
                IsNullable = column.IsNullable,
                DefaultValue = column.IsNullable ? null : Activator.CreateInstance(column.ProviderClrType),
            });
        }

        foreach (var command in context.GetService<IMigrationsSqlGenerator>().Generate(operations, model))
        {
            await context.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Refuses, before anything changes, a database holding versions of a type whose table the context's model lacks (a
    /// model-free opening of a type never described): its rows would not get format 4's columns, and no opening could
    /// read them after.
    /// </summary>
    private static async Task RefuseUndescribedAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var model = store.Db.GetService<IDesignTimeModel>().Model;
        var described = model.GetEntityTypes().Select(e => e.FindAnnotation(VersioningAnnotations.EntityTypeName)?.Value as string).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var named = await store.QueryAsync(
            $"SELECT DISTINCT entity_type FROM {SystemTables.Entities} EXCEPT SELECT DISTINCT entity_type FROM {SystemTables.Documents}",
            [], [], r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        if (named.FirstOrDefault(n => !described.Contains(n)) is { } undescribed)
        {
            throw new UndescribedTypeException(undescribed,
                $"The database holds versions of {undescribed}, whose table this model does not map, so its rows cannot be upgraded to storage format {StorageFormat.Current}. Upgrade with the application's context (Repository.UpgradeStorageAsync(context)), or open the database once with the application's model so that it describes {undescribed}, then upgrade again. Nothing was changed.");
        }
    }
}
