using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Versioner.Model;

/// <summary>
/// What <c>optionsBuilder.UseVersioning()</c> adds to EF's services: a check, when the model is finalized, that
/// <c>modelBuilder.UseVersioning()</c> saw every versioned entity type. Without it a forgotten or early call surfaces
/// as EF's own error about an unmapped <see cref="EternalId"/> or a missing key, which does not say what to do.
/// </summary>
internal sealed class VersioningOptionsExtension : IDbContextOptionsExtension
{
    public static VersioningOptionsExtension Instance { get; } = new();

    private VersioningOptionsExtension() => Info = new ExtensionInfo(this);

    public DbContextOptionsExtensionInfo Info { get; }

    public void ApplyServices(IServiceCollection services) =>
        new EntityFrameworkServicesBuilder(services).TryAdd<IConventionSetPlugin, ConventionSetPlugin>();

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "using Versioner ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["Versioner"] = "1";
    }

    private sealed class ConventionSetPlugin : IConventionSetPlugin
    {
        public ConventionSet ModifyConventions(ConventionSet conventionSet)
        {
            conventionSet.ModelFinalizingConventions.Add(new ModelCheck());
            return conventionSet;
        }
    }

    /// <summary>Refuses a model in which a versioned entity type was not configured by <c>modelBuilder.UseVersioning()</c>.</summary>
    private sealed class ModelCheck : IModelFinalizingConvention
    {
        public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
        {
            var configured = modelBuilder.Metadata.FindAnnotation(VersioningAnnotations.Configured) is not null;
            foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
            {
                if (typeof(Versioned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null
                    && entityType.FindAnnotation(VersioningAnnotations.EntityTypeName) is null)
                {
                    var name = entityType.ClrType.Name;
                    throw new VersioningNotConfiguredException(configured
                        ? $"{name} was added to the model after modelBuilder.UseVersioning() ran, so it is not versioned. Call modelBuilder.UseVersioning() last in OnModelCreating, after every entity type is configured."
                        : $"{name} derives from Versioned, but OnModelCreating never called modelBuilder.UseVersioning(). Call it at the end of OnModelCreating, after every entity type is configured.");
                }
            }
        }
    }
}
