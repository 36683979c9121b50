using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Versioner.Internal;
using Versioner.Model;

namespace Versioner.Storage.Dialects;

/// <summary>
/// Storage format 2 to 3 on SQLite: every table of the model with an id column (Versioner's tables, the versioned
/// types' tables, any other table storing Versioner's id types) is rebuilt with the DDL a new database gets (EF's
/// migrations SQL generator over the model, as <c>EnsureCreated</c> makes it), its ids converted from 36-character
/// text to 16 bytes in RFC 9562 order (<see cref="IdBytes"/>), then its indexes made again. SQLite cannot change a
/// column's declared type in place; this is its documented way (a new table, the rows copied, the old one dropped,
/// the new one renamed), run with foreign keys off (<see cref="SqliteDialect.PrepareTableRebuildAsync"/>) and checked
/// with <c>foreign_key_check</c> before the transaction commits. The guards' triggers go with their tables and are
/// installed again by the caller.
/// </summary>
internal static class SqliteIdColumns
{
    private const string Suffix = "__format3";

    public static async Task<long> ConvertAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var db = store.Db;
        var model = db.GetService<IDesignTimeModel>().Model;
        var relational = model.GetRelationalModel();
        var operations = db.GetService<IMigrationsModelDiffer>().GetDifferences(null, relational);
        var generator = db.GetService<IMigrationsSqlGenerator>();

        // Every table first, so that a table the rebuild would lose columns of is refused before anything changes.
        var rebuilds = new List<(CreateTableOperation Create, List<string> Columns, HashSet<string> Ids)>();
        foreach (var create in operations.OfType<CreateTableOperation>())
        {
            var table = relational.FindTable(create.Name, create.Schema);
            var ids = table?.Columns.Where(IsId).Select(c => c.Name).ToHashSet(StringComparer.Ordinal) ?? [];
            if (ids.Count == 0)
            {
                continue;
            }

            var existing = await store.QueryAsync(
                "SELECT name FROM pragma_table_info(@p0)", [store.Map.Text], [create.Name], r => r.GetString(0), cancellationToken).ConfigureAwait(false);
            if (existing.Count == 0)
            {
                // Not in this database (a table the model has and the database lacks: CreateMissingTablesAsync's job).
                continue;
            }

            var modelColumns = create.Columns.Select(c => c.Name).ToList();
            var unmapped = existing.Except(modelColumns, StringComparer.Ordinal).ToList();
            if (unmapped.Count > 0)
            {
                throw new VersioningNotConfiguredException(
                    $"Table {create.Name} has columns the model does not map ({string.Join(", ", unmapped)}); storage format 3 rebuilds the table as the model makes it, which would drop them. Map them in the model (or drop them), then upgrade again. Nothing was changed.");
            }

            rebuilds.Add((create, modelColumns.Where(existing.Contains).ToList(), ids));
        }

        // Triggers name other tables (the guards name versioner_commits): none may stand while one is missing.
        foreach (var guard in DatabaseGuards.Guards(store))
        {
            foreach (var sql in store.Dialect.DropGuardStatements(guard))
            {
                await db.Database.ExecuteSqlRawAsync(sql, cancellationToken).ConfigureAwait(false);
            }
        }

        long rows = 0;
        foreach (var (create, columns, ids) in rebuilds)
        {
            var name = create.Name;
            var values = columns.Select(c => ids.Contains(c) ? $"CASE WHEN typeof({Quote(c)}) = 'text' THEN unhex(replace({Quote(c)}, '-', '')) ELSE {Quote(c)} END" : Quote(c));
            create.Name = name + Suffix;
            foreach (var command in generator.Generate([create], model))
            {
                await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken).ConfigureAwait(false);
            }

            create.Name = name;
#pragma warning disable EF1002 // identifiers from the model, not input
            rows += await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO {Quote(name + Suffix)} ({string.Join(", ", columns.Select(Quote))}) SELECT {string.Join(", ", values)} FROM {Quote(name)}",
                cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync($"DROP TABLE {Quote(name)}", cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync($"ALTER TABLE {Quote(name + Suffix)} RENAME TO {Quote(name)}", cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
            var indexes = operations.OfType<CreateIndexOperation>().Where(i => i.Table == name && i.Schema == create.Schema).ToList();
            foreach (var command in generator.Generate(indexes, model))
            {
                await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken).ConfigureAwait(false);
            }
        }

        var broken = await store.QueryAsync("SELECT \"table\" FROM pragma_foreign_key_check", [], [], r => r.GetString(0), cancellationToken).ConfigureAwait(false);
        if (broken.Count > 0)
        {
            throw new DatabaseException(
                $"Converting the ids to 16 bytes left rows whose foreign keys name no row ({string.Join(", ", broken.Distinct())}): the database held such rows before (written with foreign keys off). Nothing was changed; find them with PRAGMA foreign_key_check.", null);
        }

        return rows;
    }

    private static bool IsId(IColumn column) =>
        column.PropertyMappings.Any(m => VersionerConverters.IsBytes(m.TypeMapping.Converter));

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
