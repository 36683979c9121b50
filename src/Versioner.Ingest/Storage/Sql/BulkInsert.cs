using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Versioner.Ingest.Storage.Sql;

/// <summary>
/// Rows of one table collected in memory and written together: on SQLite in one statement per chunk of about 32 KB
/// (<c>INSERT ... SELECT ... FROM json_each(@p0)</c>, the rows passed as one JSON array, so the per-statement and
/// per-parameter cost is paid once per chunk instead of once per row), each row written into its chunk's JSON when it
/// is added (so the values a caller passes die young instead of waiting for the flush); on PostgreSQL with binary COPY
/// from <see cref="CopyThreshold"/> rows on (<see cref="BinaryCopy"/>), fewer row by row; on other providers row by
/// row through one prepared <see cref="Statement"/>. Values are converted by EF's type mappings as <see cref="Statement"/> converts
/// them, and written in the form the provider stores them (SQLite: UUIDs as upper-case text, bytes as blobs).
/// </summary>
/// <remarks>Kept across transactions like a statement: call <see cref="Enlist"/> at the start of each.</remarks>
internal sealed class BulkInsert : IDisposable
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>JSON text per statement, so a chunk stays below the large object heap's 85,000 bytes.</summary>
    private const int ChunkBytes = 32 * 1024;

    /// <summary>Chunk arrays are a multiple of this, padded with spaces.</summary>
    private const int PadBytes = 4096;

    /// <summary>Chunk arrays kept for reuse: at most this many, of at most <see cref="MaxSpareBytes"/> each (about 2.4 MB per table).</summary>
    private const int MaxSpares = 64;

    private const int MaxSpareBytes = ChunkBytes + 4 * PadBytes;

    /// <summary>
    /// Escapes only what JSON requires (quotes, backslashes, control characters): the default encoder also escapes
    /// non-ASCII and HTML characters, which SQLite would only decode again.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>Rows from which a flush on PostgreSQL uses binary COPY (as the workspace's save does).</summary>
    public const int CopyThreshold = 20;

    private readonly DbContext _db;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly bool _copy;
    private readonly RelationalTypeMapping[] _mappings;

    /// <summary>Each column's conversion to the provider's type (EF's value converter), or null.</summary>
    private readonly Func<object?, object?>?[] _toProvider;
    private readonly string _perRowSql;
    private readonly string? _jsonSql;

    /// <summary>Queued rows, on providers without the JSON form.</summary>
    private readonly List<object?[]> _rows = [];

    /// <summary>Finished chunks (JSON arrays of rows, padded with spaces to their array's length), on SQLite.</summary>
    private readonly List<byte[]> _chunks = [];

    /// <summary>
    /// Chunk arrays of flushed transactions, reused by the next: each chunk is a fresh 32-36 KB otherwise, about a
    /// megabyte of new memory written per thousand rows.
    /// </summary>
    private readonly List<byte[]> _spare = [];
    private ArrayBufferWriter<byte> _buffer = new(ChunkBytes * 2);
    private readonly Utf8JsonWriter _writer;

    /// <summary>Rows in the chunk being written.</summary>
    private int _open;
    private int _count;
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
        _table = table;
        _columns = [.. columns];
        _copy = BinaryCopy.IsAvailable(db);
        _mappings = [.. mappings];
        _toProvider = [.. _mappings.Select(m => m.Converter?.ConvertToProvider)];
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
        var names = string.Join(", ", columns);
        _perRowSql = $"INSERT INTO {table} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        if (db.Database.ProviderName == SqliteProvider)
        {
            var values = string.Join(", ", _mappings.Select((m, i) => IsBytes(m) ? $"unhex(j.value ->> {i})" : $"j.value ->> {i}"));
            // The rows arrive as UTF-8 bytes (a blob) and are read as text: no conversion to UTF-16 and back.
            _jsonSql = $"INSERT INTO {table} ({names}) SELECT {values} FROM json_each(CAST(@p0 AS TEXT)) AS j";
        }
    }

    /// <summary>Rows waiting for <see cref="FlushAsync"/>.</summary>
    public int Count => _count;

    /// <summary>Queues one row: one value per column, as the entity property holds it (converted by EF's mapping).</summary>
    public void Add(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != _mappings.Length)
        {
            throw new ArgumentException($"A row of this table has {_mappings.Length} values; got {values.Length}.", nameof(values));
        }

        _count++;
        if (_jsonSql is null)
        {
            _rows.Add(values);
            return;
        }

        if (_open == 0)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer); // (the buffer may be a new one)
            _writer.WriteStartArray();
        }

        _writer.WriteStartArray();
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value is not null && _toProvider[i] is { } convert)
            {
                value = convert(value);
            }

            WriteValue(_writer, value);
        }

        _writer.WriteEndArray();
        _open++;
        if (_writer.BytesPending + _buffer.WrittenCount >= ChunkBytes)
        {
            CloseChunk();
        }
    }

    /// <summary>Forgets the queued rows (their transaction was rolled back).</summary>
    public void Clear()
    {
        _rows.Clear();
        foreach (var chunk in _chunks)
        {
            if (chunk.Length <= MaxSpareBytes && _spare.Count < MaxSpares)
            {
                _spare.Add(chunk);
            }
        }

        _chunks.Clear();
        _open = 0;
        _count = 0;
    }

    /// <summary>Runs the next flushes in the context's current transaction.</summary>
    public void Enlist()
    {
        _statement?.Enlist(_db);
        _json?.Enlist(_db);
    }

    /// <summary>Writes the queued rows in the context's current transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_count == 0)
        {
            return;
        }

        try
        {
            if (_jsonSql is null && _copy && _rows.Count >= CopyThreshold)
            {
                await BinaryCopy.WriteAsync(_db, _table, _columns, _mappings, _rows, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (_jsonSql is null)
            {
                _statement ??= new Statement(_db, _perRowSql, _mappings);
                foreach (var row in _rows)
                {
                    await _statement.ExecuteAsync(cancellationToken, row).ConfigureAwait(false);
                }

                return;
            }

            if (_open > 0)
            {
                CloseChunk();
            }

            _json ??= new Statement(_db, _jsonSql, [null]);
            foreach (var chunk in _chunks)
            {
                await _json.ExecuteAsync(cancellationToken, chunk).ConfigureAwait(false);
            }
        }
        finally
        {
            Clear();
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _statement?.Dispose();
        _json?.Dispose();
    }

    private static bool IsBytes(RelationalTypeMapping mapping) => (mapping.Converter?.ProviderClrType ?? mapping.ClrType) == typeof(byte[]);

    private void CloseChunk()
    {
        _writer.WriteEndArray();
        _writer.Flush();
        var json = _buffer.WrittenSpan;

        // Arrays come in steps of 4 KB, so one of the last transaction's nearly always fits; the rest of it is spaces,
        // which JSON allows after the value (json_each reads the whole parameter).
        var size = (json.Length + PadBytes - 1) / PadBytes * PadBytes;
        var at = _spare.FindLastIndex(a => a.Length == size);
        byte[] chunk;
        if (at >= 0)
        {
            chunk = _spare[at];
            _spare.RemoveAt(at);
        }
        else
        {
            chunk = GC.AllocateUninitializedArray<byte>(size);
        }

        json.CopyTo(chunk);
        chunk.AsSpan(json.Length).Fill((byte)' ');
        _chunks.Add(chunk);
        _open = 0;
        if (_buffer.Capacity > 4 * ChunkBytes)
        {
            _buffer = new ArrayBufferWriter<byte>(ChunkBytes * 2); // a very large row: do not keep its buffer
        }
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
