using System.Data.Common;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// The lean write path for a process that is the only writer of a branch and stores dynamic documents (the ingest
/// service): versions go into the working commit, and the working commit is finalized, through prepared statements
/// reused for the whole transaction instead of one EF round trip per step. It writes exactly the rows
/// <see cref="Workspace.SaveDocumentAsync(string, EternalId, System.Text.Json.JsonElement, VersionId?, CancellationToken)"/>,
/// <see cref="Workspace.RemoveDocumentAsync"/> and <see cref="Workspace.FinalizeAsync"/> write, so
/// Verify and every read see no difference.
/// </summary>
/// <remarks>
/// The caller owns the transactions: open the appender inside one, call <see cref="Enlist"/> at the start of every
/// later one and <see cref="FlushAsync"/> before each commit (versions, change rows and eternal ids are queued and
/// written in bulk, and the branch moves once per transaction, to its last commit), and keep it across transactions
/// that commit (its statements stay prepared and it remembers the working
/// commit, its parent and the entity types it saw). After a rollback it no longer matches the database: dispose it
/// and open a new one. Documents have no snapshot constraints or declared references, so finalize checks none; a
/// working commit with a merge in progress is refused at open.
/// </remarks>
internal sealed class DocumentAppender : IDisposable
{
    private const int MaxCachedEntities = 100_000;
    private readonly GraphStore _store;
    private readonly Dictionary<EternalId, string> _types = [];
    private readonly HashSet<EternalId> _absent = [];
    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private CommitRow _working;
    private CommitRow? _parent;
    private AncestryPath? _path;
    private readonly CommitWriter _writer;
    private readonly BulkInsert _entities;
    private readonly BulkInsert _documents;
    private readonly VersionTable _documentTable;
    private readonly BulkInsert _changes;

    /// <summary>The working commit's changes, when it was created here (empty then); null when opened with unknown changes.</summary>
    private List<(EternalId EternalId, VersionId? VersionId, byte[]? Checksum)>? _workingChanges;

    /// <summary>Where the branch points in the database (it moves once per transaction, in <see cref="FlushAsync"/>).</summary>
    private CommitId? _branchHead;

    /// <summary>The last commit finalized here and not yet written to the branch.</summary>
    private CommitId? _branchTarget;

    private DocumentAppender(GraphStore store, CommitRow working, CommitRow? parent)
    {
        _store = store;
        _working = working;
        _parent = parent;
        _branchHead = parent?.Id;
        _writer = new CommitWriter(store, prepared: true);
        var map = store.Map;
        _entities = new BulkInsert(store.Db, SystemTables.Entities, ["eternal_id", "entity_type"], [map.EternalId, map.Text]);
        _documentTable = VersionTable.ForDocuments("", map);
        _documents = new BulkInsert(store.Db, SystemTables.Documents, _documentTable.Columns, _documentTable.Mappings);
        _changes = new BulkInsert(store.Db, SystemTables.Changes, ChangeTable.InsertColumns, ChangeTable.InsertMappings(map));
    }

    /// <summary>The working commit versions go into now (it changes after each finalize).</summary>
    public CommitId WorkingId => _working.Id;

    /// <summary>The branch the working commit finalizes onto.</summary>
    public string Branch => _working.Branch!;

    /// <summary>Opens the working commit <paramref name="workingId"/> inside the caller's transaction.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open on the context.</exception>
    /// <exception cref="RevisionNotFoundException">No working commit has that id.</exception>
    /// <exception cref="BranchMovedException">The branch no longer points at the working commit's parent.</exception>
    public static async Task<DocumentAppender> OpenAsync(GraphStore store, CommitId workingId, CancellationToken cancellationToken)
    {
        if (store.Db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A document appender writes inside its caller's transaction; begin one on the context first.");
        }

        var working = await store.GetCommitRowAsync(workingId, cancellationToken).ConfigureAwait(false);
        if (working.State != CommitState.Working || working.Branch is null)
        {
            throw new WorkingCommitFinalizedException(workingId);
        }

        var parents = await store.QueryAsync(
            $"SELECT parent_id FROM {SystemTables.CommitParents} WHERE commit_id = @p0 ORDER BY ordinal",
            [store.Map.CommitId], [workingId], reader => new CommitId(GuidColumn.Read(reader, 0)), cancellationToken).ConfigureAwait(false);
        if (parents.Count > 1)
        {
            throw new MergeInProgressException(workingId, $"Working commit {workingId} holds a merge in progress; finalize or abort it through its workspace first.");
        }

        var parent = parents.Count == 0 ? null : await store.GetCommitRowAsync(parents[0], cancellationToken).ConfigureAwait(false);
        var head = await store.FindRefAsync(working.Branch, cancellationToken).ConfigureAwait(false);
        if (head?.CommitId != parent?.Id)
        {
            throw new BranchMovedException(working.Branch, parent?.Id, head?.CommitId);
        }

        return new DocumentAppender(store, working, parent);
    }

    /// <summary>Runs the next statements in the context's current transaction (call at the start of each transaction after the first).</summary>
    /// <exception cref="InvalidOperationException">No transaction is open on the context.</exception>
    public void Enlist()
    {
        if (_store.Db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A document appender writes inside its caller's transaction; begin one on the context first.");
        }

        foreach (var statement in _statements.Values)
        {
            statement.Enlist(_store.Db);
        }

        _entities.Enlist();
        _documents.Enlist();
        _changes.Enlist();

        // Another branch's finalize may have taken the next sequence number since the last transaction.
        _writer.Enlist();

        // The entity-type cache only saves lookups; bounded so a long-running writer does not keep every id it saw.
        if (_types.Count + _absent.Count > MaxCachedEntities)
        {
            _types.Clear();
            _absent.Clear();
        }
    }

    /// <summary>The entity types of those of <paramref name="ids"/> that exist, in one query (the ids bound as one list parameter).</summary>
    public async Task<IReadOnlyDictionary<EternalId, string>> EntityTypesAsync(IEnumerable<EternalId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var result = new Dictionary<EternalId, string>();
        var unknown = new List<EternalId>();
        foreach (var id in IdList.Distinct(ids))
        {
            if (_types.TryGetValue(id, out var type))
            {
                result[id] = type;
            }
            else if (!_absent.Contains(id))
            {
                unknown.Add(id);
            }
        }

        if (unknown.Count > 0)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);

            // One statement whatever the count: the ids are one list parameter (json_each on SQLite, = ANY on PostgreSQL).
            var (mapping, list) = _store.Dialect.IdListParameter(_store.Map, unknown.Select(id => id.Value));
            var rows = await QueryAsync(
                EntityTypes.ByIdSql(_store.Dialect),
                [mapping],
                [list],
                reader => (Id: new EternalId(GuidColumn.Read(reader, 0)), Type: reader.GetString(1)),
                cancellationToken).ConfigureAwait(false);
            foreach (var (id, type) in rows)
            {
                result[id] = _types[id] = type;
            }

            foreach (var id in unknown.Where(id => !result.ContainsKey(id)))
            {
                _absent.Add(id);
            }
        }

        return result;
    }

    /// <summary>True when <paramref name="eternalId"/> is present (not removed) in the working state.</summary>
    public async Task<bool> IsPresentAsync(EternalId eternalId, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        _path ??= await _store.PathAsync(_working, cancellationToken).ConfigureAwait(false);
        var change = await _store.Changes.CurrentOfAsync(_path, eternalId, cancellationToken).ConfigureAwait(false);
        return change?.VersionId is not null;
    }

    /// <summary>
    /// Saves a version of a document in the working commit. The entity must not already have a change in this
    /// working commit (finalize first).
    /// </summary>
    /// <exception cref="EntityTypeMismatchException">The eternal id belongs to another entity type; nothing was written.</exception>
    /// <exception cref="NotADocumentTypeException">The type name is a CLR entity's; nothing was written.</exception>
    public async ValueTask SaveAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var (entityType, eternalId, id) = (version.EntityType, version.EternalId, version.VersionId);
        if (_store.Model.Find(entityType) is { } typed)
        {
            throw new NotADocumentTypeException(entityType, typed.ClrType.Name);
        }

        if (!TryEnsureEntity(entityType, eternalId))
        {
            await EnsureEntityAsync(entityType, eternalId, cancellationToken).ConfigureAwait(false);
        }

        var bytes = version.Checksum.ToByteArray();
        _documents.Add(VersionTable.Row([id, eternalId, _working.Id, entityType, version.Document.Json], _working.Segment, _working.Depth, bytes));
        _workingChanges?.Add((eternalId, id, bytes));
        _path = null;
    }

    /// <summary>Records the removal of a document in the working commit (which must hold no change of it yet).</summary>
    /// <exception cref="EntityTypeMismatchException">The eternal id belongs to another entity type.</exception>
    /// <exception cref="EntityNotFoundException">The document is not in the working state.</exception>
    public async Task RemoveAsync(string entityType, EternalId eternalId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        var known = await EntityTypesAsync([eternalId], cancellationToken).ConfigureAwait(false);
        if (known.TryGetValue(eternalId, out var existing) && !string.Equals(existing, entityType, StringComparison.Ordinal))
        {
            throw new EntityTypeMismatchException(eternalId, existing, entityType);
        }

        if (!await IsPresentAsync(eternalId, cancellationToken).ConfigureAwait(false))
        {
            throw new EntityNotFoundException(entityType, eternalId.Value, "is not in the working commit's parent snapshot, so there is nothing to remove");
        }

        var map = _store.Map;
        _changes.Add(ChangeTable.Row(_working.Id, eternalId, entityType, null, null, _working.Segment, _working.Depth, adopted: false));
        _workingChanges?.Add((eternalId, null, null));
        _path = null;
    }

    /// <summary>
    /// Finalizes the working commit through the same <see cref="CommitWriter"/> as <see cref="Finalizer"/> does a whole
    /// working commit (placed in the first-parent tree, checksummed from its recorded version checksums; the branch is
    /// moved to it by compare-and-swap in <see cref="FlushAsync"/>), and opens the next working commit on top of it.
    /// </summary>
    /// <returns>The finalized commit.</returns>
    /// <exception cref="NothingToCommitException">The working commit holds no change.</exception>
    public async Task<Commit> FinalizeAsync(string author, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(message);
        FieldValue.CheckText(author, nameof(author));
        FieldValue.CheckText(message, nameof(message));
        var working = _working;
        var changes = _workingChanges ?? await RecordedChangesAsync(working.Id, cancellationToken).ConfigureAwait(false);
        if (changes.Count == 0)
        {
            throw new NothingToCommitException(working.Id);
        }

        var parent = _parent;
        var (segment, depth) = await _writer.PlaceAsync(parent, working.Segment, changes.Count, working.Branch, cancellationToken).ConfigureAwait(false);
        var seq = await _writer.NextSequenceAsync(cancellationToken).ConfigureAwait(false);
        if (segment != working.Segment || depth != working.Depth)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            await _writer.MoveChangesAsync(working.Id, segment, depth, cancellationToken).ConfigureAwait(false);
        }

        var timestamp = _writer.Now();
        var checksum = CommitWriter.ChecksumOf(
            parent is null ? [] : [new Checksum(parent.Checksum!)],
            changes.Where(c => c.Checksum is not null).Select(c => new Checksum(c.Checksum!)),
            changes.Where(c => c.Checksum is null).Select(c => c.EternalId),
            author,
            message,
            timestamp);
        var commit = new CommitRow
        {
            Id = working.Id,
            State = CommitState.Working,
            Checksum = checksum.ToByteArray(),
            Author = author,
            Message = message,
            TimestampMicros = Timestamps.ToUnixMicroseconds(timestamp),
            Segment = segment,
            Depth = depth,
            Generation = CommitWriter.Generation(parent is null ? [] : [parent]),
            Seq = seq,
            Branch = working.Branch,
        };
        await _writer.FinalizeAsync(commit, CommitManifest.Of(changes.Select(c => CommitManifest.Key(c.EternalId, c.VersionId))), cancellationToken).ConfigureAwait(false);
        _writer.Placed(commit.Id, segment, depth, [_documentTable]);
        if (segment != working.Segment)
        {
            // The commit continues its parent's segment; its private segment is no longer needed.
            await _writer.ReleaseSegmentAsync(working.Segment, cancellationToken).ConfigureAwait(false);
        }

        // The branch moves once, to the last commit, when the transaction's rows are flushed: nothing reads it in between.
        _branchTarget = commit.Id;
        _working = await CreateWorkingCommitAsync(working.Branch!, commit, cancellationToken).ConfigureAwait(false);
        _workingChanges = [];
        _parent = commit;
        _path = null;
        return new Commit(commit, parent is null ? [] : [parent.Id]);
    }

    /// <summary>
    /// Writes the rows saved so far (versions, change rows, eternal ids are queued and written in bulk) and moves the
    /// branch to the last commit finalized (compare-and-swap); call before committing. Reads and finalizes that need
    /// the rows flush first on their own.
    /// </summary>
    /// <exception cref="BranchMovedException">The branch moved under this writer; the caller's transaction must be rolled back.</exception>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        // Foreign keys: eternal ids before the versions and change rows that name them.
        await _entities.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _documents.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _changes.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _writer.CloseIntervalsAsync(cancellationToken).ConfigureAwait(false);
        if (_branchTarget is { } target)
        {
            await _writer.MoveBranchAsync(_working.Branch!, _branchHead, target, cancellationToken).ConfigureAwait(false);
            _branchHead = target;
            _branchTarget = null;
        }
    }

    public void Dispose()
    {
        _entities.Dispose();
        _documents.Dispose();
        _changes.Dispose();
        _writer.Dispose();
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }

    /// <summary>The statement for <paramref name="sql"/>, prepared once and kept (the SQL text is its key).</summary>
    private Statement Prepared(string sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = _store.Prepare(sql, mappings);
            _statements[sql] = statement;
        }

        return statement;
    }

    private Task<int> ExecuteAsync(string sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings, object?[] values, CancellationToken cancellationToken) =>
        Prepared(sql, mappings).ExecuteAsync(cancellationToken, values);

    private async Task<List<T>> QueryAsync<T>(string sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings, object?[] values, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await Prepared(sql, mappings).ReaderAsync(cancellationToken, values).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>
    /// The next working commit on top of <paramref name="parent"/>, placed where its finalize will put it: the next
    /// slot of the parent's segment, as a workspace's first edit takes it (<see cref="WorkingCommits.CreateAsync"/>;
    /// here regardless of other branches at the parent, since this branch has one writer). Its change rows are then
    /// written in their final place, so finalizing updates no change row and no segment. A checkout by someone else that
    /// finalizes first finds the slot taken and forks, as with any concurrent working commit; a workspace's working
    /// commit holding the slot already leaves this one a private segment.
    /// </summary>
    private async Task<CommitRow> CreateWorkingCommitAsync(string branch, CommitRow parent, CancellationToken cancellationToken)
    {
        var map = _store.Map;
        var segment = parent.Segment;
        var row = new CommitRow
        {
            Id = CommitId.New(),
            State = CommitState.Working,
            Segment = segment,
            Depth = parent.Depth + 1,
            Generation = parent.Generation + 1,
            Branch = branch,
        };
        var inserted = await ExecuteAsync(
            WorkingCommits.InsertSql(_store.Dialect, ifSlotFree: true), WorkingCommits.InsertMappings(map), WorkingCommits.InsertValues(row), cancellationToken).ConfigureAwait(false);
        if (inserted == 0)
        {
            // A workspace's working commit holds the slot (WorkingCommits.CreateAsync): this one gets a private
            // segment, and its finalize forks there.
            row.Segment = await _store.NewSegmentAsync(parent.Segment, parent.Depth, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                WorkingCommits.InsertSql(_store.Dialect, ifSlotFree: false), WorkingCommits.InsertMappings(map), WorkingCommits.InsertValues(row), cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(WorkingCommits.ParentLinkSql, [map.CommitId, map.CommitId], [row.Id, parent.Id], cancellationToken).ConfigureAwait(false);
        return row;
    }

    /// <summary>
    /// <see cref="EnsureEntityAsync"/> without a query, when the entity's type is already known here (cached, or known
    /// absent): false when it must be looked up.
    /// </summary>
    private bool TryEnsureEntity(string entityType, EternalId eternalId)
    {
        if (_types.TryGetValue(eternalId, out var existing))
        {
            return string.Equals(existing, entityType, StringComparison.Ordinal)
                ? true
                : throw new EntityTypeMismatchException(eternalId, existing, entityType);
        }

        if (!_absent.Remove(eternalId))
        {
            return false;
        }

        _entities.Add(eternalId, entityType);
        _types[eternalId] = entityType;
        return true;
    }

    private async Task EnsureEntityAsync(string entityType, EternalId eternalId, CancellationToken cancellationToken)
    {
        var known = await EntityTypesAsync([eternalId], cancellationToken).ConfigureAwait(false);
        if (known.TryGetValue(eternalId, out var existing))
        {
            if (!string.Equals(existing, entityType, StringComparison.Ordinal))
            {
                throw new EntityTypeMismatchException(eternalId, existing, entityType);
            }

            return;
        }

        _entities.Add(eternalId, entityType);
        _absent.Remove(eternalId);
        _types[eternalId] = entityType;
    }

    /// <summary>
    /// The working commit's changes as stored: (eternal id, version checksum; null for a removal). Rows written before
    /// checksums were recorded at save are hashed now and recorded, as Finalizer does.
    /// </summary>
    private async Task<List<(EternalId EternalId, VersionId? VersionId, byte[]? Checksum)>> RecordedChangesAsync(CommitId working, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var map = _store.Map;
        var changes = await QueryAsync(
            $"SELECT eternal_id, entity_type, version_id, version_checksum FROM {ChangeReads.ChangeSetRows(_store, "")} WHERE commit_id = @p0",
            [map.CommitId], [working],
            reader => new ChangeRow
            {
                CommitId = working,
                EternalId = new EternalId(GuidColumn.Read(reader, 0)),
                EntityType = reader.GetString(1),
                VersionId = reader.IsDBNull(2) ? null : new VersionId(GuidColumn.Read(reader, 2)),
                VersionChecksum = reader.IsDBNull(3) ? null : (byte[])reader.GetValue(3),
            },
            cancellationToken).ConfigureAwait(false);
        await _writer.RecordChecksumsAsync(changes, cancellationToken).ConfigureAwait(false);
        return changes.Select(c => (c.EternalId, c.VersionId, c.VersionId is null ? null : c.VersionChecksum)).ToList();
    }
}
