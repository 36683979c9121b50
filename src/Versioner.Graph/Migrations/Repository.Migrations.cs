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
    /// Upgrades a database written by an older Versioner to this version's storage format, which opening it requires
    /// (until then <see cref="OpenAsync(DbContext, RepositoryOptions?, CancellationToken)"/> refuses it with
    /// <see cref="StorageUpgradeRequiredException"/>). Call it once, as the role that owns Versioner's tables (it
    /// changes their schema and guards), after any EF migration of the application; it does nothing to a database
    /// already in this format, so it is safe to call on every start-up.
    /// </summary>
    /// <remarks>
    /// Format 1 to 2 adds the change rows' validity on their segment (<c>versioner_changes.until_depth</c>), which lets
    /// a snapshot on one segment (a linear history, or a branch whose line stayed in one segment) read as a range
    /// instead of searching for later rows. A database managed with EF migrations may add the column by a migration
    /// first (<c>dotnet ef migrations add</c> picks it up from the model); the upgrade adds it when it is missing. It
    /// runs in one transaction: a failure leaves the database as it was. Format 2 to 3 stores every id on SQLite as 16
    /// bytes in RFC 9562 order instead of 36-character text: each table of the context's model with an id column
    /// (Versioner's, the versioned types', any other storing Versioner's id types) is rebuilt as a new database has it,
    /// its indexes and Versioner's guards made again; on PostgreSQL only the record changes. A database goes straight
    /// from its format to the current one. Commits, versions and checksums are unchanged (checksums are of content
    /// only), so Verify and compare give the same answers before and after.
    /// </remarks>
    /// <param name="context">A context on the database, configured with <c>UseVersioning()</c> (or the model-free opening's context).</param>
    /// <param name="cancellationToken">Cancels the upgrade (nothing is changed).</param>
    /// <returns>The format the database was in and is in now.</returns>
    /// <exception cref="UnsupportedStorageFormatException">The database is in a newer or unknown format.</exception>
    /// <exception cref="VersioningNotConfiguredException">On SQLite, a table to rebuild has a column the model does not map (nothing is changed).</exception>
    /// <exception cref="TransactionNotAllowedException">On SQLite, a transaction is open on the context's connection (the upgrade runs in its own; nothing is changed).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The first parameter's type (DbContext or DbConnection) decides; no call is ambiguous.")]
    public static Task<StorageUpgradeResult> UpgradeStorageAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ProviderErrors.RunAsync(() => StorageUpgrade.RunAsync(context, cancellationToken));
    }

    /// <summary>
    /// <see cref="UpgradeStorageAsync(DbContext, CancellationToken)"/> over a bare connection, without the application's
    /// model (as <see cref="OpenAsync(System.Data.Common.DbConnection, RepositoryOptions?, CancellationToken)"/> opens
    /// one): what the <c>versioner upgrade</c> command runs.
    /// </summary>
    /// <param name="connection">A SQLite or PostgreSQL connection to the database (opened or not; left as it was given).</param>
    /// <param name="cancellationToken">Cancels the upgrade (nothing is changed).</param>
    /// <returns>The format the database was in and is in now.</returns>
    /// <exception cref="UnsupportedStorageFormatException">The database is in a newer or unknown format.</exception>
    /// <exception cref="UndescribedTypeException">On SQLite, the database holds versions of a type it does not describe, whose ids cannot be converted without its table in the model (nothing is changed).</exception>
    /// <exception cref="TransactionNotAllowedException">On SQLite, a transaction is open on the connection (the upgrade runs in its own; nothing is changed).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The first parameter's type (DbContext or DbConnection) decides; no call is ambiguous.")]
    public static Task<StorageUpgradeResult> UpgradeStorageAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return ProviderErrors.RunAsync(async () =>
        {
            await using var context = await Versioner.Schema.ModelFreeOpening.CreateContextAsync(connection, cancellationToken).ConfigureAwait(false);
            return await StorageUpgrade.RunAsync(context, cancellationToken).ConfigureAwait(false);
        });
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
