using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Versioner.Schema;

/// <summary>The context of a database opened without the application's model: its model is a <see cref="ModelFreeShape"/>.</summary>
internal sealed class ModelFreeContext(DbContextOptions<ModelFreeContext> options, ModelFreeShape shape) : DbContext(options)
{
    public ModelFreeShape Shape { get; } = shape;

    protected override void OnModelCreating(ModelBuilder modelBuilder) => Shape.Configure(modelBuilder);

    /// <summary>One EF model per shape, not one per context type.</summary>
    internal sealed class CacheKeys : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            context is ModelFreeContext modelFree ? (typeof(ModelFreeContext), modelFree.Shape.Key, designTime) : (context.GetType(), designTime);
    }
}
