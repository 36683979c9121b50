using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Versioner.Internal;

/// <summary>
/// Rows of one table collected in memory and written together: on SQLite in one statement per flush
/// (<c>INSERT ... SELECT ... FROM json_each(@p0)</c>, the rows passed as one JSON array, so the per-statement and
/// per-parameter cost is paid once per flush instead of once per row); on other providers row by row through one
/// prepared <see cref="Statement"/>. Values are converted by EF's type mappings as <see cref="Statement"/> converts
/// them, and written in the form the provider stores them (SQLite: UUIDs as upper-case text, bytes as blobs).
/// </summary>
/// <remarks>Kept across transactions like a statement: call <see cref="Enlist"/> at the start of each.</remarks>
internal sealed class BulkInsert : IDisposable
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
    private readonly DbContext _db;
    private readonly RelationalTypeMapping[] _mappings;
    private readonly string _perRowSql;
    private readonly string? _jsonSql;
    private readonly List<object?[]> _rows = [];
    private Statement? _statement;
    private Statement? _json;

    /// <param name="db">The context whose connection and transaction are used.</param>
    /// <param name="table">The table (a name that needs no quoting).</param>
    /// <param name="columns">The columns written, in the order of each row's values.</param>
    /// <param name="mappings">EF's type mapping of each column.</param>
    public BulkInsert(DbContext db, string table, IReadOnlyList<string> columns, IReadOnlyList<RelationalTypeMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(mappings);
        if (columns.Count != mappings.Count || columns.Count == 0)
        {
            throw new ArgumentException($"Give one type mapping per column; got {columns.Count} columns and {mappings.Count} mappings.", nameof(mappings));
        }

        _db = db;
        _mappings = [.. mappings];
        var names = string.Join(", ", columns);
        _perRowSql = $"INSERT INTO {table} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        if (db.Database.ProviderName == SqliteProvider)
        {
            var values = string.Join(", ", _mappings.Select((m, i) => IsBytes(m) ? $"unhex(j.value ->> {i})" : $"j.value ->> {i}"));
            _jsonSql = $"INSERT INTO {table} ({names}) SELECT {values} FROM json_each(@p0) AS j";
        }
    }

    /// <summary>Rows waiting for <see cref="FlushAsync"/>.</summary>
    public int Count => _rows.Count;

    /// <summary>Queues one row: one value per column, as the entity property holds it (converted on flush).</summary>
    public void Add(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _mappings.Length)
        {
            throw new ArgumentException($"A row of this table has {_mappings.Length} values; got {values.Length}.", nameof(values));
        }

        _rows.Add(values);
    }

    /// <summary>Forgets the queued rows (their transaction was rolled back).</summary>
    public void Clear() => _rows.Clear();

    /// <summary>Runs the next flushes in the context's current transaction.</summary>
    public void Enlist()
    {
        _statement?.Enlist(_db);
        _json?.Enlist(_db);
    }

    /// <summary>Writes the queued rows in the context's current transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        try
        {
            if (_jsonSql is null || _rows.Count == 1)
            {
                _statement ??= new Statement(_db, _perRowSql, _mappings);
                foreach (var row in _rows)
                {
                    await _statement.ExecuteAsync(cancellationToken, row).ConfigureAwait(false);
                }

                return;
            }

            _json ??= new Statement(_db, _jsonSql, [null]);
            await _json.ExecuteAsync(cancellationToken, RowsAsJson()).ConfigureAwait(false);
        }
        finally
        {
            _rows.Clear();
        }
    }

    public void Dispose()
    {
        _statement?.Dispose();
        _json?.Dispose();
    }

    private static bool IsBytes(RelationalTypeMapping mapping) => (mapping.Converter?.ProviderClrType ?? mapping.ClrType) == typeof(byte[]);

    private string RowsAsJson()
    {
        var buffer = new ArrayBufferWriter<byte>(_rows.Count * 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var row in _rows)
            {
                writer.WriteStartArray();
                for (var i = 0; i < row.Length; i++)
                {
                    var value = row[i];
                    if (value is not null && _mappings[i].Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    WriteValue(writer, value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A value as SQLite stores it through Microsoft.Data.Sqlite: UUIDs as upper-case text, bytes as hex (unhex on insert).</summary>
    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case Guid guid:
                writer.WriteStringValue(guid.ToString().ToUpperInvariant());
                break;
            case byte[] bytes:
                writer.WriteStringValue(Convert.ToHexString(bytes));
                break;
            case bool flag:
                writer.WriteNumberValue(flag ? 1 : 0);
                break;
            case long or int or short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case Enum:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            default:
                throw new NotSupportedException($"A bulk insert writes text, UUIDs, bytes, integers and booleans; a {value.GetType().Name} needs the per-row path.");
        }
    }
}
