using Microsoft.EntityFrameworkCore;
using Versioner.Internal;
using Versioner.Storage;

namespace Versioner;

// Schema migrations: keeping checksums true when an entity type's fields change.
public sealed partial class Repository
{
    /// <summary>
    /// Brings checksums up to date after a schema migration (an EF Core migration, say) added, removed, renamed or
    /// retyped fields of versioned entity types. Call it once after <c>context.Database.MigrateAsync()</c> and before
    /// <see cref="OpenAsync(DbContext, RepositoryOptions?, CancellationToken)"/>; it does nothing when no type's fields changed, so it is safe to call on every start-up.
    /// </summary>
    /// <remarks>
    /// Every version of a changed type is re-hashed from its row as now stored (a new column holds whatever the
    /// migration put there, a renamed field's value counts under its new name), the checksums recorded for those versions
    /// are replaced, and every finalized commit from the first one touching those types is re-hashed in finalization
    /// order. The result depends only on the stored content, so two databases with equal checksums before the same
    /// migration have equal checksums after it. It runs in one transaction, in batches (constant memory); a failure
    /// leaves the database as it was. Commits keep their ids; only checksums change, so a database that has not been
    /// migrated yet compares as different until it is.
    /// </remarks>
    /// <param name="context">A context on the migrated database, configured with <c>UseVersioning()</c> like for <see cref="OpenAsync(DbContext, RepositoryOptions?, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Cancels the migration (nothing is changed).</param>
    /// <returns>The types whose fields changed and how many checksums were recomputed.</returns>
    public static Task<ChecksumMigration> MigrateChecksumsAsync(DbContext context, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => MigrateChecksumsCoreAsync(context, cancellationToken));

    private static async Task<ChecksumMigration> MigrateChecksumsCoreAsync(DbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var store = new GraphStore(context, new RepositoryOptions());
        await StorageFormat.CheckAsync(store, record: false, cancellationToken).ConfigureAwait(false);
        return await ChecksumMigrator.RunAsync(store, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates the tables of Versioner's own that this version added and <paramref name="context"/>'s database lacks
    /// (a database made with <c>EnsureCreated</c> by an older Versioner: <c>EnsureCreated</c> does nothing to a database
    /// that exists). Tables already there are left alone. A database managed with EF migrations should get the new
    /// tables from a migration instead (<c>dotnet ef migrations add</c> picks them up from the model).
    /// </summary>
    /// <returns>The names of the tables created; empty when none was missing.</returns>
    public static Task<IReadOnlyList<string>> CreateMissingTablesAsync(DbContext context, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => CreateMissingTablesCoreAsync(context, cancellationToken));

    private static Task<IReadOnlyList<string>> CreateMissingTablesCoreAsync(DbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SystemTableUpgrade.CreateMissingAsync(context, cancellationToken);
    }
}
