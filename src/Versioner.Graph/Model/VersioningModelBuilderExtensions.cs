using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
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
    /// foreign keys from <see cref="Versioned.EternalId"/> and <see cref="Versioned.CommitId"/> (see
    /// <see cref="VersioningModelOptions.ForeignKeys"/> to leave them out), and value conversions
    /// for Versioner's id and pointer types on every entity type. Call it last in <c>OnModelCreating</c>, after the
    /// entity types are registered (entity types exposed as <c>DbSet</c> properties are registered already).
    /// </summary>
    /// <returns>The same builder.</returns>
    public static ModelBuilder UseVersioning(this ModelBuilder modelBuilder) => UseVersioning(modelBuilder, _ => { });

    /// <summary>
    /// <see cref="UseVersioning(ModelBuilder)"/> with schema options, for example
    /// <c>modelBuilder.UseVersioning(o => o.ForeignKeys = false)</c> for bulk loads (see
    /// <see cref="VersioningModelOptions.ForeignKeys"/> for what that gives up).
    /// </summary>
    /// <param name="modelBuilder">The model of the context that holds the history.</param>
    /// <param name="configure">Sets the options; they start at their defaults.</param>
    /// <returns>The same builder.</returns>
    public static ModelBuilder UseVersioning(this ModelBuilder modelBuilder, Action<VersioningModelOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new VersioningModelOptions();
        configure(options);

        // Pointer values are values, not entities: keep EF's navigation discovery off them.
        modelBuilder.Ignore<EternalIdSet>();
        modelBuilder.Ignore<LargeText>();
        modelBuilder.Ignore<PointerValue>();
        SystemTables.Configure(modelBuilder, options.ForeignKeys);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            var clrType = entityType.ClrType;
            if (clrType.Namespace == typeof(CommitRow).Namespace && clrType.Assembly == typeof(CommitRow).Assembly)
            {
                continue;
            }

            var builder = modelBuilder.Entity(clrType);
            ConvertVersionerProperties(builder, clrType, declaredOnly: entityType.BaseType is not null);
            if (typeof(Versioned).IsAssignableFrom(clrType))
            {
                CheckFields(entityType);
                ConvertDateTimes(builder);
                if (entityType.BaseType is null)
                {
                    ConfigureVersioned(builder, clrType, options.ForeignKeys);
                }
            }
        }

        modelBuilder.Model.SetAnnotation(VersioningAnnotations.Configured, true);
        if (!options.ForeignKeys)
        {
            // Recorded only when off, so the default model (and its migrations' snapshots) stay as they were.
            modelBuilder.Model.SetAnnotation(VersioningAnnotations.ForeignKeys, false);
        }

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

    /// <summary>
    /// Refuses, while the model is built, what Versioner could not hash, diff and store alike on every engine: an EF
    /// complex property, or a field of a CLR type without a canonical form.
    /// </summary>
    /// <exception cref="VersionedModelException">The entity type has such a member.</exception>
    private static void CheckFields(Metadata.IMutableEntityType entityType)
    {
        var name = entityType.ClrType.Name;
        foreach (var complex in entityType.GetDeclaredComplexProperties())
        {
            throw new VersionedModelException(entityType.ClrType,
                $"{name}.{complex.Name} is an EF complex property ({complex.ComplexType.ClrType.Name}); Versioner hashes, diffs and merges a versioned type's own fields only. "
                + $"Make its members properties of {name}, or store the value as a JSON string.");
        }

        foreach (var property in entityType.GetDeclaredProperties())
        {
            if (!property.IsShadowProperty() && !SupportedFieldTypes.IsSupported(property.ClrType))
            {
                throw new VersionedModelException(entityType.ClrType,
                    $"{name}.{property.Name} is of type {property.ClrType.Name}, which Versioner cannot hash and store alike on every engine. "
                    + $"Use one of: {SupportedFieldTypes.List} (or Ignore() the property).");
            }
        }
    }

    /// <summary>
    /// One rule for <see cref="DateTime"/> fields on every engine (<see cref="VersionerConverters.UtcDateTime"/>), unless
    /// the model already converts the property its own way.
    /// </summary>
    private static void ConvertDateTimes(Metadata.Builders.EntityTypeBuilder builder)
    {
        foreach (var property in builder.Metadata.GetDeclaredProperties())
        {
            if ((Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(DateTime) && property.GetValueConverter() is null)
            {
                property.SetValueConverter(VersionerConverters.ForDateTime(property.FindAnnotation(RelationalAnnotationNames.ColumnType)?.Value as string));
            }
        }
    }

    private static void ConfigureVersioned(Metadata.Builders.EntityTypeBuilder builder, Type clrType, bool foreignKeys)
    {
        builder.HasKey(nameof(Versioned.VersionId));
        builder.Property(nameof(Versioned.VersionId)).ValueGeneratedNever();
        PlaceColumns.Configure(builder, nameof(Versioned.EternalId));
        if (foreignKeys)
        {
            builder.HasOne(typeof(EntityRow)).WithMany().HasForeignKey(nameof(Versioned.EternalId)).OnDelete(DeleteBehavior.Restrict);
            builder.HasOne(typeof(CommitRow)).WithMany().HasForeignKey(nameof(Versioned.CommitId)).OnDelete(DeleteBehavior.Restrict);
        }
        else
        {
            // The indexes EF makes for those foreign keys stay (reads and Verify use them), under the names EF gives
            // them, unless an index the model already has starts with the column (as EF would then make none).
            IndexUnlessCovered(builder, nameof(Versioned.EternalId));
            IndexUnlessCovered(builder, nameof(Versioned.CommitId));
        }

        if (builder.Metadata.FindAnnotation(VersioningAnnotations.EntityTypeName) is null)
        {
            builder.HasAnnotation(VersioningAnnotations.EntityTypeName, clrType.Name);
        }
    }

    private static void IndexUnlessCovered(Metadata.Builders.EntityTypeBuilder builder, string property)
    {
        if (!builder.Metadata.GetIndexes().Any(i => i.Properties[0].Name == property))
        {
            builder.HasIndex(property);
        }
    }
}
