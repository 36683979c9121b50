using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Versioner.Internal;

/// <summary>
/// A parameterized SQL statement on the context's connection and transaction, built once and executed many times
/// (one prepared command per table on the bulk path). Parameters are typed by EF's mappings, so value conversions
/// and provider types (SQLite's text GUIDs, PostgreSQL's uuid) match what EF itself writes.
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly DbCommand _command;
    private readonly RelationalTypeMapping?[] _mappings;
    private readonly int _defaultTimeout;
    private bool _prepared;

    public Statement(DbContext db, string sql, params RelationalTypeMapping?[] mappings)
    {
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.CommandText = sql;
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // The context's timeout when one is set (long maintenance statements: retention over a large history).
        _defaultTimeout = _command.CommandTimeout;
        _command.CommandTimeout = db.Database.GetCommandTimeout() ?? _defaultTimeout;
        _mappings = mappings;
        for (var i = 0; i < mappings.Length; i++)
        {
            var mapping = mappings[i];
            if (mapping is null)
            {
                var parameter = _command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                _command.Parameters.Add(parameter);
            }
            else
            {
                _command.Parameters.Add(mapping.CreateParameter(_command, $"@p{i}", null, nullable: true));
            }
        }
    }

    private void Bind(object?[] values)
    {
        for (var i = 0; i < _mappings.Length; i++)
        {
            _command.Parameters[i].Value = ToProvider(values[i], _mappings[i]) ?? DBNull.Value;
        }

        if (!_prepared)
        {
            _prepared = true;
            _command.Prepare();
        }
    }

    /// <summary>
    /// Stores date and time values exactly as their canonical form: whole microseconds, rounded down, instants in UTC.
    /// Providers otherwise round differently (Npgsql truncates toward 2000-01-01, so a 1974 instant rounds up), and
    /// PostgreSQL's timestamptz accepts only UTC offsets.
    /// </summary>
    private static object? Canonicalize(object? value) => value switch
    {
        DateTimeOffset instant => new DateTimeOffset(Floor(instant.UtcTicks), TimeSpan.Zero),
        DateTime dateTime => new DateTime(Floor(dateTime.Ticks), dateTime.Kind),
        TimeSpan span => TimeSpan.FromTicks(Floor(span.Ticks)),
        TimeOnly time => new TimeOnly(Floor(time.Ticks)),
        _ => value,
    };

    /// <summary>The value as the provider stores it: canonical date and time, then EF's value conversion.</summary>
    public static object? ToProvider(object? value, RelationalTypeMapping? mapping)
    {
        value = Canonicalize(value);
        var converter = mapping?.Converter;
        return value is not null && converter is not null ? converter.ConvertToProvider(value) : value;
    }

    private static long Floor(long ticks) => ticks - (((ticks % 10) + 10) % 10);

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        return await _command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<DbDataReader> ReaderAsync(CancellationToken cancellationToken, params object?[] values)
    {
        Bind(values);
        return await _command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the next executions in <paramref name="db"/>'s current transaction, under its command timeout: a statement
    /// kept across transactions (and contexts on one connection).
    /// </summary>
    public void Enlist(DbContext db)
    {
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        _command.CommandTimeout = db.Database.GetCommandTimeout() ?? _defaultTimeout;
    }

    public void Dispose() => _command.Dispose();
}
