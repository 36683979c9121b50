using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Versioner.Schema;

/// <summary>The context over a bare connection, with the EF provider of its engine and the model the database records.</summary>
internal static class ModelFreeOpening
{
    public static async Task<ModelFreeContext> CreateContextAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var builder = new DbContextOptionsBuilder<ModelFreeContext>();
        _ = connection switch
        {
            SqliteConnection sqlite => builder.UseSqlite(sqlite),
            NpgsqlConnection npgsql => builder.UseNpgsql(npgsql),
            _ => throw new ArgumentException(
                $"Versioner opens SQLite (Microsoft.Data.Sqlite's SqliteConnection) and PostgreSQL (NpgsqlConnection) databases; a {connection.GetType().Name} is neither.",
                nameof(connection)),
        };
        builder.UseVersioning().ReplaceService<IModelCacheKeyFactory, ModelFreeContext.CacheKeys>();
        var (records, typed) = await SchemaRecords.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
        return new ModelFreeContext(builder.Options, ModelFreeShape.For(records, typed));
    }
}
