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
        var builder = new DbContextOptionsBuilder<ModelFreeContext>();
        Dialect.ForConnection(connection).Use(builder, connection);
        builder.UseVersioning().ReplaceService<IModelCacheKeyFactory, ModelFreeContext.CacheKeys>();
        var (records, typed) = await SchemaRecords.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
        return new ModelFreeContext(builder.Options, ModelFreeShape.For(records, typed));
    }
}
