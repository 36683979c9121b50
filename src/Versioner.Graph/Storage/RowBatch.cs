using Microsoft.EntityFrameworkCore.Storage;

namespace Versioner.Internal;

/// <summary>
/// New rows for several tables, buffered and written table by table in the order the tables were first named (so a
/// referenced table comes first and foreign keys hold): with binary COPY on PostgreSQL when <see cref="UsesCopy"/>,
/// otherwise through one prepared statement per table, kept across flushes. Only rows known to be new belong here:
/// neither path has <c>ON CONFLICT</c>.
/// </summary>
internal sealed class RowBatch : IDisposable
{
    private readonly GraphStore _store;
    private readonly List<Table> _tables = [];

    public RowBatch(GraphStore store, bool copy)
    {
        _store = store;
        UsesCopy = copy && store.Dialect.CanCopy;
    }

    /// <summary>Whether flushes use binary COPY.</summary>
    public bool UsesCopy { get; }

    /// <summary>Rows buffered since the last flush, all tables together.</summary>
    public int Count => _tables.Sum(t => t.Rows.Count);

    /// <summary>The buffer of a table (delimited name and columns, values in column order), registered on first use.</summary>
    public List<object?[]> Rows(string table, IReadOnlyList<string> columns, RelationalTypeMapping[] mappings)
    {
        foreach (var known in _tables)
        {
            if (string.Equals(known.Name, table, StringComparison.Ordinal))
            {
                return known.Rows;
            }
        }

        var added = new Table(table, [.. columns], mappings);
        _tables.Add(added);
        return added.Rows;
    }

    /// <summary>Eternal-id rows: (eternal_id, entity_type).</summary>
    public List<object?[]> Entities(Mappings map) =>
        Rows(Model.SystemTables.Entities, ["eternal_id", "entity_type"], [map.EternalId, map.Text]);

    /// <summary>Change rows: (commit_id, eternal_id, entity_type, version_id, version_checksum, segment, depth, adopted).</summary>
    public List<object?[]> Changes(Mappings map) =>
        Rows(Model.SystemTables.Changes, ChangeTable.InsertColumns, ChangeTable.InsertMappings(map));

    /// <summary>Finalized commit rows: (id, state, checksum, author, message, timestamp_us, segment, depth, generation, seq).</summary>
    public List<object?[]> Commits(Mappings map) =>
        Rows(Model.SystemTables.Commits, ["id", "state", "checksum", "author", "message", "timestamp_us", "segment", "depth", "generation", "seq"],
            [map.CommitId, map.State, map.Bytes, map.Text, map.Text, map.Long, map.Long, map.Long, map.Long, map.NullableLong]);

    /// <summary>Parent links: (commit_id, ordinal, parent_id).</summary>
    public List<object?[]> CommitParents(Mappings map) =>
        Rows(Model.SystemTables.CommitParents, ["commit_id", "ordinal", "parent_id"], [map.CommitId, map.Int, map.CommitId]);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var table in _tables)
        {
            if (table.Rows.Count == 0)
            {
                continue;
            }

            if (UsesCopy)
            {
                _store.RowsCopied += (long)await _store.Dialect.CopyAsync(_store.Db, table.Name, table.Columns, table.Mappings, table.Rows, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                table.Insert ??= _store.Prepare(
                    $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"))})",
                    table.Mappings);
                foreach (var row in table.Rows)
                {
                    await table.Insert.ExecuteAsync(cancellationToken, row).ConfigureAwait(false);
                }
            }

            table.Rows.Clear();
        }
    }

    public void Dispose()
    {
        foreach (var table in _tables)
        {
            table.Insert?.Dispose();
        }
    }

    private sealed class Table(string name, string[] columns, RelationalTypeMapping[] mappings)
    {
        public string Name { get; } = name;

        public string[] Columns { get; } = columns;

        public RelationalTypeMapping[] Mappings { get; } = mappings;

        public List<object?[]> Rows { get; } = [];

        public Statement? Insert { get; set; }
    }
}
