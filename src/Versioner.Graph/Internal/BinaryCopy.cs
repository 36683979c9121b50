using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Versioner.Internal;

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
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < types.Length; i++)
            {
                var value = Statement.ToProvider(row[i], mappings[i]);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
                else if (types[i] is { } type)
                {
                    await importer.WriteAsync(value, type, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await importer.WriteAsync(value, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        // Without this call the importer's disposal cancels the COPY, and the server fails the transaction.
        return await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
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
