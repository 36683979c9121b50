using Microsoft.EntityFrameworkCore;
using Versioner.Internal;

namespace Versioner.Studio.Hosting;

/// <summary>
/// A version found by its id alone, typed or a document's, whatever its commit: what a pinned reference, a problem of
/// Verify's, the Studio's <c>/version/{id}</c> and <c>versioner show VERSION_ID</c> lead to. Over any repository, the
/// app's embedded or the model-free opening's (whose emitted classes the typed lookup reads).
/// </summary>
internal static class VersionLookup
{
    /// <summary>
    /// Finds one version by id, whatever its commit: its type, its entity and the commit that added it (how a pinned
    /// reference or a problem of Verify's leads to its row). A typed version is read by primary key through the model's
    /// classes (the app's embedded, the emitted ones standalone): in <paramref name="entityType"/> when given, else in
    /// every versioned type at once (a <c>UNION ALL</c> of one primary-key lookup per type, up to 400 types a query),
    /// never a scan; a dynamic document's, which no class holds, through <see cref="Repository.FindDocumentVersionAsync"/>.
    /// </summary>
    /// <returns>The version's place, or null when no version (of <paramref name="entityType"/>, when given) has that id.</returns>
    /// <exception cref="VersionPrunedException">Retention pruned that version, typed or a document's.</exception>
    /// <exception cref="DatabaseException">The database refused a read (busy, unreachable, a table changed outside Versioner).</exception>
    public static Task<VersionPlace?> FindAsync(Repository repository, VersionId versionId, string? entityType, CancellationToken cancellationToken) =>
        // Its own queries (the typed lookup, the pruned marks) are no public method's: their provider errors become the
        // engine's exceptions here, as every public method's do.
        ProviderErrors.RunAsync(() => FindCoreAsync(repository, versionId, entityType, cancellationToken));

    private static async Task<VersionPlace?> FindCoreAsync(Repository repository, VersionId versionId, string? entityType, CancellationToken cancellationToken)
    {
        var context = repository.Context;
        // SQLite takes at most 500 terms in one compound SELECT: a model of more types is read in as few queries as that allows.
        foreach (var types in VersionedTypes(repository).Where(t => entityType is null || t.Name == entityType).Chunk(TypesPerQuery))
        {
            var rows = types
                .Select(t => (IQueryable<VersionRow>)RowOfMethod.MakeGenericMethod(t.ClrType).Invoke(null, [context, t.Name, versionId])!)
                .Aggregate((all, next) => all.Concat(next));

            // At most one row per type (the key of each); all of them, not the first, which without an order EF warns about.
            var found = await rows.ToListAsync(cancellationToken).ConfigureAwait(false);
            if (found.Count > 0)
            {
                return new VersionPlace(found[0].EntityType, found[0].EternalId, found[0].CommitId);
            }
        }

        if (entityType is null || !HasClass(repository, entityType))
        {
            var document = await repository.FindDocumentVersionAsync(versionId, cancellationToken).ConfigureAwait(false);
            if (document is not null)
            {
                return entityType is null || document.EntityType == entityType
                    ? new VersionPlace(document.EntityType, document.EternalId, document.CommitId)
                    : null;
            }
        }

        // No row has it: a typed version retention pruned says so, as FindVersionAsync<T> does (one probe by key).
        var marks = await PrunedMarks.FindAsync(repository.Store, [versionId], cancellationToken).ConfigureAwait(false);
        return marks.TryGetValue(versionId, out var pruned) && (entityType is null || pruned.EntityType == entityType)
            ? throw new VersionPrunedException(pruned)
            : null;
    }

    /// <summary>
    /// The commit that added a version <see cref="FindAsync"/> found, which its row names: that commit's row missing is
    /// damage (rows changed or deleted outside Versioner), not an id mistyped, and is said so, naming the version.
    /// </summary>
    /// <exception cref="HistoryDamagedException">The version's row names a commit that is not in this database.</exception>
    /// <exception cref="DatabaseException">The database refused the read.</exception>
    public static async Task<Commit> CommitOfAsync(Repository repository, VersionId versionId, VersionPlace place, CancellationToken cancellationToken)
    {
        try
        {
            return await repository.FindCommitAsync(place.CommitId, cancellationToken).ConfigureAwait(false);
        }
        catch (RevisionNotFoundException)
        {
            throw new HistoryDamagedException(
                $"Version {versionId} of {place.EntityType} {place.EternalId} is in this database, but commit {place.CommitId}, which added it, is missing: "
                + "the history is damaged (rows changed or deleted outside Versioner). versioner verify lists every damaged row.");
        }
    }

    /// <summary>
    /// Which of <paramref name="versionIds"/> retention pruned, with when and by which policy (one query by key): what
    /// an entity's history marks, since the engine's <see cref="Repository.HistoryAsync(EternalId, Revision, LogOptions?, CancellationToken)"/>
    /// lists a pruned version's id as it lists a stored one's.
    /// </summary>
    /// <exception cref="DatabaseException">The database refused the read.</exception>
    public static Task<Dictionary<VersionId, PrunedVersion>> PrunedAsync(Repository repository, IEnumerable<VersionId> versionIds, CancellationToken cancellationToken) =>
        ProviderErrors.RunAsync(() => PrunedMarks.FindAsync(repository.Store, versionIds, cancellationToken));

    private const int TypesPerQuery = 400;

    private static readonly System.Reflection.MethodInfo RowOfMethod =
        typeof(VersionLookup).GetMethod(nameof(RowOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    /// <summary>
    /// The row of version <paramref name="versionId"/> if <typeparamref name="T"/> has it, as a query to concatenate: the
    /// type's name is a constant of the SQL (a set operation takes no client projection), the rest the row's columns.
    /// </summary>
    private static IQueryable<VersionRow> RowOf<T>(DbContext context, string name, VersionId versionId)
        where T : Versioned =>
        context.Set<T>().AsNoTracking().Where(v => v.VersionId == versionId)
            .Select(v => new VersionRow { EntityType = EF.Constant(name), EternalId = v.EternalId, CommitId = v.CommitId });

    /// <summary>What <see cref="FindCoreAsync"/> reads of a row, in a shape every type's query shares.</summary>
    private sealed class VersionRow
    {
        public string EntityType { get; init; } = "";

        public EternalId EternalId { get; init; }

        public CommitId CommitId { get; init; }
    }

    /// <summary>True when a class of the repository's model holds the versions of <paramref name="entityType"/> (a typed versioned type, not a dynamic document type).</summary>
    public static bool HasClass(Repository repository, string entityType) => VersionedTypes(repository).Any(t => t.Name == entityType);

    /// <summary>The versioned types of the repository's model, by versioned name, with their classes.</summary>
    private static IEnumerable<(string Name, Type ClrType)> VersionedTypes(Repository repository) =>
        repository.Context.Model.GetEntityTypes()
            .Where(t => t.BaseType is null)
            .Select(t => (Name: t.GetVersionedName(), t.ClrType))
            .Where(t => t.Name is not null)
            .Select(t => (t.Name!, t.ClrType));
}

/// <summary>Where a version lives: its type, its entity, and the commit that added it.</summary>
internal sealed record VersionPlace(string EntityType, EternalId EternalId, CommitId CommitId);
