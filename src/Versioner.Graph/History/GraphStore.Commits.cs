using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>Commit rows: reading them, turning them into <see cref="Commit"/>s, their ancestry paths and new segments.</summary>
internal sealed partial class GraphStore
{
    /// <summary>A commit row's columns (table alias <c>c</c>) in the order <see cref="ReadRow"/> reads them.</summary>
    internal const string RowColumns = "c.id, c.state, c.checksum, c.author, c.message, c.timestamp_us, c.segment, c.depth, c.generation, c.seq, c.branch";

    /// <summary>The commit row with id <c>@p0</c>.</summary>
    internal const string RowByIdSql = $"SELECT {RowColumns} FROM {SystemTables.Commits} c WHERE c.id = @p0";

    /// <summary>A whole commit row from a raw query selecting <see cref="RowColumns"/> first.</summary>
    internal static CommitRow ReadRow(System.Data.Common.DbDataReader reader)
    {
        var row = CommitRow.Read(reader);
        row.Seq = reader.IsDBNull(9) ? null : reader.GetInt64(9);
        row.Branch = reader.IsDBNull(10) ? null : reader.GetString(10);
        return row;
    }

    /// <summary>
    /// A commit row by id, read raw and kept prepared where the dialect keeps statements (revision resolution and every
    /// reader of one commit: EF's query pipeline cost more than the indexed lookup).
    /// </summary>
    public async Task<CommitRow?> FindCommitRowAsync(CommitId id, CancellationToken cancellationToken) =>
        (await QueryKeptAsync(RowByIdSql, [Map.CommitId], [id], ReadRow, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>
    /// The commit rows of <paramref name="ids"/> that exist, by id: one raw statement with the ids bound as one list
    /// parameter (<see cref="Storage.Dialects.Dialect.InIdList"/>), so its text is the same for any count and stays
    /// prepared where the dialect keeps statements.
    /// </summary>
    public async Task<Dictionary<CommitId, CommitRow>> CommitRowsAsync(IReadOnlyCollection<CommitId> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var (mapping, list) = Dialect.IdListParameter(Map, ids.Select(id => id.Value));
        var rows = await QueryKeptAsync(
            $"SELECT {RowColumns} FROM {SystemTables.Commits} c WHERE {Dialect.InIdList("c.id", "@p0")}",
            [mapping], [list], ReadRow, cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id);
    }

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

    /// <summary>
    /// Commits by id with their parent links, in one raw query (no EF query-cache cost on hot paths), the ids bound as
    /// one list parameter so the statement's text is the same for any count and stays prepared where the dialect keeps
    /// statements.
    /// </summary>
    public async Task<Dictionary<CommitId, Commit>> CommitsByIdAsync(IReadOnlyCollection<CommitId> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var (mapping, list) = Dialect.IdListParameter(Map, ids.Distinct().Select(id => id.Value));
        var rows = await QueryKeptAsync(
            $"SELECT {RowColumns}, p.ordinal, p.parent_id " +
            $"FROM {SystemTables.Commits} c LEFT JOIN {SystemTables.CommitParents} p ON p.commit_id = c.id WHERE {Dialect.InIdList("c.id", "@p0")}",
            [mapping],
            [list],
            reader => (
                Row: ReadRow(reader),
                Ordinal: reader.IsDBNull(11) ? -1 : Convert.ToInt32(reader.GetValue(11), System.Globalization.CultureInfo.InvariantCulture),
                Parent: reader.IsDBNull(12) ? default : new CommitId(GuidColumn.Read(reader, 12))),
            cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.Row.Id).ToDictionary(
            g => g.Key,
            g => new Commit(g.First().Row, g.Where(r => r.Ordinal >= 0).OrderBy(r => r.Ordinal).Select(r => r.Parent).ToArray()));
    }

    public async Task<Commit> ToCommitAsync(CommitRow row, CancellationToken cancellationToken) =>
        (await ToCommitsAsync([row], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// The first-parent path of <paramref name="row"/>; a working commit's is marked <see cref="AncestryPath.OpenTip"/>
    /// (its superseded rows are closed only at finalize).
    /// </summary>
    public Task<AncestryPath> PathAsync(CommitRow row, CancellationToken cancellationToken) => PathAsync(row, null, cancellationToken);

    /// <summary>
    /// <see cref="PathAsync(CommitRow, CancellationToken)"/>, given the row of <paramref name="row"/>'s segment just read
    /// with it (<see cref="AncestryPath.LoadAsync"/> checks it against the kept one and reads it no more).
    /// </summary>
    public async Task<AncestryPath> PathAsync(CommitRow row, (long? Parent, long Fork)? segmentRow, CancellationToken cancellationToken)
    {
        var path = await AncestryPath.LoadAsync(this, row.Segment, row.Depth, row.State == CommitState.Finalized, segmentRow, cancellationToken).ConfigureAwait(false);
        return row.State == CommitState.Working && row.Checksum is null ? path.WithOpenTip() : path;
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
}
