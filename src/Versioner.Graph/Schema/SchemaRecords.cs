using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Schema;

/// <summary>Reads and writes the <see cref="TypeRecord"/>s of a database.</summary>
internal static class SchemaRecords
{
    /// <summary>The key prefix of the field-set records (<see cref="FieldSignatures"/>): one per typed versioned type ever opened.</summary>
    private const string FieldsPrefix = "fields:";

    /// <summary>The type and field-set records, read over a bare connection (any engine: <c>key</c> is quoted, a reserved word in T-SQL).</summary>
    internal static readonly string ReadRecordsSql =
        $"SELECT {GraphStore.MetaKey}, value FROM {SystemTables.Meta} WHERE {GraphStore.MetaKey} LIKE '{TypeRecord.KeyPrefix}%' OR {GraphStore.MetaKey} LIKE '{FieldsPrefix}%' ORDER BY {GraphStore.MetaKey}";

    /// <summary>Sets a <c>versioner_meta</c> entry (<c>@p0</c> key, <c>@p1</c> value), inserting or replacing it.</summary>
    internal static string SetMetaSql(Dialect dialect) =>
        dialect.Upsert(SystemTables.Meta, [GraphStore.MetaKey, "value"], [GraphStore.MetaKey], "VALUES (@p0, @p1)", _ => "value = excluded.value");

    /// <summary>
    /// Records each type of the application's model whose record is missing or differs: one read of the records, one
    /// write per changed type.
    /// </summary>
    public static async Task RecordAsync(GraphStore store, CancellationToken cancellationToken)
    {
        if (store.Model.Types.Count == 0)
        {
            return;
        }

        var recorded = await store.Db.Set<MetaRow>().AsNoTracking().Where(m => m.Key.StartsWith(TypeRecord.KeyPrefix))
            .ToDictionaryAsync(m => m.Key, m => m.Value, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var type in store.Model.Types)
        {
            var record = TypeRecord.From(type, store.Model.ForeignKeys);
            var json = record.ToJson();
            if (recorded.TryGetValue(record.Key, out var before) && before == json)
            {
                continue;
            }

            await store.ExecuteAsync(
                SetMetaSql(store.Dialect),
                [store.Map.Text, store.Map.Text], [record.Key, json], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The recorded types, through the context (any opening).</summary>
    public static async Task<IReadOnlyList<TypeRecord>> ReadAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var rows = await store.Db.Set<MetaRow>().AsNoTracking().Where(m => m.Key.StartsWith(TypeRecord.KeyPrefix))
            .OrderBy(m => m.Key).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => TypeRecord.Parse(r.Key, r.Value)).ToArray();
    }

    /// <summary>
    /// The recorded types and the names of every typed versioned type the database knows of, read over a bare
    /// connection before any model exists.
    /// </summary>
    /// <exception cref="NotVersionerDatabaseException">The database has no Versioner tables.</exception>
    public static async Task<(IReadOnlyList<TypeRecord> Records, IReadOnlyList<string> Typed)> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var records = new List<TypeRecord>();
            var typed = new List<string>();
            await using var command = connection.CreateCommand();
            command.CommandText = ReadRecordsSql;
            DbDataReader reader;
            try
            {
                reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbException ex) when (Dialect.ForConnection(connection).MissingTable(ex) is not null)
            {
                // Only a missing table means "no Versioner here": a locked file, a file that is no database or a login
                // without access is the provider's error, which the public call translates and explains.
                throw new NotVersionerDatabaseException(
                    $"The database holds no Versioner history: it has no {SystemTables.Meta} table. Check the connection string names the right database.",
                    ex);
            }

            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var key = reader.GetString(0);
                    if (key.StartsWith(TypeRecord.KeyPrefix, StringComparison.Ordinal))
                    {
                        records.Add(TypeRecord.Parse(key, reader.GetString(1)));
                    }
                    else
                    {
                        typed.Add(key[FieldsPrefix.Length..]);
                    }
                }
            }

            return (records, typed);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }
}
