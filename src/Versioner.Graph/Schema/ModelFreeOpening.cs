using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Versioner.Storage.Dialects;

namespace Versioner.Schema;

/// <summary>The context over a bare connection, with the EF provider of its engine and the model the database records.</summary>
internal static class ModelFreeOpening
{
    public static async Task<ModelFreeContext> CreateContextAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _ = Dialect.ForConnection(connection); // a connection of neither engine is refused before anything is sent
        var (records, typed) = await SchemaRecords.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
        return CreateContext(connection, ModelFreeShape.For(records, typed));
    }

    /// <summary>The context over <paramref name="connection"/> with a shape given rather than read (a replica's, before its database records one).</summary>
    public static ModelFreeContext CreateContext(DbConnection connection, ModelFreeShape shape)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var builder = new DbContextOptionsBuilder<ModelFreeContext>();
        Dialect.ForConnection(connection).Use(builder, connection);
        builder.UseVersioning().ReplaceService<IModelCacheKeyFactory, ModelFreeContext.CacheKeys>();
        return new ModelFreeContext(builder.Options, shape);
    }
}
