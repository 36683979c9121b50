using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Internal;

namespace Versioner;

/// <summary>
/// Rows of one of the application's own tables, queued in memory and written together in the context's transaction
/// by the bulk path Versioner writes its own rows with: on SQLite one statement per chunk of about 32 KB (the rows as
/// one JSON parameter), on PostgreSQL binary <c>COPY</c> from 20 rows on, on other engines one prepared statement per
/// row. For a process that records rows of its own beside a <see cref="DocumentWriter"/> at a high rate (the ingest
/// service records each version it received, in the transaction that stores it).
/// </summary>
/// <remarks>
/// <para>
/// Values are converted by EF's type mapping of each column (value converters included) and stored as EF itself
/// stores them; date and time values are stored to the whole microsecond, rounded down, as Versioner stores its own.
/// Rows must be new: <c>COPY</c> has no <c>ON CONFLICT</c>, so a duplicate key fails the flush, and with it the
/// transaction.
/// </para>
/// <para>
/// The writer keeps its statements prepared across transactions: the context's connection must stay open while it
/// lives (<c>Database.OpenConnectionAsync()</c>), call <see cref="Enlist"/> at the start of every transaction after
/// the first and <see cref="FlushAsync"/> before each commit. Not thread-safe.
/// </para>
/// </remarks>
public sealed class BulkRowWriter : IDisposable
{
    private readonly BulkInsert _insert;

    /// <summary>Prepares writing rows of <paramref name="entityType"/>'s table, one value per property in <paramref name="properties"/>.</summary>
    /// <param name="context">The context whose connection and current transaction the rows are written in.</param>
    /// <param name="entityType">The CLR type of an entity of <paramref name="context"/>'s model mapped to a table.</param>
    /// <param name="properties">The names of the entity's properties written, in the order of each row's values.</param>
    /// <exception cref="ArgumentException">The model maps no such entity type to a table, has no such property, or no property is named.</exception>
    /// <exception cref="UnsupportedDatabaseProviderException">The context's EF provider is not one Versioner supports.</exception>
    public BulkRowWriter(DbContext context, Type entityType, IReadOnlyList<string> properties)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(properties);
        var entity = context.Model.FindEntityType(entityType)
            ?? throw new ArgumentException($"{context.GetType().Name}'s model has no entity type {entityType.Name}.", nameof(entityType));
        var table = entity.GetTableName()
            ?? throw new ArgumentException($"{entityType.Name} is not mapped to a table.", nameof(entityType));
        if (properties.Count == 0)
        {
            throw new ArgumentException("Name at least one property to write.", nameof(properties));
        }

        var sql = context.GetService<ISqlGenerationHelper>();
        var mapped = properties
            .Select(name => entity.FindProperty(name)
                ?? throw new ArgumentException($"{entityType.Name} has no property {name}.", nameof(properties)))
            .ToArray();
        _insert = new BulkInsert(
            context,
            sql.DelimitIdentifier(table, entity.GetSchema()),
            [.. mapped.Select(p => sql.DelimitIdentifier(p.GetColumnName()))],
            [.. mapped.Select(p => p.GetRelationalTypeMapping())]);
    }

    /// <summary>Rows queued and not yet written.</summary>
    public int Count => _insert.Count;

    /// <summary>Queues one row: one value per property, in the constructor's order, as the entity's property holds it.</summary>
    /// <exception cref="ArgumentException">The row has not one value per property.</exception>
    /// <exception cref="NotSupportedException">On SQLite, a value of a type the bulk path does not write (it writes text, UUIDs, bytes, integers and booleans).</exception>
    public void Add(params object?[] values) => _insert.Add(values);

    /// <summary>Runs the next flushes in the context's current transaction: call at the start of each transaction after the first.</summary>
    public void Enlist() => _insert.Enlist();

    /// <summary>Writes the queued rows in the context's current transaction; call before committing. The queue is empty afterwards, written or not.</summary>
    /// <exception cref="DuplicateKeyException">A row's key is already in the table (the transaction is failed: roll it back).</exception>
    /// <exception cref="DatabaseException">The database refused the rows.</exception>
    public Task FlushAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => _insert.FlushAsync(cancellationToken));

    /// <summary>Releases the prepared statements.</summary>
    public void Dispose() => _insert.Dispose();
}
