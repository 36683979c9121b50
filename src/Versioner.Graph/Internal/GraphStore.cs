using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// The commit graph in one <see cref="DbContext"/>: commit rows, revisions, ancestry paths and as-of queries.
/// Shared by <see cref="Repository"/>, <see cref="Workspace"/> and <see cref="Snapshot"/>.
/// </summary>
internal sealed class GraphStore
{
    public GraphStore(DbContext db, RepositoryOptions options)
    {
        Db = db;
        Options = options;
        Dialect = Dialect.For(db);
        Model = VersionedModel.For(db);
        Map = new Mappings(db);
    }

    public DbContext Db { get; }

    /// <summary>The engine's dialect, chosen once from the context's EF provider: every SQL difference goes through it.</summary>
    public Dialect Dialect { get; }

    public RepositoryOptions Options { get; }

    public VersionedModel Model { get; }

    public Mappings Map { get; }

    /// <summary>Rows this store has written with binary COPY (diagnostics: tests and the benchmark check the bulk path ran).</summary>
    public long RowsCopied { get; set; }

    /// <summary>Versions in one save from which PostgreSQL gets binary COPY (the benchmark moves it to find the crossover).</summary>
    public int CopyThreshold { get; set; } = NewRows.CopyThreshold;

    /// <summary>New rows a save buffers before writing them (tests move it down to cross chunk boundaries).</summary>
    public int BulkChunkSize { get; set; } = NewRows.ChunkSize;

    /// <summary>
    /// Change rows from which a finalized commit keeps its working commit's private segment instead of moving every
    /// row into its parent's segment (tests move it down to exercise that shape).
    /// </summary>
    public int PrivateSegmentFrom { get; set; } = 50_000;

    public IQueryable<CommitRow> Commits => Db.Set<CommitRow>().AsNoTracking();

    /// <summary>
    /// Refuses a write (<paramref name="operation"/>, as its public method is named) through a read-only opening
    /// (<see cref="RepositoryOptions.ReadOnly"/>), or through one without the application's model that cannot read
    /// every type it holds; before anything is sent.
    /// </summary>
    public void EnsureWritable(string operation)
    {
        if (Options.ReadOnly)
        {
            throw new ReadOnlyRepositoryException(operation);
        }

        EnsureComplete();
    }

    /// <summary>Refuses an operation over every type (writes, Verify, transfer) when this opening cannot read one of them.</summary>
    public void EnsureComplete()
    {
        foreach (var (name, reason) in Model.Undescribed)
        {
            throw new UndescribedTypeException(name, reason);
        }
    }

    public IQueryable<ChangeRow> Changes => Db.Set<ChangeRow>().AsNoTracking();

    /// <summary>Runs <paramref name="work"/> in a transaction (or the caller's), committing only if it completes.</summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (Db.Database.CurrentTransaction is not null)
        {
            return await work().ConfigureAwait(false);
        }

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work().ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    public Statement Prepare(string sql, params Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings) => new(Db, sql, mappings);

    /// <summary>
    /// Parameters <c>@p0</c>, <c>@p1</c>... typed and converted by EF's mappings, for raw SQL that EF materializes
    /// (<c>FromSqlRaw</c>).
    /// </summary>
    public System.Data.Common.DbParameter[] Parameters(Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping[] mappings, object?[] values) =>
        Parameters(mappings, values, i => $"@p{i}");

    /// <summary>Parameters named by <paramref name="name"/>, typed and converted by EF's mappings.</summary>
    public System.Data.Common.DbParameter[] Parameters(Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping[] mappings, object?[] values, Func<int, string> name)
    {
        using var command = Db.Database.GetDbConnection().CreateCommand();
        var parameters = new System.Data.Common.DbParameter[mappings.Length];
        for (var i = 0; i < mappings.Length; i++)
        {
            parameters[i] = mappings[i].CreateParameter(command, name(i), null, nullable: true);
            parameters[i].Value = Statement.ToProvider(values[i], mappings[i]) ?? DBNull.Value;
        }

        return parameters;
    }

    public async Task<int> ExecuteAsync(string sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings, object?[] values, CancellationToken cancellationToken)
    {
        await Db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var statement = Prepare(sql, mappings);
            return await statement.ExecuteAsync(cancellationToken, values).ConfigureAwait(false);
        }
        finally
        {
            await Db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Runs a raw query on the context's connection and transaction, reading each row with <paramref name="read"/>.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?[] mappings, object?[] values, Func<System.Data.Common.DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await Db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var statement = Prepare(sql, mappings);
            await using var reader = await statement.ReaderAsync(cancellationToken, values).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }
        }
        finally
        {
            await Db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return rows;
    }

    /// <summary>
    /// The change rows of some commits, read raw (no EF materialization: a commit may hold a million of them), in
    /// chunks of 500 commits.
    /// </summary>
    public async Task<List<ChangeRow>> ChangeRowsAsync(IReadOnlyCollection<CommitId> commits, CancellationToken cancellationToken)
    {
        var result = new List<ChangeRow>();
        foreach (var chunk in commits.Distinct().Chunk(500))
        {
            var names = string.Join(", ", chunk.Select((_, i) => $"@p{i}"));
            result.AddRange(await QueryAsync(
                $"SELECT commit_id, eternal_id, entity_type, version_id, version_checksum, adopted, segment, depth FROM {SystemTables.Changes} WHERE commit_id IN ({names})",
                chunk.Select(_ => (Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?)Map.CommitId).ToArray(),
                chunk.Cast<object?>().ToArray(),
                reader => new ChangeRow
                {
                    CommitId = new CommitId(reader.GetGuid(0)),
                    EternalId = new EternalId(reader.GetGuid(1)),
                    EntityType = reader.GetString(2),
                    VersionId = reader.IsDBNull(3) ? null : new VersionId(reader.GetGuid(3)),
                    VersionChecksum = reader.IsDBNull(4) ? null : (byte[])reader.GetValue(4),
                    Adopted = reader.GetBoolean(5),
                    Segment = reader.GetInt64(6),
                    Depth = reader.GetInt64(7),
                },
                cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    public Task<CommitRow?> FindCommitRowAsync(CommitId id, CancellationToken cancellationToken) =>
        Commits.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<CommitRow> GetCommitRowAsync(CommitId id, CancellationToken cancellationToken) =>
        await FindCommitRowAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new RevisionNotFoundException(id.ToString(), "no commit has this id.");

    public async Task<CommitId?> FirstParentAsync(CommitId id, CancellationToken cancellationToken)
    {
        var parent = await Db.Set<CommitParentRow>().AsNoTracking()
            .Where(p => p.CommitId == id && p.Ordinal == 0)
            .Select(p => (CommitId?)p.ParentId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return parent;
    }

    /// <summary>Turns rows into <see cref="Commit"/>s, loading all their parent links in one query.</summary>
    public async Task<IReadOnlyList<Commit>> ToCommitsAsync(IReadOnlyList<CommitRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToArray();
        var links = new List<CommitParentRow>();
        foreach (var chunk in ids.Chunk(500))
        {
            links.AddRange(await Db.Set<CommitParentRow>().AsNoTracking().Where(p => chunk.Contains(p.CommitId)).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        var parents = links.ToLookup(p => p.CommitId);
        return rows.Select(r => new Commit(r, parents[r.Id].OrderBy(p => p.Ordinal).Select(p => p.ParentId).ToArray())).ToArray();
    }

    /// <summary>Commits by id with their parent links, in one raw query (no EF query-cache cost on hot paths).</summary>
    public async Task<Dictionary<CommitId, Commit>> CommitsByIdAsync(IReadOnlyCollection<CommitId> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<CommitId, Commit>();
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            var names = string.Join(", ", chunk.Select((_, i) => $"@p{i}"));
            var rows = await QueryAsync(
                $"SELECT c.id, c.state, c.checksum, c.author, c.message, c.timestamp_us, c.segment, c.depth, c.generation, p.ordinal, p.parent_id " +
                $"FROM {SystemTables.Commits} c LEFT JOIN {SystemTables.CommitParents} p ON p.commit_id = c.id WHERE c.id IN ({names})",
                chunk.Select(_ => (Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping?)Map.CommitId).ToArray(),
                chunk.Cast<object?>().ToArray(),
                reader => (
                    Row: new CommitRow
                    {
                        Id = new CommitId(reader.GetGuid(0)),
                        State = (CommitState)Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                        Checksum = reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2),
                        Author = reader.GetString(3),
                        Message = reader.GetString(4),
                        TimestampMicros = reader.GetInt64(5),
                        Segment = reader.GetInt64(6),
                        Depth = reader.GetInt64(7),
                        Generation = reader.GetInt64(8),
                    },
                    Ordinal: reader.IsDBNull(9) ? -1 : Convert.ToInt32(reader.GetValue(9), System.Globalization.CultureInfo.InvariantCulture),
                    Parent: reader.IsDBNull(10) ? default : new CommitId(reader.GetGuid(10))),
                cancellationToken).ConfigureAwait(false);
            foreach (var group in rows.GroupBy(r => r.Row.Id))
            {
                var parents = group.Where(r => r.Ordinal >= 0).OrderBy(r => r.Ordinal).Select(r => r.Parent).ToArray();
                result[group.Key] = new Commit(group.First().Row, parents);
            }
        }

        return result;
    }

    public async Task<Commit> ToCommitAsync(CommitRow row, CancellationToken cancellationToken) =>
        (await ToCommitsAsync([row], cancellationToken).ConfigureAwait(false))[0];

    public Task<AncestryPath> PathAsync(CommitRow row, CancellationToken cancellationToken) =>
        AncestryPath.LoadAsync(this, row.Segment, row.Depth, cancellationToken);

    public async Task<RefRow?> FindRefAsync(string name, CancellationToken cancellationToken) =>
        await Db.Set<RefRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Name == name, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Resolves a revision: a branch or tag name, a commit id, a checksum or a unique prefix of one (4+ hex digits),
    /// optionally followed by <c>~N</c> (N first-parent steps back).
    /// </summary>
    public async Task<CommitRow> ResolveAsync(Revision target, CancellationToken cancellationToken)
    {
        if (target.CommitId is { } commitId)
        {
            return await GetCommitRowAsync(commitId, cancellationToken).ConfigureAwait(false);
        }

        var revision = target.Text ?? throw new ArgumentException("The revision is empty (default); name a branch, tag, commit or checksum.", nameof(target));
        var text = revision;
        long back = 0;
        var tilde = text.IndexOf('~', text.LastIndexOf('}') + 1);
        if (tilde > 0)
        {
            var count = text[(tilde + 1)..];
            if (count.Length == 0)
            {
                back = 1;
            }
            else if (!long.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out back))
            {
                throw new RevisionNotFoundException(revision, $"'~{count}' is not a number of commits to go back.");
            }

            text = text[..tilde];
        }

        DateTimeOffset? at = null;
        var open = text.IndexOf("@{", StringComparison.Ordinal);
        if (open > 0 && text.EndsWith('}'))
        {
            var when = text[(open + 2)..^1];
            if (!DateTimeOffset.TryParse(when, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var instant))
            {
                throw new RevisionNotFoundException(revision, $"'{when}' is not a date and time; write it in ISO 8601, e.g. main@{{2026-11-01T12:00:00Z}}.");
            }

            at = instant;
            text = text[..open];
        }

        // "main~2@{t}": the time applies to the history of main~2.
        var row = at is not null && text.Contains('~', StringComparison.Ordinal)
            ? await ResolveAsync(Revision.Parse(text), cancellationToken).ConfigureAwait(false)
            : await ResolveBaseAsync(revision, text, cancellationToken).ConfigureAwait(false);
        if (at is { } time)
        {
            row = await AtOrBeforeAsync(revision, text, row, time, cancellationToken).ConfigureAwait(false);
        }

        if (back == 0)
        {
            return row;
        }

        var targetDepth = row.Depth - back;
        if (targetDepth < 0)
        {
            throw new RevisionNotFoundException(revision, $"the history of '{text}' is only {row.Depth + 1} commit(s) deep.");
        }

        // The path's ranges partition the depths from the root to the commit: the one holding the target depth names
        // its segment, and (segment, depth) is the commit's unique key.
        var path = await PathAsync(row, cancellationToken).ConfigureAwait(false);
        var segment = path.SegmentAt(targetDepth);
        return await Commits.Where(c => c.Segment == segment && c.Depth == targetDepth).FirstAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The newest commit on <paramref name="row"/>'s first-parent history whose timestamp is at or before
    /// <paramref name="time"/>: one query that walks the (segment, depth) index back from the newest commit.
    /// </summary>
    private async Task<CommitRow> AtOrBeforeAsync(string revision, string text, CommitRow row, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var micros = Timestamps.ToUnixMicroseconds(time);
        if (row.TimestampMicros <= micros)
        {
            return row;
        }

        var path = await PathAsync(row, cancellationToken).ConfigureAwait(false);
        return await path.Within<CommitRow>(this, SystemTables.Commits).Where(c => c.TimestampMicros <= micros).OrderByDescending(c => c.Depth)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new RevisionNotFoundException(revision, $"no commit in the history of '{text}' is at or before {time.ToUniversalTime():yyyy-MM-dd HH:mm:ss.ffffff}Z.");
    }

    private async Task<CommitRow> ResolveBaseAsync(string revision, string text, CancellationToken cancellationToken)
    {
        // A branch or tag: the ref and its commit in one query.
        var referenced = await (
            from r in Db.Set<RefRow>().AsNoTracking()
            join c in Commits on r.CommitId equals c.Id
            where r.Name == text
            select c).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (referenced is not null)
        {
            return referenced;
        }

        if (text.Length > 32 && CommitId.TryParse(text, out var id))
        {
            return await FindCommitRowAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new RevisionNotFoundException(revision, "no commit has this id.");
        }

        if (text.Length >= 4 && text.Length <= 64 && text.All(char.IsAsciiHexDigit))
        {
            var (low, high) = PrefixRange(text);
            var matches = await QueryAsync(
                Dialect.SelectFirst(10, "id, checksum", $"FROM {SystemTables.Commits} WHERE checksum >= @p0 AND checksum < @p1 ORDER BY {Dialect.IdOrder("id")}"),
                [Map.Bytes, Map.Bytes], [low, high], reader => (Id: new CommitId(reader.GetGuid(0)), Checksum: Convert.ToHexString((byte[])reader.GetValue(1))), cancellationToken).ConfigureAwait(false);
            if (matches.Count > 1)
            {
                // Identical sibling commits share their whole checksum: only their ids tell them apart.
                throw new AmbiguousRevisionException(revision, matches.Select(m => m.Id).ToArray(), identical: matches.All(m => m.Checksum == matches[0].Checksum));
            }

            if (matches.Count == 1)
            {
                return await GetCommitRowAsync(matches[0].Id, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new RevisionNotFoundException(revision, "no branch, tag, commit id or checksum matches it.");
    }

    private static (byte[] Low, byte[] High) PrefixRange(string hex)
    {
        var padded = hex.Length % 2 == 0 ? hex : hex + "0";
        var low = Convert.FromHexString(padded);
        var high = (byte[])low.Clone();
        var step = hex.Length % 2 == 0 ? 1 : 16;
        for (var i = high.Length - 1; i >= 0; i--)
        {
            var sum = high[i] + step;
            high[i] = (byte)sum;
            if (sum <= 0xFF)
            {
                return (low, high);
            }

            step = 1;
        }

        return (low, Enumerable.Repeat((byte)0xFF, 33).ToArray());
    }

    /// <summary>
    /// The newest change of each entity along <paramref name="path"/> (removals included), of entities of
    /// <paramref name="entityType"/> and among <paramref name="ids"/> when given. On a short path, latest-per-entity
    /// by depth as a correlated NOT EXISTS over the path index; on a path bound as data (see
    /// <see cref="AncestryPath.InlineLimit"/>), the path's change rows grouped by entity, keeping the deepest, so the
    /// path is read once rather than probed for every row.
    /// </summary>
    public IQueryable<ChangeRow> Current(AncestryPath path, string? entityType = null, IReadOnlyCollection<EternalId>? ids = null)
    {
        if (!path.IsInline)
        {
            return path.Latest(this, entityType, ids);
        }

        var c = Expression.Parameter(typeof(ChangeRow), "c");
        var c2 = Expression.Parameter(typeof(ChangeRow), "c2");
        var later = Expression.Lambda<Func<ChangeRow, bool>>(
            Expression.AndAlso(
                Expression.Equal(Expression.Property(c2, nameof(ChangeRow.EternalId)), Expression.Property(c, nameof(ChangeRow.EternalId))),
                Expression.GreaterThan(Expression.Property(c2, nameof(ChangeRow.Depth)), Expression.Property(c, nameof(ChangeRow.Depth)))),
            c2);
        var any = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(ChangeRow)], path.Within<ChangeRow>(this, SystemTables.Changes, "later").Expression, Expression.Quote(later));
        var predicate = Expression.Lambda<Func<ChangeRow, bool>>(Expression.Not(any), c);
        var query = path.Within<ChangeRow>(this, SystemTables.Changes);
        if (entityType is not null)
        {
            query = query.Where(r => r.EntityType == entityType);
        }

        if (ids is not null)
        {
            var array = ids.ToArray();
            query = query.Where(r => array.Contains(r.EternalId));
        }

        return query.Where(predicate);
    }

    /// <summary>
    /// The change current along <paramref name="path"/> for each of <paramref name="ids"/> that has one. On a path bound
    /// as data, those entities' own change rows (by the eternal-id index), the deepest on the path kept: their changes,
    /// not the path's forks, set the cost.
    /// </summary>
    public async Task<List<ChangeRow>> CurrentOfAsync(AncestryPath path, IReadOnlyCollection<EternalId> ids, CancellationToken cancellationToken)
    {
        if (path.IsInline)
        {
            return await Current(path, ids: ids).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var array = ids.ToArray();
        var rows = await Changes.Where(c => array.Contains(c.EternalId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Where(c => path.Contains(c.Segment, c.Depth)).GroupBy(c => c.EternalId).Select(g => g.MaxBy(c => c.Depth)!)];
    }

    /// <summary>The change that decides <paramref name="eternalId"/>'s state along <paramref name="path"/>, or null.</summary>
    public async Task<ChangeRow?> CurrentChangeAsync(AncestryPath path, EternalId eternalId, CancellationToken cancellationToken) =>
        path.IsInline
            ? await path.Within<ChangeRow>(this, SystemTables.Changes).Where(c => c.EternalId == eternalId)
                .OrderByDescending(c => c.Depth)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : (await ChangesOnPathAsync(path, eternalId, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>
    /// <paramref name="eternalId"/>'s changes on <paramref name="path"/>, newest first. On a path bound as data the
    /// entity's own change rows are read by the (eternal id, segment, depth) index and kept when the path holds them
    /// (<see cref="AncestryPath.Contains"/>): the cost of the entity's changes, not of the path's forks.
    /// </summary>
    public async Task<List<ChangeRow>> ChangesOnPathAsync(AncestryPath path, EternalId eternalId, CancellationToken cancellationToken)
    {
        if (path.IsInline)
        {
            return await path.Within<ChangeRow>(this, SystemTables.Changes).Where(c => c.EternalId == eternalId)
                .OrderByDescending(c => c.Depth).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var all = await Changes.Where(c => c.EternalId == eternalId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.Where(c => path.Contains(c.Segment, c.Depth)).OrderByDescending(c => c.Depth)];
    }

    private string? _databaseId;

    /// <summary>This database's identity: a UUID stored in the database on first use (keys in-process caches).</summary>
    public async Task<string> DatabaseIdAsync(CancellationToken cancellationToken)
    {
        if (_databaseId is not null)
        {
            return _databaseId;
        }

        var stored = await Db.Set<MetaRow>().AsNoTracking().Where(m => m.Key == "database_id").Select(m => m.Value)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            return _databaseId = stored;
        }

        if (Options.ReadOnly)
        {
            // Nothing may be written: an identity of this opening only (its caches are not shared with other openings).
            return _databaseId = Guid.NewGuid().ToString();
        }

        await ExecuteAsync(
            $"INSERT INTO {SystemTables.Meta} (key, value) VALUES ('database_id', @p0) ON CONFLICT (key) DO NOTHING",
            [Map.Text], [Guid.NewGuid().ToString()], cancellationToken).ConfigureAwait(false);
        return _databaseId = await Db.Set<MetaRow>().AsNoTracking().Where(m => m.Key == "database_id").Select(m => m.Value)
            .FirstAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Allocates a new segment of the first-parent tree. Ids only need to be unique, so they are random 63-bit numbers:
    /// no MAX() query, and concurrent checkouts never collide.
    /// </summary>
    public async Task<long> NewSegmentAsync(long? parent, long forkDepth, CancellationToken cancellationToken)
    {
        var id = System.Security.Cryptography.RandomNumberGenerator.GetInt32(1, int.MaxValue) * (long)int.MaxValue
            + System.Security.Cryptography.RandomNumberGenerator.GetInt32(0, int.MaxValue);
        await ExecuteAsync(
            $"INSERT INTO {SystemTables.Segments} (id, parent_segment, fork_depth) VALUES (@p0, @p1, @p2)",
            [Map.Long, Map.NullableLong, Map.Long],
            [id, parent, forkDepth],
            cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>A unique-key violation: another transaction took the same slot (a commit position, a sequence number).</summary>
    public static bool IsUniqueViolation(Exception exception) =>
        exception.GetBaseException() is System.Data.Common.DbException db && Dialect.Known.Any(d => d.IsUniqueViolation(db));

    /// <summary>
    /// Loads the contents of versions, typed or documents, grouped by entity type, in one query per type (per 500).
    /// With <paramref name="raw"/>, typed versions are read with a raw reader instead of being materialized by EF. A
    /// version whose row is missing is left out, unless retention pruned it: then <see cref="VersionPrunedException"/>,
    /// unless <paramref name="allowPruned"/> (for callers that report pruned versions themselves).
    /// </summary>
    public async Task<Dictionary<VersionId, VersionContent>> LoadContentsAsync(IEnumerable<(string EntityType, VersionId VersionId)> versions, CancellationToken cancellationToken, bool allowPruned = false, bool raw = false)
    {
        var result = new Dictionary<VersionId, VersionContent>();
        var requested = new List<VersionId>();
        foreach (var group in versions.GroupBy(v => v.EntityType, StringComparer.Ordinal))
        {
            var ids = group.Select(v => v.VersionId).Distinct().ToArray();
            requested.AddRange(ids);
            var type = Model.Find(group.Key);
            if (type is not null && raw)
            {
                foreach (var content in await type.ReadContentsAsync(this, ids, cancellationToken).ConfigureAwait(false))
                {
                    result[content.VersionId] = content;
                }
            }
            else if (type is not null)
            {
                foreach (var entity in await type.LoadAsync(Db, ids, cancellationToken).ConfigureAwait(false))
                {
                    result[entity.VersionId] = type.ToContent(entity);
                }
            }
            else
            {
                Model.ThrowIfUndescribed(group.Key);
                foreach (var chunk in ids.Chunk(500))
                {
                    var rows = await Db.Set<DocumentRow>().AsNoTracking().Where(d => chunk.Contains(d.VersionId)).ToListAsync(cancellationToken).ConfigureAwait(false);
                    foreach (var row in rows)
                    {
                        result[row.VersionId] = VersionedType.DocumentContent(row.EntityType, row.EternalId, row.VersionId, row.Data);
                    }
                }
            }
        }

        if (!allowPruned && result.Count < requested.Count)
        {
            await PrunedMarks.ThrowIfPrunedAsync(this, requested.Where(id => !result.ContainsKey(id)), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
