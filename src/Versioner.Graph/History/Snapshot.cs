using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner;

/// <summary>
/// The state of every entity as of one commit (or of a working commit). Queries are translated to SQL over the
/// commit's ancestry path: no per-commit loops, nothing loaded but the rows asked for. Results are not tracked.
/// </summary>
public sealed class Snapshot
{
    private readonly GraphStore _store;
    private readonly AncestryPath _path;

    internal Snapshot(GraphStore store, CommitRow commit, AncestryPath path)
    {
        _store = store;
        _path = path;
        CommitId = commit.Id;
        IsWorking = commit.State == CommitState.Working;
    }

    /// <summary>The commit this is the state of.</summary>
    public CommitId CommitId { get; }

    /// <summary>True for a workspace's working state (still changing).</summary>
    public bool IsWorking { get; }

    /// <summary>How many ranges of the as-of index this snapshot's first-parent path crosses (one per fork; tests read it).</summary>
    internal int PathRangeCount => _path.Ranges.Count;

    /// <summary>The current versions of <typeparamref name="T"/>, as an <see cref="IQueryable{T}"/> to compose further.</summary>
    /// <remarks>
    /// As of an old commit, versions that retention pruned since are not in the results (their rows are gone, and an
    /// SQL query cannot return them); <see cref="PrunedAsync"/> lists exactly which, and single-entity reads
    /// (<see cref="FindAsync{T}"/>) throw <see cref="VersionPrunedException"/> for them. Branch and tag heads never
    /// have pruned versions.
    /// </remarks>
    /// <example><code>var revenue = await snapshot.Query&lt;BookRevenue&gt;().Where(r => r.Year == 2024).SumAsync(r => r.Amount);</code></example>
    public IQueryable<T> Query<T>()
        where T : Versioned =>
        SnapshotQueries.Query<T>(_store, _path, _store.Model.Get(typeof(T)).Name);

    /// <summary>
    /// The current version of one entity, or null when it is not in this snapshot. This is how a reference by
    /// eternal id resolves.
    /// </summary>
    /// <exception cref="VersionPrunedException">The entity is in this snapshot, but retention pruned its version here.</exception>
    /// <exception cref="HistoryDamagedException">The entity is in this snapshot, but its version's row was deleted outside Versioner (<see cref="Repository.VerifyAsync(IProgress{VerifyProgress}, CancellationToken)"/> lists every such row).</exception>
    public Task<T?> FindAsync<T>(EternalId eternalId, CancellationToken cancellationToken = default)
        where T : Versioned =>
        ProviderErrors.RunAsync(() => FindCoreAsync<T>(eternalId, cancellationToken));

    private async Task<T?> FindCoreAsync<T>(EternalId eternalId, CancellationToken cancellationToken)
        where T : Versioned
    {
        // One round trip: the entity's newest change on the path (through the (eternal id, segment, depth) index) names
        // the version, read by key in the same statement, which skips translating the path condition on every call. Two
        // indexed lookups, whatever the size of the history. A path bound as data (longer than AncestryPath.InlineLimit
        // ranges: a range per merged pull request, as placed before the placement rule) would cost a scan of its ranges
        // in the statement: there the entity's own change places (an index-only read) tell which the path holds, and
        // the same statement runs on the path's one commit that holds the newest.
        var type = _store.Model.Get(typeof(T));
        var path = _path;
        if (!path.IsInline)
        {
            if (await _store.Changes.NewestPlaceAsync(path, eternalId, cancellationToken).ConfigureAwait(false) is not { } place)
            {
                return null;
            }

            path = AncestryPath.At(place.Segment, place.Depth);
        }

        var (inPath, boundMappings, bounds) = path.Sql(_store, "ch", 1);
        // Only identifiers from the model go into the text; every value is a parameter. A type EF's materializer can make
        // from the row alone is read raw, the statement kept prepared (VersionedType.Read); others through EF (FromSql).
        var sql = FindSql(_store, type, inPath);
        ChangeRow? newest = null;
        var version = type.ReadsRows
            ? (T?)(await _store.QueryKeptAsync(
                    sql,
                    [_store.Map.EternalId, .. boundMappings],
                    [eternalId, .. bounds],
                    reader =>
                    {
                        newest = ReadNewestChange(reader, type.ColumnNames.Length);
                        return type.Read(_store.Db, reader, 0);
                    },
                    cancellationToken).ConfigureAwait(false)).FirstOrDefault()
            : await _store.Db.Set<T>().FromSqlRaw(
                    sql,
                    _store.Parameters([_store.Map.EternalId, .. boundMappings], [eternalId, .. bounds]))
                .AsNoTracking()
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            // Absent, removed, of another type or hidden by the model's query filter: null. A version of this type the
            // change row names without its row is pruned (said so) or deleted behind Versioner's back (damage, as every
            // other read of it says).
            var change = await _store.Changes.CurrentOfAsync(path, eternalId, cancellationToken).ConfigureAwait(false);
            if (change?.VersionId is { } versionId && change.EntityType == type.Name)
            {
                await PrunedMarks.ThrowIfPrunedAsync(_store, [versionId], cancellationToken).ConfigureAwait(false);
                var table = VersionTable.For(type, _store.Map);
                var rows = await _store.QueryAsync(
                    $"SELECT 1 FROM {table.Name} WHERE {table.VersionColumn} = @p0", [_store.Map.VersionId], [versionId], _ => true, cancellationToken).ConfigureAwait(false);
                if (rows.Count == 0)
                {
                    throw GraphStore.MissingRow(versionId);
                }
            }

            return null;
        }

        // A deleted newer version leaves this one in effect: the tell is where it ends.
        if (newest is not null)
        {
            await _store.Changes.ThrowIfChangeMissingAsync(_path, eternalId, [newest], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _store.Changes.CurrentOfAsync(_path, eternalId, cancellationToken).ConfigureAwait(false);
        }

        return Model.PointerScope.Bind(_store.Db, version);
    }

    private static ChangeRow ReadNewestChange(System.Data.Common.DbDataReader reader, int at) =>
        new() { Segment = reader.GetInt64(at), Depth = reader.GetInt64(at + 1), UntilDepth = reader.IsDBNull(at + 2) ? null : reader.GetInt64(at + 2) };

    /// <summary>
    /// The version of <paramref name="type"/> that entity <c>@p0</c>'s newest change on the path (<paramref name="inPath"/>,
    /// over change rows <c>ch</c>) names, read by key: its columns as <see cref="VersionedType.Read"/> takes them when the
    /// type <see cref="VersionedType.ReadsRows"/>, else the whole row for EF.
    /// </summary>
    internal static string FindSql(GraphStore store, VersionedType type, string inPath)
    {
        var newest = $"ch.eternal_id = @p0 AND {inPath}";
        if (type.ReadsRows)
        {
            // The newest change's place and end come with the version's columns, for
            // ChangeReads.ThrowIfChangeMissingAsync's tell: no second statement.
            var change = store.Dialect.SelectFirst(1, "ch.version_id, ch.segment, ch.depth, ch.until_depth",
                $"FROM {ChangeReads.NewestEntityRows(store, "ch", newest, type)} WHERE {newest} ORDER BY ch.depth DESC");
            return $"SELECT {type.SelectColumns("t")}, n.segment, n.depth, n.until_depth FROM ({change}) n JOIN {type.Table} t ON t.{type.VersionColumn} = n.version_id";
        }

        return $"SELECT t.* FROM {type.Table} t WHERE t.{type.VersionColumn} = "
            + $"({store.Dialect.SelectFirst(1, "ch.version_id", $"FROM {ChangeReads.NewestEntityRows(store, "ch", newest, type)} WHERE {newest} ORDER BY ch.depth DESC")})";
    }

    /// <summary>
    /// The versions current in this snapshot whose rows retention pruned: what <see cref="Query{T}"/> and
    /// <see cref="DocumentsAsync"/> leave out. Empty at branch and tag heads. Streamed; one query over the snapshot.
    /// </summary>
    public IAsyncEnumerable<PrunedVersion> PrunedAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.Stream(PrunedCoreAsync(cancellationToken), cancellationToken);

    private async IAsyncEnumerable<PrunedVersion> PrunedCoreAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = _store.Changes.Current(_path).Where(c => c.VersionId != null)
            .Join(_store.Db.Set<PrunedRow>(), c => c.VersionId, p => (VersionId?)p.VersionId, (c, p) => p)
            .AsNoTracking();
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return PrunedMarks.ToPublic(row);
        }
    }

    /// <summary>
    /// Entities whose set field holds <paramref name="member"/>: a many-to-many relation read from the member's side
    /// ("which books had this tag").
    /// </summary>
    public IQueryable<T> QueryContaining<T>(Expression<Func<T, EternalIdSet?>> set, EternalId member)
        where T : Versioned
    {
        ArgumentNullException.ThrowIfNull(set);
        return SnapshotQueries.Containing(_store, _path, _store.Model.Get(typeof(T)).Name, set, member);
    }

    /// <summary>The current versions of dynamic documents of one type, in eternal-id order, streamed a page (1,000) at a time: the repository may be used between documents.</summary>
    /// <remarks>As of an old commit, versions retention pruned are left out, as in <see cref="Query{T}"/>; <see cref="PrunedAsync"/> lists them.</remarks>
    public IAsyncEnumerable<Document> DocumentsAsync(string entityType, CancellationToken cancellationToken = default) =>
        ProviderErrors.Stream(DocumentsCoreAsync(entityType, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<Document> DocumentsCoreAsync(string entityType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        await foreach (var row in DocumentRowsAsync(entityType, cancellationToken).ConfigureAwait(false))
        {
            yield return new Document(row.EntityType, row.EternalId, row.VersionId, row.CommitId, row.Data);
        }
    }

    /// <summary>
    /// The versions of one entity type current in this snapshot, typed or documents, as canonical content (the view
    /// checksums and diffs use), ordered by eternal id and streamed a page (1,000 rows) at a time, so the repository may
    /// be used between rows. This is how a tool without the
    /// application's classes lists rows (<see cref="Repository.OpenAsync(System.Data.Common.DbConnection, RepositoryOptions?, CancellationToken)"/>).
    /// </summary>
    /// <param name="entityType">The versioned name of the type (<see cref="EntityTypeSchema.Name"/>) or a document type.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <remarks>As of an old commit, versions retention pruned are left out, as in <see cref="Query{T}"/>; <see cref="PrunedAsync"/> lists them.</remarks>
    /// <exception cref="UndescribedTypeException">The repository was opened without the application's model and cannot read this type.</exception>
    public IAsyncEnumerable<VersionContent> ContentsAsync(string entityType, CancellationToken cancellationToken = default) =>
        ProviderErrors.Stream(ContentsCoreAsync(entityType, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<VersionContent> ContentsCoreAsync(string entityType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        // A page at a time (keyset on the eternal id, in the database's order), each read to the end before its rows
        // are handed out: between rows the connection is free for the caller's own calls, which PostgreSQL (one open
        // command per connection) would otherwise refuse mid-stream.
        if (_store.Model.Find(entityType) is { } type)
        {
            EternalId? after = null;
            while (true)
            {
                var query = type.AsOf(_store, _path);
                if (after is { } last)
                {
                    query = query.Where(v => v.EternalId > last);
                }

                var page = await query.Take(ContentsPageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var version in page)
                {
                    yield return type.ToContent(version);
                }

                if (page.Count < ContentsPageSize)
                {
                    yield break;
                }

                after = page[^1].EternalId;
            }
        }

        _store.Model.ThrowIfUndescribed(entityType);
        await foreach (var row in DocumentRowsAsync(entityType, cancellationToken).ConfigureAwait(false))
        {
            yield return VersionedType.DocumentContent(row.EntityType, row.EternalId, row.VersionId, row.Data);
        }
    }

    /// <summary>The current document rows of one type in eternal-id order, a page at a time (see <see cref="ContentsCoreAsync"/>).</summary>
    private async IAsyncEnumerable<DocumentRow> DocumentRowsAsync(string entityType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EternalId? after = null;
        while (true)
        {
            var documents = ChangeReads.IsOneRange(_path)
                ? _store.Changes.DocumentsInEffect(_path, entityType)
                : _store.Changes.Current(_path, entityType).Where(c => c.VersionId != null)
                    .Join(_store.Db.Set<DocumentRow>(), c => c.VersionId, d => (VersionId?)d.VersionId, (c, d) => d);
            if (after is { } last)
            {
                documents = documents.Where(d => d.EternalId > last);
            }

            var page = await documents.OrderBy(d => d.EternalId).Take(ContentsPageSize).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var row in page)
            {
                yield return row;
            }

            if (page.Count < ContentsPageSize)
            {
                yield break;
            }

            after = page[^1].EternalId;
        }
    }

    /// <summary>Rows per page of <see cref="ContentsAsync"/>: one query per this many rows, this many in memory at most.</summary>
    private const int ContentsPageSize = 1_000;

    /// <summary>
    /// The current versions of the named dynamic documents of one type, streamed; ids not in this snapshot (or of
    /// another type) are left out. Read in chunks of ids, so loading a few changed documents costs a few queries, not
    /// one per document nor a scan of the type.
    /// </summary>
    public IAsyncEnumerable<Document> FindDocumentsAsync(string entityType, IEnumerable<EternalId> eternalIds, CancellationToken cancellationToken = default) =>
        ProviderErrors.Stream(DocumentsByIdCoreAsync(entityType, eternalIds, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<Document> DocumentsByIdCoreAsync(string entityType, IEnumerable<EternalId> eternalIds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentNullException.ThrowIfNull(eternalIds);
        foreach (var chunk in eternalIds.Distinct().Chunk(500))
        {
            var query = _store.Changes.Current(_path, entityType, chunk).Where(c => c.VersionId != null)
                .Join(_store.Db.Set<DocumentRow>(), c => c.VersionId, d => (VersionId?)d.VersionId, (c, d) => d)
                .AsNoTracking();
            foreach (var row in await query.ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return new Document(row.EntityType, row.EternalId, row.VersionId, row.CommitId, row.Data);
            }
        }
    }

    /// <summary>The current version of one dynamic document, or null when it is not in this snapshot.</summary>
    /// <exception cref="VersionPrunedException">The document is in this snapshot, but retention pruned its version here.</exception>
    /// <exception cref="HistoryDamagedException">The document is in this snapshot, but its version's row was deleted outside Versioner (<see cref="Repository.VerifyAsync(IProgress{VerifyProgress}, CancellationToken)"/> lists every such row).</exception>
    public Task<Document?> FindDocumentAsync(string entityType, EternalId eternalId, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => FindDocumentCoreAsync(entityType, eternalId, cancellationToken));

    private async Task<Document?> FindDocumentCoreAsync(string entityType, EternalId eternalId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        var change = await _store.Changes.CurrentOfAsync(_path, eternalId, cancellationToken).ConfigureAwait(false);
        if (change?.VersionId is not { } versionId || change.EntityType != entityType)
        {
            return null;
        }

        var row = await _store.Db.Set<DocumentRow>().AsNoTracking().FirstOrDefaultAsync(d => d.VersionId == versionId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            await PrunedMarks.ThrowIfPrunedAsync(_store, [versionId], cancellationToken).ConfigureAwait(false);
            throw GraphStore.MissingRow(versionId);
        }

        return new Document(row.EntityType, row.EternalId, row.VersionId, row.CommitId, row.Data);
    }

    /// <summary>
    /// The version of one entity (typed or document) current in this snapshot, as canonical content, or null when
    /// absent: the same view checksums and diffs use.
    /// </summary>
    /// <exception cref="VersionPrunedException">The entity is in this snapshot, but retention pruned its version here.</exception>
    public Task<VersionContent?> FindContentAsync(EternalId eternalId, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => FindContentCoreAsync(eternalId, cancellationToken));

    private async Task<VersionContent?> FindContentCoreAsync(EternalId eternalId, CancellationToken cancellationToken)
    {
        var change = await _store.Changes.CurrentOfAsync(_path, eternalId, cancellationToken).ConfigureAwait(false);
        if (change?.VersionId is not { } versionId)
        {
            return null;
        }

        var contents = await _store.LoadContentsAsync([(change.EntityType, versionId)], cancellationToken).ConfigureAwait(false);
        return contents[versionId];
    }
}
