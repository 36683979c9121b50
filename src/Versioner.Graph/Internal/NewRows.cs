using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// The rows a save adds that are known to be new: eternal ids, version rows and change rows, buffered in chunks and
/// written table by table (entities, then versions, then changes, so foreign keys hold). On PostgreSQL a large save
/// writes each chunk with binary COPY; otherwise, and for small saves, through one prepared statement per table.
/// A version still in the buffer can be edited in place before it is written.
/// </summary>
internal sealed class NewRows : IDisposable
{
    /// <summary>
    /// Versions in one save from which PostgreSQL gets binary COPY. Below it the three COPY commands (each a round
    /// trip plus a type lookup) cost more than the prepared statements; the benchmark's crossover is near 50 rows.
    /// </summary>
    public const int CopyThreshold = 100;

    /// <summary>Rows buffered before a flush: bounds memory on a save of millions of versions.</summary>
    private const int ChunkSize = 50_000;

    private readonly GraphStore _store;
    private readonly VersionTable _table;
    private readonly List<object?[]> _entities = [];
    private readonly List<object?[]> _versions = [];
    private readonly List<object?[]> _changes = [];
    private readonly Dictionary<VersionId, int> _versionAt = [];
    private readonly Dictionary<EternalId, int> _changeAt = [];
    private Statement? _insertEntity;
    private Statement? _insertVersion;
    private Statement? _insertChange;

    public NewRows(GraphStore store, VersionTable table, int versions)
    {
        _store = store;
        _table = table;
        UsesCopy = versions >= CopyThreshold && BinaryCopy.IsAvailable(store.Db);
    }

    /// <summary>Whether this save writes with binary COPY.</summary>
    public bool UsesCopy { get; }

    public bool IsFull => _versions.Count >= ChunkSize || _entities.Count >= ChunkSize;

    public void AddEntity(EternalId eternalId) => _entities.Add([eternalId, _table.EntityType]);

    public void AddVersion(VersionId versionId, object?[] columns)
    {
        _versionAt[versionId] = _versions.Count;
        _versions.Add(columns);
    }

    public void AddChange(CommitRow working, EternalId eternalId, VersionId versionId, byte[] checksum)
    {
        _changeAt[eternalId] = _changes.Count;
        _changes.Add([working.Id, eternalId, _table.EntityType, versionId, checksum, working.Segment, working.Depth, false]);
    }

    /// <summary>Replaces a version's columns if it is still buffered.</summary>
    public bool TryReplaceVersion(VersionId versionId, object?[] columns)
    {
        if (!_versionAt.TryGetValue(versionId, out var at))
        {
            return false;
        }

        _versions[at] = columns;
        return true;
    }

    /// <summary>Replaces the checksum on an entity's change row if it is still buffered.</summary>
    public bool TryReplaceChecksum(EternalId eternalId, byte[] checksum)
    {
        if (!_changeAt.TryGetValue(eternalId, out var at))
        {
            return false;
        }

        _changes[at][4] = checksum;
        return true;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var map = _store.Map;
        if (UsesCopy)
        {
            var db = _store.Db;
            var copied = 0UL;
            if (_entities.Count > 0)
            {
                copied += await BinaryCopy.WriteAsync(db, SystemTables.Entities, ["eternal_id", "entity_type"], [map.EternalId, map.Text], _entities, cancellationToken).ConfigureAwait(false);
            }

            if (_versions.Count > 0)
            {
                copied += await BinaryCopy.WriteAsync(db, _table.Name, _table.Columns, _table.Mappings, _versions, cancellationToken).ConfigureAwait(false);
            }

            if (_changes.Count > 0)
            {
                copied += await BinaryCopy.WriteAsync(db, SystemTables.Changes, ChangeColumns, ChangeMappings(map), _changes, cancellationToken).ConfigureAwait(false);
            }

            _store.RowsCopied += (long)copied;
        }
        else
        {
            _insertEntity ??= _store.Prepare($"INSERT INTO {SystemTables.Entities} (eternal_id, entity_type) VALUES (@p0, @p1)", map.EternalId, map.Text);
            _insertVersion ??= _store.Prepare(_table.InsertSql, _table.Mappings);
            _insertChange ??= _store.Prepare(
                $"INSERT INTO {SystemTables.Changes} ({string.Join(", ", ChangeColumns)}) VALUES ({string.Join(", ", ChangeColumns.Select((_, i) => $"@p{i}"))})",
                ChangeMappings(map));
            foreach (var row in _entities)
            {
                await _insertEntity.ExecuteAsync(cancellationToken, row).ConfigureAwait(false);
            }

            foreach (var row in _versions)
            {
                await _insertVersion.ExecuteAsync(cancellationToken, row).ConfigureAwait(false);
            }

            foreach (var row in _changes)
            {
                await _insertChange.ExecuteAsync(cancellationToken, row).ConfigureAwait(false);
            }
        }

        _entities.Clear();
        _versions.Clear();
        _changes.Clear();
        _versionAt.Clear();
        _changeAt.Clear();
    }

    private static readonly string[] ChangeColumns = ["commit_id", "eternal_id", "entity_type", "version_id", "version_checksum", "segment", "depth", "adopted"];

    private static Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping[] ChangeMappings(Mappings map) =>
        [map.CommitId, map.EternalId, map.Text, map.VersionId, map.Bytes, map.Long, map.Long, map.Bool];

    public void Dispose()
    {
        _insertEntity?.Dispose();
        _insertVersion?.Dispose();
        _insertChange?.Dispose();
    }
}
