using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// Every read of the change rows, by the shape its reader needs, each named for what it is (<see cref="ChangeTable"/>
/// holds the writes). Since storage format 7 every shape reads the change rows through <see cref="ChangeSource"/>: each
/// version row as its own change row, with the change table's adoptions, removals and pruned versions' rows (one row
/// per version, docs/architecture.md "How it lands"). Readers name a shape here, never the table: raw SQL takes
/// a shape's row source (<see cref="PlacedRows"/>, <see cref="ChangeSetRows"/>, <see cref="MadeRows"/>) with the columns of a <see cref="ChangeRow"/>; EF queries take a shape's query.
/// </summary>
internal sealed class ChangeReads(GraphStore store)
{
    /// <summary>
    /// Rows placed on the first-parent tree, as a row source (<c>FROM</c> item) named <paramref name="alias"/>: for the
    /// rows in effect on a path or at a place (as-of, one entity, an entity's history), which the reader selects by
    /// <c>segment</c>, <c>depth</c> and <c>until_depth</c> (<see cref="AncestryPath.Sql"/>).
    /// </summary>
    public static string PlacedRows(GraphStore store, string alias) => Source(store, alias);

    /// <summary>
    /// An entity's change rows where <paramref name="condition"/> holds (over <paramref name="alias"/>'s columns, naming
    /// the entity: <c>ch.eternal_id = @p0</c>, and a place when the reader has one), as a row source named
    /// <paramref name="alias"/>, for a reader that applies the same condition in its own <c>WHERE</c>: the union of the
    /// version rows and the change table's (<see cref="ChangeSource"/>) with the condition in every arm
    /// (<see cref="ChangeSource.VersionRowsWhereSql"/>: an entity's history, its rows on a path bound as data); with
    /// <paramref name="type"/>, the entity's type when the reader knows it, only that type's arm and the change table's.
    /// </summary>
    public static string EntityRows(GraphStore store, string alias, string condition, VersionedType? type = null) =>
        ChangeSource.VersionRowsWhereSql(store, alias, condition, newestOnly: false, type);

    /// <summary>
    /// As <see cref="EntityRows"/>, for a reader that keeps the deepest row (<c>ORDER BY depth DESC LIMIT 1</c>: one
    /// entity's newest change on a path): through the version rows, each arm keeps its own deepest where the dialect
    /// <see cref="Storage.Dialects.Dialect.LimitsEachUnionArm"/>, so the reader sorts one row per arm rather than every
    /// row of the entity; with <paramref name="type"/>, the entity's type, only that type's rows and the change table's.
    /// </summary>
    public static string NewestEntityRows(GraphStore store, string alias, string condition, VersionedType? type = null) =>
        ChangeSource.VersionRowsWhereSql(store, alias, condition, newestOnly: true, type);

    /// <summary>
    /// Commits' change sets as a row source named <paramref name="alias"/>: every change of the commits the reader
    /// selects by <c>commit_id</c> (finalize, checksums, constraint checks, Verify's version pass, transfer).
    /// </summary>
    public static string ChangeSetRows(GraphStore store, string alias) => Source(store, alias);

    /// <summary>
    /// The rows of versions their own commit made (<c>adopted</c> false), as a row source named <paramref name="alias"/>:
    /// each version once, with its maker (retention's candidates).
    /// </summary>
    public static string MadeRows(GraphStore store, string alias) => Source(store, alias);

    /// <summary>
    /// The first entity type after <c>@p0</c> (ordinal in the engine's collation) that any change records, or null: a
    /// seek on the index that leads with the type (<c>ix_versioner_changes_type_path</c>), one probe however many rows
    /// the type has, so listing the types with history is a loose index scan (<see cref="EntityTypes.WithHistoryAsync"/>).
    /// Format 4: the side table's next type, and each typed table's own name when it holds a row.
    /// </summary>
    public static string NextTypeSql(GraphStore store) => $"SELECT MIN(entity_type) FROM {Source(store, "")} WHERE entity_type > @p0";

    /// <summary>The row source of every shape (<see cref="ChangeSource.Rows"/>), aliased unless <paramref name="alias"/> is empty.</summary>
    private static string Source(GraphStore store, string alias) => ChangeSource.Rows(store, alias);

    private IQueryable<ChangeRow> Rows => store.Db.Set<ChangeRow>().FromSqlRaw(ChangeSource.VersionRowsSql(store)).AsNoTracking();

    /// <summary>Every change row, to correlate with commits by <see cref="ChangeRow.CommitId"/> in a query (a commit's change set inside a filter).</summary>
    public IQueryable<ChangeRow> ChangeSets => Rows;

    /// <summary>Every change row as stored (Verify's search for rows naming no commit or no version).</summary>
    public IQueryable<ChangeRow> All => Rows;

    /// <summary>The change set of <paramref name="commit"/>.</summary>
    public IQueryable<ChangeRow> OfCommit(CommitId commit) => Rows.Where(c => c.CommitId == commit);

    /// <summary>The change sets of <paramref name="commits"/>.</summary>
    public IQueryable<ChangeRow> OfCommits(CommitId[] commits) => Rows.Where(c => commits.Contains(c.CommitId));

    /// <summary>Every change of <paramref name="eternalId"/>, on any path.</summary>
    public IQueryable<ChangeRow> OfEntity(EternalId eternalId) => Rows.Where(c => c.EternalId == eternalId);

    /// <summary>Every change of entities of <paramref name="entityType"/>, on any path.</summary>
    public IQueryable<ChangeRow> OfType(string entityType) => Rows.Where(c => c.EntityType == entityType);

    /// <summary>The rows naming one of <paramref name="versions"/>: the commit that made it and every commit that adopted it.</summary>
    public IQueryable<ChangeRow> Naming(VersionId?[] versions) => Rows.Where(c => versions.Contains(c.VersionId));

    /// <summary>The row of the commit that made each of <paramref name="versions"/> (not one adopting it).</summary>
    public IQueryable<ChangeRow> MakersOf(VersionId[] versions) => Rows.Where(c => c.VersionId != null && versions.Contains(c.VersionId.Value) && !c.Adopted);

    /// <summary>
    /// The change sets of some commits, read raw (no EF materialization: a commit may hold a million of them), in
    /// chunks of 500 commits.
    /// </summary>
    public async Task<List<ChangeRow>> OfCommitsAsync(IReadOnlyCollection<CommitId> commits, CancellationToken cancellationToken)
    {
        var result = new List<ChangeRow>();
        foreach (var chunk in commits.Distinct().Chunk(500))
        {
            var names = string.Join(", ", chunk.Select((_, i) => $"@p{i}"));
            result.AddRange(await store.QueryAsync(
                $"SELECT {ChangeRow.Columns()} FROM {ChangeSetRows(store, "")} WHERE commit_id IN ({names})",
                chunk.Select(_ => (Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?)store.Map.CommitId).ToArray(),
                chunk.Cast<object?>().ToArray(),
                ChangeRow.Read,
                cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    /// <summary>
    /// The newest change of each entity along <paramref name="path"/> (removals included), of entities of
    /// <paramref name="entityType"/> and among <paramref name="ids"/> when given: the rows in effect at the path's tip.
    /// On a path of one range (a linear history, or a branch whose line stayed in one segment) a range condition on the
    /// rows' validity in their segment (<see cref="ChangeRow.UntilDepth"/>), the peer of a history table's
    /// <c>valid_to</c>; on other short paths (and a working commit's, <see cref="AncestryPath.OpenTip"/>),
    /// latest-per-entity by depth as a correlated NOT EXISTS over the path index; on a path bound as data (see
    /// <see cref="AncestryPath.InlineLimit"/>), and for given <paramref name="ids"/> on a path of several ranges, the path's change rows grouped by entity, keeping the deepest, so the path is read
    /// once rather than probed for every row.
    /// </summary>
    public IQueryable<ChangeRow> Current(AncestryPath path, string? entityType = null, IReadOnlyCollection<EternalId>? ids = null)
    {
        // Some entities on a path of several ranges read grouped too: a NOT EXISTS correlated
        // to the union is pushed into no arm (SQLite read every version row for it), the entities' ids into every arm.
        if (!path.IsInline || (ids is not null && (path.Ranges.Count > 1 || path.OpenTip)))
        {
            return Latest(path, entityType, ids);
        }

        if (path.Ranges.Count == 1 && !path.OpenTip)
        {
            var upTo = path.Ranges[0].UpTo;
            return Filter(OnPath(path).Where(r => r.UntilDepth == null || r.UntilDepth > upTo), entityType, ids);
        }

        var c = Expression.Parameter(typeof(ChangeRow), "c");
        var c2 = Expression.Parameter(typeof(ChangeRow), "c2");
        var later = Expression.Lambda<Func<ChangeRow, bool>>(
            Expression.AndAlso(
                Expression.Equal(Expression.Property(c2, nameof(ChangeRow.EternalId)), Expression.Property(c, nameof(ChangeRow.EternalId))),
                Expression.GreaterThan(Expression.Property(c2, nameof(ChangeRow.Depth)), Expression.Property(c, nameof(ChangeRow.Depth)))),
            c2);
        var any = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(ChangeRow)], OnPath(path, "later").Expression, Expression.Quote(later));
        var predicate = Expression.Lambda<Func<ChangeRow, bool>>(Expression.Not(any), c);
        return Filter(OnPath(path), entityType, ids).Where(predicate);
    }

    /// <summary>
    /// Whether reads on <paramref name="path"/> can take the versions in effect from the version rows themselves
    /// (<see cref="InEffect{T}"/>): a path of one range with no open tip (a linear history, or a line that stayed in one
    /// segment), where "in effect" is a range condition on each row's place and validity.
    /// </summary>
    public static bool IsOneRange(AncestryPath path) => path.IsInline && path.Ranges.Count == 1 && !path.OpenTip;

    /// <summary>
    /// The versions of <typeparamref name="T"/> (entity type <paramref name="entityType"/>) in effect on a path of one
    /// range (<see cref="IsOneRange"/>), as an EF query a caller may filter further: the type's rows whose own place and
    /// validity (<see cref="PlaceColumns"/>) put them in effect at the range's tip, read with no join, the peer of a
    /// history table's <c>valid_from</c>/<c>valid_to</c> read, <c>UNION ALL</c> the versions adopted on the range (a
    /// revert or cherry-pick taking over an older version), joined to their rows. A removal in effect leaves nothing
    /// (it closed the version before it), and a pruned version has no row, as in <see cref="Current"/>. Both engines
    /// push a caller's filter on constants and parameters into each arm.
    /// </summary>
    public IQueryable<T> InEffect<T>(AncestryPath path, string entityType)
        where T : Versioned
    {
        var range = path.Ranges[0];
        var segment = range.Segment;
        var upTo = range.UpTo;
        var placed = store.Db.Set<T>().Where(v =>
            EF.Property<long>(v, PlaceColumns.Segment) == segment
            && EF.Property<long>(v, PlaceColumns.Depth) <= upTo
            && (EF.Property<long?>(v, PlaceColumns.Until) == null || EF.Property<long?>(v, PlaceColumns.Until) > upTo));
        var adopted = AdoptionsInEffect(path, entityType).Join(
            store.Db.Set<T>(),
            c => new { Version = c.VersionId, Entity = c.EternalId },
            v => new { Version = (VersionId?)v.VersionId, Entity = v.EternalId },
            (c, v) => v);
        return placed.Concat(adopted);
    }

    /// <summary>
    /// The adoptions of <paramref name="entityType"/> in effect on a path of one range (<see cref="IsOneRange"/>): read
    /// from <see cref="SystemTables.Changes"/> itself whatever the store's source, since only a change row is ever an
    /// adoption (a version row is its own commit's change); through the union the arms of the version rows would be read
    /// for nothing.
    /// </summary>
    private IQueryable<ChangeRow> AdoptionsInEffect(AncestryPath path, string entityType)
    {
        var upTo = path.Ranges[0].UpTo;
        return path.Within(store, SystemTables.Changes, store.Db.Set<ChangeRow>().AsNoTracking())
            .Where(c => c.Adopted && c.VersionId != null && c.EntityType == entityType && (c.UntilDepth == null || c.UntilDepth > upTo));
    }

    /// <summary>
    /// The document rows of <paramref name="entityType"/> in effect on a path of one range (<see cref="IsOneRange"/>),
    /// as <see cref="InEffect{T}"/> reads a typed table's.
    /// </summary>
    public IQueryable<DocumentRow> DocumentsInEffect(AncestryPath path, string entityType)
    {
        var range = path.Ranges[0];
        var segment = range.Segment;
        var upTo = range.UpTo;
        var placed = store.Db.Set<DocumentRow>().Where(d =>
            d.EntityType == entityType && d.Segment == segment && d.Depth <= upTo && (d.Until == null || d.Until > upTo));
        var adopted = AdoptionsInEffect(path, entityType)
            .Join(store.Db.Set<DocumentRow>(), c => c.VersionId, d => (VersionId?)d.VersionId, (c, d) => d);
        return placed.Concat(adopted);
    }

    /// <summary>
    /// The entities changed by the commits in <paramref name="ranges"/> (each range's lower bound exclusive), distinct.
    /// On a path written inline, the rows by their own place, which is their commit's, a condition both engines take
    /// into each arm of the union (<see cref="ChangeSource"/>; joined to the commits, the union is read whole on both:
    /// neither pushes a join into it); on a path bound as data, the path's commits joined to their change sets.
    /// </summary>
    public IQueryable<EternalId> ChangedIn(IReadOnlyList<PathRange> ranges) =>
        ranges.Count <= AncestryPath.InlineLimit
            ? AncestryPath.Within(store, ChangeSource.Table(store), Rows, ranges, withLowerBound: true, "path").Select(c => c.EternalId).Distinct()
            : AncestryPath.Within<CommitRow>(store, SystemTables.Commits, ranges, withLowerBound: true, "path")
                .Join(ChangeSets, k => k.Id, c => c.CommitId, (k, c) => c.EternalId).Distinct();

    /// <summary>The change rows placed on <paramref name="path"/> (see <see cref="AncestryPath.Within{TRow}(GraphStore, string, string)"/>).</summary>
    private IQueryable<ChangeRow> OnPath(AncestryPath path, string name = "path") => path.Within(store, ChangeSource.Table(store), Rows, name);

    /// <summary>
    /// "<paramref name="alias"/> is the change current on <paramref name="path"/> for its entity": on the path, with no
    /// later change of the same entity on the path (the as-of probe of
    /// <see cref="Current"/> in raw SQL, over a row source of <see cref="PlacedRows"/>: the reference checks).
    /// </summary>
    public static (string Sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping[] Mappings, object?[] Values) CurrentOnPath(GraphStore store, AncestryPath path, string alias, int firstParameter)
    {
        var (onPath, mappings, bounds) = path.Sql(store, alias, firstParameter);
        var (laterOnPath, laterMappings, laterBounds) = path.Sql(store, "nx", firstParameter + bounds.Length);
        return (
            $"{onPath} AND NOT EXISTS (SELECT 1 FROM {PlacedRows(store, "nx")} WHERE nx.eternal_id = {alias}.eternal_id AND nx.depth > {alias}.depth AND {laterOnPath})",
            [.. mappings, .. laterMappings],
            [.. bounds, .. laterBounds]);
    }

    private static IQueryable<ChangeRow> Filter(IQueryable<ChangeRow> query, string? entityType, IReadOnlyCollection<EternalId>? ids)
    {
        if (entityType is not null)
        {
            query = query.Where(r => r.EntityType == entityType);
        }

        if (ids is not null)
        {
            var array = ids.ToArray();
            query = query.Where(r => array.Contains(r.EternalId));
        }

        return query;
    }

    /// <summary>
    /// The deepest change row of each entity on <paramref name="path"/> (bound as data), of <paramref name="entityType"/>
    /// and among <paramref name="ids"/> when given: one pass over the path's change rows (one index seek per range),
    /// grouped by entity, in the dialect's form (<see cref="Storage.Dialects.Dialect.DeepestPerEntity"/>). The deepest
    /// row on a path is unique: each depth is one commit.
    /// </summary>
    private IQueryable<ChangeRow> Latest(AncestryPath path, string? entityType, IReadOnlyCollection<EternalId>? ids)
    {
        var (rows, mappings, values) = store.Dialect.PathRanges(store.Map, path.Ranges, i => $"@path{i}");
        var conditions = new List<string>();
        var allMappings = new List<Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping>(mappings);
        var allValues = new List<object?>(values);
        if (entityType is not null)
        {
            conditions.Add($"r.entity_type = @path{allValues.Count}");
            allMappings.Add(store.Map.Text);
            allValues.Add(entityType);
        }

        if (ids is not null)
        {
            var name = $"@path{allValues.Count}";
            conditions.Add(store.Dialect.InIdList("r.eternal_id", name));
            var (mapping, value) = store.Dialect.IdListParameter(store.Map, ids.Select(id => id.Value));
            allMappings.Add(mapping);
            allValues.Add(value);
        }

        var where = string.Concat(conditions.Select(c => $" AND {c}"));
        // CROSS JOIN: the ranges stay the outer loop on SQLite (see AncestryPath.Within).
        var from = $"FROM {rows} CROSS JOIN {PlacedRows(store, "r")} WHERE r.segment = p.segment AND r.depth <= p.up_to{where}";
        var sql = store.Dialect.DeepestPerEntity(from);
        var parameters = store.Parameters([.. allMappings], [.. allValues], i => $"@path{i}");
        return store.Db.Set<ChangeRow>().FromSqlRaw(sql, parameters).AsNoTracking();
    }

    /// <summary>
    /// The change in effect along <paramref name="path"/> for each of <paramref name="ids"/> that has one. On a path
    /// bound as data, those entities' own change rows (by the eternal-id index), the deepest on the path kept: their
    /// changes, not the path's forks, set the cost.
    /// </summary>
    public async Task<List<ChangeRow>> CurrentOfAsync(AncestryPath path, IReadOnlyCollection<EternalId> ids, CancellationToken cancellationToken)
    {
        if (path.IsInline)
        {
            return await Current(path, ids: ids).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var array = ids.ToArray();
        var rows = await Rows.Where(c => array.Contains(c.EternalId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Where(c => path.Contains(c.Segment, c.Depth)).GroupBy(c => c.EternalId).Select(g => g.MaxBy(c => c.Depth)!)];
    }

    /// <summary>
    /// The change that decides <paramref name="eternalId"/>'s state along <paramref name="path"/>, or null. On a path
    /// written inline, a raw statement over <see cref="NewestEntityRows"/> (each arm's newest).
    /// </summary>
    public async Task<ChangeRow?> CurrentOfAsync(AncestryPath path, EternalId eternalId, CancellationToken cancellationToken)
    {
        if (!path.IsInline)
        {
            // OnPathAsync checks the entity's changes (ThrowIfChangeMissingAsync).
            return (await OnPathAsync(path, eternalId, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        }

        var newest = await EntityOnPathAsync(path, eternalId, newestOnly: true, cancellationToken).ConfigureAwait(false);
        await ThrowIfChangeMissingAsync(path, eternalId, newest, cancellationToken).ConfigureAwait(false);
        return newest.FirstOrDefault();
    }

    /// <summary>
    /// <paramref name="eternalId"/>'s change rows on <paramref name="path"/> (written inline),
    /// newest first, the entity and the path in every arm of the union; with <paramref name="newestOnly"/> only the
    /// newest. A raw statement kept prepared, its text fixed by the path's length.
    /// </summary>
    private async Task<List<ChangeRow>> EntityOnPathAsync(AncestryPath path, EternalId eternalId, bool newestOnly, CancellationToken cancellationToken)
    {
        var (inPath, mappings, bounds) = path.Sql(store, "ch", 1);
        var condition = $"ch.eternal_id = @p0 AND {inPath}";
        var from = $"FROM {(newestOnly ? NewestEntityRows(store, "ch", condition) : EntityRows(store, "ch", condition))} WHERE {condition} ORDER BY ch.depth DESC";
        return await store.QueryKeptAsync(
            newestOnly ? store.Dialect.SelectFirst(1, ChangeRow.Columns("ch"), from) : $"SELECT {ChangeRow.Columns("ch")} {from}",
            [store.Map.EternalId, .. mappings],
            [eternalId, .. bounds],
            ChangeRow.Read,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The place (segment, depth) of <paramref name="eternalId"/>'s newest change on <paramref name="path"/>, or null
    /// when the path holds none: for a path bound as data, from the entity's change places alone, which the
    /// (eternal id, segment, depth) index holds (no row is read), kept where the path holds them
    /// (<see cref="AncestryPath.Contains"/>). A raw statement of fixed text, kept prepared; the caller reads the change
    /// itself on <see cref="AncestryPath.At"/> that place, as on a path of one range.
    /// </summary>
    public async Task<(long Segment, long Depth)?> NewestPlaceAsync(AncestryPath path, EternalId eternalId, CancellationToken cancellationToken)
    {
        (long Segment, long Depth)? newest = null;
        await store.ReadKeptAsync(
            $"SELECT ch.segment, ch.depth FROM {EntityRows(store, "ch", "ch.eternal_id = @p0")} WHERE ch.eternal_id = @p0",
            [store.Map.EternalId],
            [eternalId],
            (reader, _) =>
            {
                var depth = reader.GetInt64(1);
                if (depth > (newest?.Depth ?? long.MinValue) && path.Contains(reader.GetInt64(0), depth))
                {
                    newest = (reader.GetInt64(0), depth);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return newest;
    }

    /// <summary>
    /// <paramref name="eternalId"/>'s changes on <paramref name="path"/>, newest first (its history, blame). On a path
    /// bound as data the entity's own change rows are read by the (eternal id, segment, depth) index and kept when the
    /// path holds them (<see cref="AncestryPath.Contains"/>): the cost of the entity's changes, not of the path's forks.
    /// </summary>
    public async Task<List<ChangeRow>> OnPathAsync(AncestryPath path, EternalId eternalId, CancellationToken cancellationToken)
    {
        List<ChangeRow> changes;
        if (path.IsInline)
        {
            changes = await EntityOnPathAsync(path, eternalId, newestOnly: false, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var all = await store.QueryKeptAsync(
                EntityRowsSql(store),
                [store.Map.EternalId],
                [eternalId],
                ChangeRow.Read,
                cancellationToken).ConfigureAwait(false);
            changes = [.. all.Where(c => path.Contains(c.Segment, c.Depth)).OrderByDescending(c => c.Depth)];
        }

        await ThrowIfChangeMissingAsync(path, eternalId, changes, cancellationToken).ConfigureAwait(false);
        return changes;
    }

    /// <summary>
    /// A change of
    /// <paramref name="eternalId"/> whose version row was deleted behind Versioner's back leaves one trace a read of the
    /// entity sees: the change before it still ends at its depth (<see cref="ChangeRow.UntilDepth"/>, the depth of the
    /// entity's next change on that segment), and no row is there. Throws <see cref="HistoryDamagedException"/> naming
    /// the commit at that place when one of <paramref name="changes"/> (the entity's changes on <paramref name="path"/>:
    /// all of them, or its newest) ends at a place the path holds where none of them is. Not when every row of the
    /// entity is gone (nothing is left to tell), nor for reads of all: <see cref="Repository.VerifyAsync(IProgress{VerifyProgress}, CancellationToken)"/>
    /// names every such row from the commits' manifests.
    /// </summary>
    public async Task ThrowIfChangeMissingAsync(AncestryPath path, EternalId eternalId, IReadOnlyList<ChangeRow> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            await ThrowIfUndescribedAsync(eternalId, cancellationToken).ConfigureAwait(false);
            return;
        }

        HashSet<(long, long)>? places = null;
        foreach (var change in changes)
        {
            if (change.UntilDepth is not { } until || !path.Contains(change.Segment, until))
            {
                continue;
            }

            places ??= [.. changes.Select(c => (c.Segment, c.Depth))];
            if (!places.Contains((change.Segment, until)))
            {
                var commits = await store.QueryAsync(
                    $"SELECT id FROM {SystemTables.Commits} WHERE segment = @p0 AND depth = @p1",
                    [store.Map.Long, store.Map.Long], [change.Segment, until], reader => new CommitId(GuidColumn.Read(reader, 0)), cancellationToken).ConfigureAwait(false);
                var where = commits.Count > 0 ? $"commit {commits[0]}" : $"the commit at depth {until} of segment {change.Segment}, which is missing too";
                throw new HistoryDamagedException(
                    $"Entity {eternalId} changed in {where} (the change before it ends there), but that change's row is missing: it was deleted outside Versioner. Nothing was changed. Run repository.VerifyAsync() (or `versioner verify`) to find every damaged row.");
            }
        }
    }

    /// <summary>
    /// Through an opening that cannot read some type (one without the application's model, whose database lacks the
    /// type's description), an entity with no change found may be of that type: its version rows are in a table the
    /// union does not read. Its type, from <see cref="SystemTables.Entities"/>, then refuses the read
    /// (<see cref="UndescribedTypeException"/>) as a read of the type by name does, instead of calling it absent. One
    /// probe by key, only through such an opening. A history reads it first: the change table's rows of such an entity
    /// (its removals, adoptions) alone would be a history with its versions missing.
    /// </summary>
    public async Task ThrowIfUndescribedAsync(EternalId eternalId, CancellationToken cancellationToken)
    {
        if (store.Model.Undescribed.Count == 0)
        {
            return;
        }

        var types = await store.QueryAsync(
            $"SELECT entity_type FROM {SystemTables.Entities} WHERE eternal_id = @p0",
            [store.Map.EternalId], [eternalId], reader => reader.GetString(0), cancellationToken).ConfigureAwait(false);
        foreach (var type in types)
        {
            store.Model.ThrowIfUndescribed(type);
        }
    }

    /// <summary>
    /// Every change row of entity <c>@p0</c>, on any path, by the (eternal id, segment, depth) index: a raw statement
    /// of fixed text, kept prepared (<see cref="GraphStore.QueryKeptAsync{T}"/>), for reads on a path bound as data,
    /// which keep the rows their path holds (<see cref="AncestryPath.Contains"/>) in memory. An EF query there cost more
    /// than the statement (about 70 µs a call, SQLite, docs/performance.md).
    /// </summary>
    private static string EntityRowsSql(GraphStore store) =>
        $"SELECT {ChangeRow.Columns("ch")} FROM {EntityRows(store, "ch", "ch.eternal_id = @p0")} WHERE ch.eternal_id = @p0";
}
