using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
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
    /// <summary>JSON text per statement: a chunk's string (UTF-16) and SQLite's UTF-8 copy stay below the large object heap's 85,000 bytes.</summary>
    private const int ChunkBytes = 32 * 1024;

    private readonly List<object?[]> _rows = [];
    private ArrayBufferWriter<byte> _buffer = new(ChunkBytes * 2);
    private readonly Utf8JsonWriter _writer;
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
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
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
            for (var next = 0; next < _rows.Count;)
            {
                await _json.ExecuteAsync(cancellationToken, RowsAsJson(ref next)).ConfigureAwait(false);
            }
        }
        finally
        {
            _rows.Clear();
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _statement?.Dispose();
        _json?.Dispose();
    }

    /// <summary>
    /// Escapes only what JSON requires (quotes, backslashes, control characters): the default encoder also escapes
    /// non-ASCII and HTML characters, which SQLite would only decode again.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static bool IsBytes(RelationalTypeMapping mapping) => (mapping.Converter?.ProviderClrType ?? mapping.ClrType) == typeof(byte[]);

    /// <summary>
    /// The rows from <paramref name="next"/> on as one JSON array, up to about <see cref="ChunkBytes"/>; advances
    /// <paramref name="next"/> past them. Chunks keep the text (and the copy SQLite's binding makes of it) out of the
    /// large object heap, whose collections cost more than the statements a chunk adds.
    /// </summary>
    private string RowsAsJson(ref int next)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartArray();
        while (next < _rows.Count && _writer.BytesPending + _buffer.WrittenCount < ChunkBytes)
        {
            var row = _rows[next++];
            _writer.WriteStartArray();
            for (var i = 0; i < row.Length; i++)
            {
                var value = row[i];
                if (value is not null && _mappings[i].Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                WriteValue(_writer, value);
            }

            _writer.WriteEndArray();
        }

        _writer.WriteEndArray();
        _writer.Flush();
        var json = Encoding.UTF8.GetString(_buffer.WrittenSpan);
        if (_buffer.Capacity > 4 * ChunkBytes)
        {
            // A very large row: do not keep its buffer.
            _buffer = new ArrayBufferWriter<byte>(ChunkBytes * 2);
            _writer.Reset(_buffer);
        }

        return json;
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
                Span<char> uuid = stackalloc char[36];
                guid.TryFormat(uuid, out _);
                Ascii.ToUpperInPlace(uuid, out _);
                writer.WriteStringValue(uuid);
                break;
            case byte[] { Length: <= 64 } bytes:
                Span<char> hex = stackalloc char[bytes.Length * 2];
                Convert.TryToHexString(bytes, hex, out _);
                writer.WriteStringValue(hex);
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
