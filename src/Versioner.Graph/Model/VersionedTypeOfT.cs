using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;

namespace Versioner.Internal;

internal sealed class VersionedType<T> : VersionedType
    where T : Versioned
{
    private const int ChunkSize = 500;

    public VersionedType(IEntityType entityType, ISqlGenerationHelper sql) : base(entityType, sql)
    {
    }

    public override IQueryable<Versioned> Set(DbContext db) => db.Set<T>().AsNoTracking();

    public override IQueryable<Versioned> AsOf(GraphStore store, AncestryPath path) =>
        SnapshotQueries.Query<T>(store, path, Name).OrderBy(v => v.EternalId);

    public override async Task<List<Versioned>> LoadAsync(DbContext db, IReadOnlyCollection<VersionId> ids, CancellationToken cancellationToken)
    {
        var result = new List<Versioned>(ids.Count);
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            result.AddRange((await db.Set<T>().AsNoTracking().Where(v => chunk.Contains(v.VersionId)).ToListAsync(cancellationToken).ConfigureAwait(false))
                .Select(v => Model.PointerScope.Bind(db, v)));
        }

        return result;
    }

    public override async Task<IReadOnlyList<ConstraintViolation>> FindDuplicatesAsync(GraphStore store, AncestryPath path, CommitId commit, SnapshotUniqueConstraint constraint, CancellationToken cancellationToken)
    {
        // Every current entity (a) that shares the key with a version this commit adds (b): one join, not a scan per version.
        var a = Expression.Parameter(typeof(T), "a");
        var b = Expression.Parameter(typeof(T), "b");
        Expression condition = Expression.NotEqual(Expression.Property(a, nameof(Versioned.EternalId)), Expression.Property(b, nameof(Versioned.EternalId)));
        foreach (var property in constraint.Properties)
        {
            condition = Expression.AndAlso(Expression.Equal(Expression.Property(a, property), Expression.Property(b, property)), condition);
        }

        // Versions the commit makes current: its own, and those a merge takes over from the other side.
        var changes = store.Changes.ChangeSets;
        var added = store.Db.Set<T>().Where(v => changes.Any(c => c.CommitId == commit && c.VersionId == (VersionId?)v.VersionId));
        var matches = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], added.Expression, Expression.Quote(Expression.Lambda<Func<T, bool>>(condition, b)));
        var collection = Expression.Lambda<Func<T, IEnumerable<T>>>(matches, a);
        var pairs = await SnapshotQueries.Query<T>(store, path, Name)
            .SelectMany(collection, (existing, addedVersion) => new { Existing = existing.EternalId, Added = addedVersion })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        KeyValuePair<string, FieldValue>[] KeyOf(T version) =>
            constraint.Properties.Select(name => KeyValuePair.Create(name, FieldValue.From(typeof(T).GetProperty(name)!.GetValue(version), name))).ToArray();

        return pairs
            .GroupBy(p => string.Join(", ", KeyOf(p.Added).Select(k => k.Value.ToString())))
            .Select(g => new ConstraintViolation(
                constraint.Name,
                Name,
                g.Select(p => p.Added.EternalId).Concat(g.Select(p => p.Existing)).Distinct().Order().ToArray(),
                g.Key) { KeyValues = KeyOf(g.First().Added) })
            .ToArray();
    }

    public override async Task<HashSet<VersionId>> ExistingVersionsAsync(DbContext db, IReadOnlyCollection<VersionId> ids, CancellationToken cancellationToken)
    {
        var result = new HashSet<VersionId>();
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            result.UnionWith(await db.Set<T>().AsNoTracking().Where(v => chunk.Contains(v.VersionId)).Select(v => v.VersionId).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return result;
    }
}
