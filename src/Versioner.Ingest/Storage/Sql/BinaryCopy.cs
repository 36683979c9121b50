using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Versioner.Ingest.Storage.Sql;

/// <summary>
/// PostgreSQL's binary COPY on the context's connection, inside its transaction: the rows of one table stream to the
/// server in one command instead of one round trip each. Values go through the same canonicalization and EF value
/// conversions as <see cref="Statement"/> and are typed by the <see cref="NpgsqlDbType"/> EF's mapping gives its own
/// parameters, so the stored bytes are those the statement path stores. COPY has no <c>ON CONFLICT</c>: callers
/// send only rows they know are new (a duplicate fails the COPY, and so the transaction).
/// </summary>
internal static class BinaryCopy
{
    /// <summary>Whether the context's connection can COPY (PostgreSQL through Npgsql).</summary>
    public static bool IsAvailable(DbContext db) => db.Database.GetDbConnection() is NpgsqlConnection;

    /// <summary>Copies <paramref name="rows"/> (values in <paramref name="columns"/> order) into <paramref name="table"/>.</summary>
    /// <returns>The number of rows the server received.</returns>
    public static async Task<ulong> WriteAsync(
        DbContext db, string table, IReadOnlyList<string> columns, RelationalTypeMapping?[] mappings, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var types = TypesOf(connection, mappings);
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        var writers = new Writer?[types.Length];
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < types.Length; i++)
            {
                var value = Statement.ToProvider(row[i], mappings[i]);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                // Written as its own CLR type: Npgsql resolves a column's converter once for a typed write, but for
                // every value when handed an object.
                var writer = writers[i];
                if (writer is null || writer.Type != value.GetType())
                {
                    writer = writers[i] = Writer.For(value.GetType());
                }

                await writer.Write(importer, value, types[i], cancellationToken).ConfigureAwait(false);
            }
        }

        // Without this call the importer's disposal cancels the COPY, and the server fails the transaction.
        return await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A typed write of one CLR type, made once per type and cached.</summary>
    private sealed class Writer
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Writer> Cache = new();

        private Writer(Type type, Func<NpgsqlBinaryImporter, object, NpgsqlDbType?, CancellationToken, Task> write)
        {
            Type = type;
            Write = write;
        }

        public Type Type { get; }

        public Func<NpgsqlBinaryImporter, object, NpgsqlDbType?, CancellationToken, Task> Write { get; }

        public static Writer For(Type type) => Cache.GetOrAdd(type, static t => new Writer(
            t,
            typeof(Writer).GetMethod(nameof(WriteAs), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(t)
                .CreateDelegate<Func<NpgsqlBinaryImporter, object, NpgsqlDbType?, CancellationToken, Task>>()));

        private static Task WriteAs<T>(NpgsqlBinaryImporter importer, object value, NpgsqlDbType? type, CancellationToken cancellationToken) =>
            type is { } dbType ? importer.WriteAsync((T)value, dbType, cancellationToken) : importer.WriteAsync((T)value, cancellationToken);
    }

    /// <summary>The wire type EF would give each column's parameter; null where EF leaves it to the value's CLR type.</summary>
    private static NpgsqlDbType?[] TypesOf(NpgsqlConnection connection, RelationalTypeMapping?[] mappings)
    {
        using var command = connection.CreateCommand();
        var types = new NpgsqlDbType?[mappings.Length];
        for (var i = 0; i < mappings.Length; i++)
        {
            if (mappings[i]?.CreateParameter(command, $"p{i}", null, nullable: true) is NpgsqlParameter parameter
                && parameter.NpgsqlDbType != NpgsqlDbType.Unknown)
            {
                types[i] = parameter.NpgsqlDbType;
            }
        }

        return types;
    }
}
