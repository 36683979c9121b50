using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Versioner.Internal;

/// <summary>
/// Creates the system tables (and their indexes) that a newer Versioner added to the model and an existing database,
/// made with <c>EnsureCreated</c> by an older one, lacks. The DDL comes from EF's own migrations SQL generator for the
/// context's provider, so the tables are exactly what <c>EnsureCreated</c> would make today.
/// </summary>
internal static class SystemTableUpgrade
{
    /// <summary>Creates the missing tables in one transaction: the caller's if it holds one, else one of its own.</summary>
    public static async Task<IReadOnlyList<string>> CreateMissingAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await CreateMissingInTransactionAsync(db, cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var missing = await CreateMissingInTransactionAsync(db, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return missing;
    }

    /// <summary>As <see cref="CreateMissingAsync"/>, in the transaction the caller holds (a storage upgrade's).</summary>
    public static async Task<IReadOnlyList<string>> CreateMissingInTransactionAsync(DbContext db, CancellationToken cancellationToken)
    {
        var model = db.GetService<IDesignTimeModel>().Model;
        var operations = db.GetService<IMigrationsModelDiffer>().GetDifferences(null, model.GetRelationalModel());
        var missing = new List<string>();
        foreach (var create in operations.OfType<CreateTableOperation>().Where(t => t.Name.StartsWith("versioner_", StringComparison.Ordinal)))
        {
            if (!await ExistsAsync(db, create.Name, cancellationToken).ConfigureAwait(false))
            {
                missing.Add(create.Name);
            }
        }

        if (missing.Count == 0)
        {
            return missing;
        }

        var wanted = operations.Where(o => o switch
        {
            CreateTableOperation t => missing.Contains(t.Name),
            CreateIndexOperation i => missing.Contains(i.Table),
            _ => false,
        }).ToList();
        foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(wanted, model))
        {
            await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken).ConfigureAwait(false);
        }

        return missing;
    }

    private static async Task<bool> ExistsAsync(DbContext db, string table, CancellationToken cancellationToken)
    {
        var sql = Versioner.Storage.Dialects.Dialect.For(db).CountTablesSql;
        return (await db.Database.SqlQueryRaw<int>(sql, table).ToListAsync(cancellationToken).ConfigureAwait(false))[0] > 0;
    }
}
