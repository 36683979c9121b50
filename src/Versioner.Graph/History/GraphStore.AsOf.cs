using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>As-of queries: the change current along an ancestry path, for a type, some entities or one.</summary>
internal sealed partial class GraphStore
{
    /// <summary>
    /// The newest change of each entity along <paramref name="path"/> (removals included), of entities of
    /// <paramref name="entityType"/> and among <paramref name="ids"/> when given. On a path of one range (a linear
    /// history, or a branch whose line stayed in one segment) a range condition on the rows' validity in their segment
    /// (<see cref="ChangeRow.UntilDepth"/>), the peer of a history table's <c>valid_to</c>; on other short paths (and a
    /// working commit's, <see cref="AncestryPath.OpenTip"/>),
    /// latest-per-entity by depth as a correlated NOT EXISTS over the path index; on a path bound as data (see
    /// <see cref="AncestryPath.InlineLimit"/>), the path's change rows grouped by entity, keeping the deepest, so the
    /// path is read once rather than probed for every row.
    /// </summary>
    public IQueryable<ChangeRow> Current(AncestryPath path, string? entityType = null, IReadOnlyCollection<EternalId>? ids = null)
    {
        if (!path.IsInline)
        {
            return path.Latest(this, entityType, ids);
        }

        if (path.Ranges.Count == 1 && !path.OpenTip)
        {
            var upTo = path.Ranges[0].UpTo;
            return Filter(path.Within<ChangeRow>(this, SystemTables.Changes).Where(r => r.UntilDepth == null || r.UntilDepth > upTo), entityType, ids);
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
        return Filter(path.Within<ChangeRow>(this, SystemTables.Changes), entityType, ids).Where(predicate);
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
}
