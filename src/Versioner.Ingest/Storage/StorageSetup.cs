using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Versioner.Ingest.Configuration;

namespace Versioner.Ingest.Storage;

/// <summary>Configures the provider and creates the database on first start.</summary>
internal static class StorageSetup
{
    /// <summary>
    /// Upgrades the service's database to the current storage format (<see cref="Repository.UpgradeStorageAsync(DbContext, CancellationToken)"/>)
    /// with the service's own model, so the ingest tables' ids are converted with Versioner's (on SQLite, format 3's
    /// 16-byte ids); <c>versioner upgrade</c> knows Versioner's tables only. What <c>-- upgrade</c> runs, with the
    /// service stopped.
    /// </summary>
    public static async Task<StorageUpgradeResult> UpgradeAsync(IDbContextFactory<IngestDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await Repository.UpgradeStorageAsync(db, cancellationToken);
    }

    public static void Configure(DbContextOptionsBuilder builder, StorageOptions options)
    {
        _ = options.Provider switch
        {
            StorageProvider.Sqlite => builder.UseSqlite(options.ConnectionString).AddInterceptors(SqliteDurabilityInterceptor.Instance),
            StorageProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString),
            _ => throw new IngestStorageException($"Unknown storage provider {options.Provider}; use Sqlite or PostgreSql."),
        };
        builder.UseVersioning();
    }

    /// <summary>Creates the tables when the database is new and checks the ingest tables are there.</summary>
    /// <exception cref="IngestStorageException">The database holds Versioner tables but not the ingest tables.</exception>
    public static async Task EnsureCreatedAsync(IngestDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null && path != ":memory:")
            {
                Directory.CreateDirectory(directory);
            }
        }

        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL: readers never wait for the writer; with synchronous=FULL (SqliteDurabilityInterceptor) a commit is on disk when it returns.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", cancellationToken);
        }

        try
        {
            await db.Records.AnyAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException)
        {
            throw new IngestStorageException(
                $"The database already holds tables but not the ingest tables ({IngestDbContext.VersionsTable}, {IngestDbContext.StateTable}). " +
                "Point Versioner:Storage:ConnectionString at a database of its own (a new SQLite file or an empty PostgreSQL database).", ex);
        }
    }
}
