using System.Reflection;
using Versioner;
using Versioner.Model;
using Versioner.Storage;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Registers versioned entities and Versioner's own tables in a <see cref="DbContext"/>'s model.</summary>
public static class VersioningModelBuilderExtensions
{
    /// <summary>
    /// Adds Versioner's tables (commits, parents, refs, changes, eternal ids, documents, pointer records) and
    /// configures every entity type deriving from <see cref="Versioned"/>: key <see cref="Versioned.VersionId"/>,
    /// foreign keys from <see cref="Versioned.EternalId"/> and <see cref="Versioned.CommitId"/>, and value conversions
    /// for Versioner's id and pointer types on every entity type. Call it last in <c>OnModelCreating</c>, after the
    /// entity types are registered (entity types exposed as <c>DbSet</c> properties are registered already).
    /// </summary>
    /// <returns>The same builder.</returns>
    public static ModelBuilder UseVersioning(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // Pointer values are values, not entities: keep EF's navigation discovery off them.
        modelBuilder.Ignore<EternalIdSet>();
        modelBuilder.Ignore<LargeText>();
        modelBuilder.Ignore<PointerValue>();
        SystemTables.Configure(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            var clrType = entityType.ClrType;
            if (clrType.Namespace == typeof(CommitRow).Namespace && clrType.Assembly == typeof(CommitRow).Assembly)
            {
                continue;
            }

            var builder = modelBuilder.Entity(clrType);
            ConvertVersionerProperties(builder, clrType, declaredOnly: entityType.BaseType is not null);
            if (typeof(Versioned).IsAssignableFrom(clrType) && entityType.BaseType is null)
            {
                ConfigureVersioned(builder, clrType);
            }
        }

        modelBuilder.Model.SetAnnotation(VersioningAnnotations.Configured, true);
        return modelBuilder;
    }

    private static void ConvertVersionerProperties(Metadata.Builders.EntityTypeBuilder builder, Type clrType, bool declaredOnly)
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | (declaredOnly ? BindingFlags.DeclaredOnly : 0);
        foreach (var property in clrType.GetProperties(flags))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetSetMethod(nonPublic: true) is null)
            {
                continue;
            }

            var converter = VersionerConverters.For(property.PropertyType);
            if (converter is null)
            {
                continue;
            }

            var propertyBuilder = builder.Property(property.PropertyType, property.Name);
            if (property.PropertyType == typeof(EternalIdSet))
            {
                propertyBuilder.HasConversion(converter, VersionerConverters.SetComparer);
            }
            else if (property.PropertyType == typeof(LargeText))
            {
                propertyBuilder.HasConversion(converter, VersionerConverters.TextComparer);
            }
            else
            {
                propertyBuilder.HasConversion(converter);
            }
        }
    }

    private static void ConfigureVersioned(Metadata.Builders.EntityTypeBuilder builder, Type clrType)
    {
        builder.HasKey(nameof(Versioned.VersionId));
        builder.Property(nameof(Versioned.VersionId)).ValueGeneratedNever();
        builder.HasOne(typeof(EntityRow)).WithMany().HasForeignKey(nameof(Versioned.EternalId)).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(typeof(CommitRow)).WithMany().HasForeignKey(nameof(Versioned.CommitId)).OnDelete(DeleteBehavior.Restrict);
        if (builder.Metadata.FindAnnotation(VersioningAnnotations.EntityTypeName) is null)
        {
            builder.HasAnnotation(VersioningAnnotations.EntityTypeName, clrType.Name);
        }
    }
}
