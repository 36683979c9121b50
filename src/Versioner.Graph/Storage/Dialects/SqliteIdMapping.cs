using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Internal;

namespace Versioner.Storage.Dialects;

/// <summary>
/// EF's type mapping of an id column on SQLite (16 bytes in RFC 9562 order, <see cref="IdBytes"/>): the blob mapping
/// EF's SQLite provider makes for the column, with the same converter, store type, parameters, literals and JSON form
/// (so <c>Contains</c> over a list still reads <c>unhex(value)</c>), read differently. EF's materializer reads a blob
/// column with <c>GetFieldValue&lt;byte[]&gt;</c>, a new array per id through Microsoft.Data.Sqlite's generic path;
/// this mapping has it read the column's bytes in place from the statement (SQLitePCL) into a per-thread buffer that
/// the id's converter turns into the id at once (<see cref="Read"/>).
/// </summary>
internal sealed class SqliteIdMapping : ByteArrayTypeMapping
{
    private static readonly MethodInfo GetBytesMethod = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!.MakeGenericMethod(typeof(byte[]));

    private static readonly MethodInfo ReadMethod = typeof(SqliteIdMapping).GetMethod(nameof(Read), BindingFlags.Public | BindingFlags.Static)!;

    [ThreadStatic]
    private static byte[]? _buffer;

    private SqliteIdMapping(RelationalTypeMappingParameters parameters)
        : base(parameters)
    {
    }

    /// <summary>
    /// <paramref name="mapping"/> (EF's own mapping of an id column: a blob mapping with one of Versioner's 16-byte
    /// converters) read in place; any other mapping as it is.
    /// </summary>
    public static RelationalTypeMapping Of(RelationalTypeMapping mapping) =>
        mapping is ByteArrayTypeMapping and not SqliteIdMapping && mapping.Converter?.ProviderClrType == typeof(byte[])
            ? new SqliteIdMapping(new RelationalTypeMappingParameters(
                new CoreTypeMappingParameters(
                    typeof(byte[]), mapping.Converter, mapping.Comparer, mapping.KeyComparer, mapping.ProviderValueComparer,
                    jsonValueReaderWriter: mapping.JsonValueReaderWriter),
                mapping.StoreType, mapping.StoreTypePostfix, mapping.DbType, mapping.IsUnicode, mapping.Size, mapping.IsFixedLength,
                mapping.Precision, mapping.Scale))
            : mapping;

    /// <summary>
    /// The id column's bytes: read in place from the statement when <paramref name="reader"/> is Microsoft.Data.Sqlite's
    /// and the column holds 16 bytes, copied into this thread's buffer (valid until the next read on the thread: the
    /// materializer hands it straight to the converter, which makes the id of it); otherwise (another reader, such as
    /// EF's buffering one, or a value that is no id: NULL, text, another length) as EF reads it, with its errors.
    /// </summary>
    public static byte[] Read(DbDataReader reader, int ordinal)
    {
        if (reader is SqliteDataReader { IsClosed: false, Handle: { } statement })
        {
            var bytes = SQLitePCL.raw.sqlite3_column_blob(statement, ordinal);
            if (bytes.Length == IdBytes.Length)
            {
                var buffer = _buffer ??= new byte[IdBytes.Length];
                bytes.CopyTo(buffer);
                return buffer;
            }
        }

        return reader.GetFieldValue<byte[]>(ordinal);
    }

    /// <summary>EF's <c>reader.GetFieldValue&lt;byte[]&gt;(ordinal)</c> becomes <see cref="Read"/>; a read from EF's buffer stays as it is.</summary>
    public override Expression CustomizeDataReaderExpression(Expression expression) =>
        expression is MethodCallExpression { Object: { } reader, Arguments: [var ordinal] } call && call.Method == GetBytesMethod
            ? Expression.Call(ReadMethod, reader, ordinal)
            : expression;

    protected override RelationalTypeMapping Clone(RelationalTypeMappingParameters parameters) => new SqliteIdMapping(parameters);
}
