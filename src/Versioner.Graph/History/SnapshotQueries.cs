using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// The as-of query of one entity type: on a path of one range the version rows in effect by their place
/// (<see cref="ChangeReads.InEffect{T}"/>); on other paths the current change of each entity along the path, joined to
/// its version row.
/// </summary>
internal static class SnapshotQueries
{
    public static IQueryable<T> Query<T>(GraphStore store, AncestryPath path, string entityType)
        where T : Versioned
    {
        if (ChangeReads.IsOneRange(path))
        {
            return Model.BindingQueryProvider.Wrap(store.Changes.InEffect<T>(path, entityType).AsNoTracking(), store.Db);
        }

        // Joined on the eternal id as well as the version id (the same entity on both sides): a caller's filter on the
        // version's EternalId then reaches the change rows by equality (PostgreSQL's equivalence classes, SQLite's
        // transitive constraints), so the planner can seek the entity's own changes (ix_versioner_changes_entity_path)
        // instead of walking every change of the type on the path.
        var current = store.Changes.Current(path, entityType).Where(c => c.VersionId != null);
        return Model.BindingQueryProvider.Wrap(
            current.Join(
                store.Db.Set<T>(),
                c => new { Version = c.VersionId, Entity = c.EternalId },
                v => new { Version = (VersionId?)v.VersionId, Entity = v.EternalId },
                (c, v) => v).AsNoTracking(),
            store.Db);
    }

    /// <summary>Entities of <paramref name="entityType"/> whose set field holds <paramref name="member"/>.</summary>
    public static IQueryable<T> Containing<T>(GraphStore store, AncestryPath path, string entityType, Expression<Func<T, EternalIdSet?>> set, EternalId member)
        where T : Versioned
    {
        var v = set.Parameters[0];
        var m = Expression.Parameter(typeof(PointerMemberRow), "m");
        var body = set.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : set.Body;
        var memberMatch = Expression.Lambda<Func<PointerMemberRow, bool>>(
            Expression.AndAlso(
                Expression.Equal(Expression.Property(m, nameof(PointerMemberRow.Set)), body),
                Expression.Equal(Expression.Property(m, nameof(PointerMemberRow.Member)), Expression.Property(Expression.Constant(new MemberHolder(member)), nameof(MemberHolder.Value)))),
            m);
        var any = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(PointerMemberRow)], ((IQueryable<PointerMemberRow>)store.Db.Set<PointerMemberRow>()).Expression, Expression.Quote(memberMatch));
        return Query<T>(store, path, entityType).Where(Expression.Lambda<Func<T, bool>>(any, v));
    }

    private sealed class MemberHolder(EternalId value)
    {
        public EternalId Value { get; } = value;
    }
}
