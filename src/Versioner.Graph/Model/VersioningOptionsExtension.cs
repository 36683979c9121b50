using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Model;

/// <summary>
/// What <c>optionsBuilder.UseVersioning()</c> adds to EF's services: a check, when the model is finalized, that
/// <c>modelBuilder.UseVersioning()</c> saw every versioned entity type (without it a forgotten or early call surfaces
/// as EF's own error about an unmapped <see cref="EternalId"/> or a missing key, which does not say what to do), and,
/// on an engine that stores ids as bytes (<see cref="Dialect.StoresIdsAsBytes"/>: SQLite), the id columns' conversion
/// to 16 bytes in RFC 9562 order. The model builder does not know its provider; EF's services do.
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

    private sealed class ConventionSetPlugin(IDbContextOptions options, IEnumerable<IDatabaseProvider> providers, ITypeMappingSource typeMappings) : IConventionSetPlugin
    {
        public ConventionSet ModifyConventions(ConventionSet conventionSet)
        {
            conventionSet.ModelFinalizingConventions.Add(new ModelCheck());
            var provider = providers.FirstOrDefault(p => p.IsConfigured(options));
            if (Dialect.Find(provider?.Name) is { StoresIdsAsBytes: true } dialect)
            {
                // First: EF's type mapping convention then maps the columns by their new converters.
                conventionSet.ModelFinalizingConventions.Insert(0, new IdsAsBytes());
                // Last: the columns' facets are final when EF's mapping of them is made.
                conventionSet.ModelFinalizingConventions.Add(new IdMappings(dialect, typeMappings));
            }

            return conventionSet;
        }
    }

    /// <summary>
    /// Converts every id column of Versioner's to 16 bytes (<see cref="VersionerConverters.AsBytes"/>): those converted
    /// from <see cref="EternalId"/>, <see cref="VersionId"/> and <see cref="CommitId"/> in any entity type (Versioner's
    /// tables, the application's versioned types and any other entity type using those types), and the
    /// <see cref="Guid"/> ids of Versioner's own tables (redactions).
    /// </summary>
    private sealed class IdsAsBytes : IModelFinalizingConvention
    {
        public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
        {
            foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
            {
                var own = entityType.ClrType.Assembly == typeof(CommitRow).Assembly && entityType.ClrType.Namespace == typeof(CommitRow).Namespace;
                foreach (var property in entityType.GetDeclaredProperties())
                {
                    var converter = property.GetValueConverter();
                    if ((converter is not null || own) && VersionerConverters.AsBytes(converter, property.ClrType) is { } bytes)
                    {
                        ((IMutableProperty)property).SetValueConverter(bytes);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Sets the type mapping of every id column converted to 16 bytes to the dialect's (<see cref="Dialect.IdColumnMapping"/>),
    /// made from the one EF's provider makes for the column: the same storage, read as the dialect reads ids.
    /// </summary>
    private sealed class IdMappings(Dialect dialect, ITypeMappingSource typeMappings) : IModelFinalizingConvention
    {
        public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
        {
            foreach (var property in modelBuilder.Metadata.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
            {
                if (VersionerConverters.IsBytes(property.GetValueConverter())
                    && typeMappings.FindMapping((IProperty)property) is RelationalTypeMapping mapping
                    && dialect.IdColumnMapping(mapping) is var idMapping && !ReferenceEquals(idMapping, mapping))
                {
                    ((IMutableProperty)property).SetTypeMapping(idMapping);
                }
            }
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
