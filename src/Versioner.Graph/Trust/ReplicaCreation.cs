using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Versioner.Model;
using Versioner.Schema;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// Makes a database with no Versioner tables into an empty replica of a source (git's <c>init --bare</c>, with the
/// source's layout): Versioner's tables and a table per versioned type, created from the source's descriptions, and
/// the records a model-free opening and a later opening with the application's model read (storage format, each
/// type's description and field set). A push then fills it. One transaction: a failure leaves the database as it was.
/// </summary>
internal static class ReplicaCreation
{
    public static async Task CreateAsync(GraphStore source, DbConnection target, CancellationToken cancellationToken)
    {
        var dialect = Dialect.ForConnection(target);
        var records = await SourceRecordsAsync(source, cancellationToken).ConfigureAwait(false);
        var fieldSets = await FieldSetsAsync(source, cancellationToken).ConfigureAwait(false);
        if (dialect.Name != source.Dialect.Name)
        {
            // A store type names the source engine's type (numeric(18,2), timestamp with time zone, TEXT): on another
            // engine each column takes that engine's own type for its kind, as the application's model would give it.
            records = records.Select(r => r with { Schema = null, Columns = r.Columns.Select(c => c with { StoreType = "" }).ToArray() }).ToArray();
        }

        var opened = target.State != ConnectionState.Open;
        if (opened)
        {
            await target.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var context = ModelFreeOpening.CreateContext(target, ModelFreeShape.For(records, []));
            var existing = await context.Database.SqlQueryRaw<int>(dialect.CountTablesSql, SystemTables.Meta).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (existing[0] > 0)
            {
                throw new VersionerDatabaseExistsException(
                    $"The database holds Versioner's tables already ({SystemTables.Meta}): a replica is created only in a database without them, so no history is overwritten. Nothing was changed; push into it instead.");
            }

            var model = context.GetService<IDesignTimeModel>().Model;
            var operations = context.GetService<IMigrationsModelDiffer>().GetDifferences(null, model.GetRelationalModel());
            var commands = context.GetService<IMigrationsSqlGenerator>().Generate(operations, model);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var command in commands)
            {
                await context.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken).ConfigureAwait(false);
            }

            // The descriptions as this engine made the tables (its store types), the field sets as the source recorded them:
            // a version's checksum depends on those, and an application opening the replica with its model compares them.
            var versioned = VersionedModel.For(context);
            var meta = new List<(string Key, string Value)> { (StorageFormat.Key, StorageFormat.Current.ToString(CultureInfo.InvariantCulture)) };
            meta.AddRange(versioned.Types.Select(t => TypeRecord.From(t, versioned.ForeignKeys)).Select(r => (r.Key, r.ToJson())));
            meta.AddRange(fieldSets);
            var insert = $"INSERT INTO {SystemTables.Meta} ({GraphStore.MetaKey}, value) VALUES ({{0}}, {{1}})";
            foreach (var (key, value) in meta)
            {
                await context.Database.ExecuteSqlRawAsync(insert, [key, value], cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (opened)
            {
                await target.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The source's types as it describes them: from the application's model when it was opened with one, else the
    /// records its model-free opening was built from (every type readable: the caller checked).
    /// </summary>
    private static async Task<IReadOnlyList<TypeRecord>> SourceRecordsAsync(GraphStore source, CancellationToken cancellationToken)
    {
        if (!source.Model.IsModelFree)
        {
            return source.Model.Types.Select(t => TypeRecord.From(t, source.Model.ForeignKeys)).ToArray();
        }

        var names = source.Model.Types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return (await SchemaRecords.ReadAsync(source, cancellationToken).ConfigureAwait(false)).Where(r => names.Contains(r.Name)).ToArray();
    }

    /// <summary>
    /// The field set of each of the source's types (<see cref="FieldSignatures"/>): from the application's model, or as
    /// the source recorded it (a type emitted at run time has other CLR type names, an enum's among them).
    /// </summary>
    private static async Task<IReadOnlyList<(string Key, string Value)>> FieldSetsAsync(GraphStore source, CancellationToken cancellationToken)
    {
        if (!source.Model.IsModelFree)
        {
            return source.Model.Types.Select(t => (FieldSignatures.Key(t.Name), string.Join('\n', FieldSignatures.Of(t)))).ToArray();
        }

        var keys = source.Model.Types.Select(t => FieldSignatures.Key(t.Name)).ToArray();
        var rows = await source.Db.Set<MetaRow>().AsNoTracking().Where(m => keys.Contains(m.Key)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(m => (m.Key, m.Value)).ToArray();
    }
}
