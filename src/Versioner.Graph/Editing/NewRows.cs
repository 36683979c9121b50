using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// The rows a save adds that are known to be new: eternal ids and version rows, buffered in chunks and written table by
/// table (entities, then versions, so foreign keys hold; the version row is the version's only record, storage format 7). On PostgreSQL a large save
/// writes each chunk with binary COPY; otherwise, and for small saves, through one prepared statement per table.
/// A version still in the buffer can be edited in place before it is written.
/// </summary>
internal sealed class NewRows : IDisposable
{
    /// <summary>
    /// Versions in one save from which PostgreSQL gets binary COPY. Measured (docs/performance.md, scenario 5): a save
    /// of 10 new versions is faster through prepared statements (3.8 vs 5.7 ms), one of 25 through COPY (7.9 vs 26 ms),
    /// because each COPY costs a round trip of its own while each statement costs one per row.
    /// </summary>
    public const int CopyThreshold = 20;

    /// <summary>Rows buffered before a flush: bounds memory on a save of millions of versions.</summary>
    public const int ChunkSize = 50_000;

    private readonly VersionTable _table;
    private readonly int _chunkSize;
    private readonly RowBatch _batch;
    private readonly List<object?[]> _entities;
    private readonly List<object?[]> _versions;
    private readonly Dictionary<VersionId, int> _versionAt = [];

    public NewRows(GraphStore store, VersionTable table, int versions)
    {
        _table = table;
        _chunkSize = store.BulkChunkSize;
        _batch = new RowBatch(store, copy: versions >= store.CopyThreshold);
        _entities = _batch.Entities(store.Map);
        _versions = _batch.Rows(table.Name, table.Columns, table.Mappings);
    }

    /// <summary>Whether this save writes with binary COPY.</summary>
    public bool UsesCopy => _batch.UsesCopy;

    public bool IsFull => _versions.Count >= _chunkSize || _entities.Count >= _chunkSize;

    public void AddEntity(EternalId eternalId) => _entities.Add([eternalId, _table.EntityType]);

    /// <summary>A new version of the working commit, at its place, with its checksum.</summary>
    public void AddVersion(CommitRow working, VersionId versionId, object?[] columns, byte[] checksum)
    {
        _versionAt[versionId] = _versions.Count;
        _versions.Add(VersionTable.Row(columns, working.Segment, working.Depth, checksum));
    }

    /// <summary>Replaces a version's columns and checksum if it is still buffered (its place stays).</summary>
    public bool TryReplaceVersion(VersionId versionId, object?[] columns, byte[] checksum)
    {
        if (!_versionAt.TryGetValue(versionId, out var at))
        {
            return false;
        }

        var row = _versions[at];
        _versions[at] = VersionTable.Row(columns, (long)row[columns.Length]!, (long)row[columns.Length + 1]!, checksum);
        return true;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _batch.FlushAsync(cancellationToken).ConfigureAwait(false);
        _versionAt.Clear();
    }

    public void Dispose() => _batch.Dispose();
}
