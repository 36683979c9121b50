using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;

namespace Versioner.Internal;

/// <summary>The versioned entity types of one EF model, built once per model.</summary>
internal sealed class VersionedModel
{
    private static readonly ConditionalWeakTable<IModel, VersionedModel> Cache = new();

    private readonly Dictionary<Type, VersionedType> _byClrType;
    private readonly Dictionary<string, VersionedType> _byName;

    private VersionedModel(IModel model, ISqlGenerationHelper sql)
    {
        var types = model.GetEntityTypes()
            .Where(e => typeof(Versioned).IsAssignableFrom(e.ClrType) && e.BaseType is null)
            .Select(e => VersionedType.Create(e, sql))
            .ToArray();
        _byClrType = types.ToDictionary(t => t.ClrType);
        _byName = new Dictionary<string, VersionedType>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (!_byName.TryAdd(type.Name, type))
            {
                throw new VersionedModelException(type.ClrType, $"Two versioned entity types are named '{type.Name}' ({_byName[type.Name].ClrType.FullName} and {type.ClrType.FullName}); give one another name with HasVersionedName().");
            }
        }

        ForeignKeys = model.FindAnnotation(VersioningAnnotations.ForeignKeys)?.Value is not false;
        Undescribed = model.FindAnnotation(VersioningAnnotations.Undescribed)?.Value as IReadOnlyDictionary<string, string>
            ?? new Dictionary<string, string>();
        IsModelFree = model.FindAnnotation(VersioningAnnotations.Undescribed) is not null;
    }

    /// <summary>
    /// On a model built from the database's records (no application model): typed versioned types it cannot read,
    /// with why. Empty for an application's model.
    /// </summary>
    public IReadOnlyDictionary<string, string> Undescribed { get; }

    /// <summary>Whether this model was built from the database's records rather than by the application.</summary>
    public bool IsModelFree { get; }

    /// <summary>Throws <see cref="UndescribedTypeException"/> when <paramref name="entityType"/> is a type this model cannot read.</summary>
    public void ThrowIfUndescribed(string entityType)
    {
        if (Undescribed.TryGetValue(entityType, out var reason))
        {
            throw new UndescribedTypeException(entityType, reason);
        }
    }

    /// <summary>
    /// Whether the typed and change rows reference their commit and eternal id in the database
    /// (<see cref="VersioningModelOptions.ForeignKeys"/>); when not, guards take over what only the constraints refused.
    /// </summary>
    public bool ForeignKeys { get; }

    public IReadOnlyCollection<VersionedType> Types => _byClrType.Values;

    public static VersionedModel For(DbContext db)
    {
        var model = db.Model;
        if (model.FindAnnotation(VersioningAnnotations.Configured) is null)
        {
            throw new VersioningNotConfiguredException(
                $"{db.GetType().Name}'s model has no Versioner tables. Call modelBuilder.UseVersioning() at the end of OnModelCreating.");
        }

        return Cache.GetValue(model, m => new VersionedModel(m, db.GetService<ISqlGenerationHelper>()));
    }

    public VersionedType Get(Type clrType) =>
        _byClrType.TryGetValue(clrType, out var type)
            ? type
            : throw new VersioningNotConfiguredException(
                typeof(Versioned).IsAssignableFrom(clrType)
                    ? $"{clrType.Name} is not in the model; add a DbSet<{clrType.Name}> (or modelBuilder.Entity<{clrType.Name}>()) before calling UseVersioning()."
                    : $"{clrType.Name} does not derive from Versioned, so it cannot be versioned.");

    public VersionedType? Find(string name) => _byName.GetValueOrDefault(name);

    public VersionedType? Find(Type clrType) => _byClrType.GetValueOrDefault(clrType);
}
