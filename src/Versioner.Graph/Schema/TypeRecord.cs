using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Versioner.Internal;
using Versioner.Model;

namespace Versioner.Schema;

/// <summary>
/// What the database records about one versioned type (<c>versioner_meta</c>, key <c>schema:{name}</c>, as JSON): its
/// table, every column with the .NET kind and store type it has in the application's model, and the declarations
/// Versioner enforces (references, member sets, snapshot-unique keys). Written when an application opens the database
/// with its own model; read to open it without that model (<see cref="ModelFreeShape"/>).
/// </summary>
internal sealed record TypeRecord(
    string Name,
    string Table,
    string? Schema,
    bool ForeignKeys,
    IReadOnlyList<ColumnRecord> Columns,
    IReadOnlyList<ReferenceRecord> References,
    IReadOnlyList<MemberRecord> Members,
    IReadOnlyList<UniqueRecord> Unique,
    string? Unreadable)
{
    public const string KeyPrefix = "schema:";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Key => KeyPrefix + Name;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>
    /// The record stored under <paramref name="key"/>; a damaged one (not JSON of this shape, edited by hand) comes back
    /// <see cref="Unreadable"/>, saying so, so the type is named as unreadable instead of failing the opening.
    /// </summary>
    public static TypeRecord Parse(string key, string json)
    {
        var name = key[KeyPrefix.Length..];
        try
        {
            var record = JsonSerializer.Deserialize<TypeRecord>(json, Json);
            if (record is { Name: not null, Table: not null, Columns: not null, References: not null, Members: not null, Unique: not null } && record.Name == name
                && record.Columns.All(c => c is { Property: not null, Column: not null, Kind: not null, StoreType: not null }))
            {
                return record;
            }
        }
        catch (JsonException)
        {
        }

        return new TypeRecord(name, "", null, true, [], [], [], [],
            $"The description of the versioned type '{name}' recorded in versioner_meta ({key}) is damaged. Open the database once with the application's model (Repository.OpenAsync(context)) to record it again.");
    }

    /// <summary>The record of a type of the application's model.</summary>
    public static TypeRecord From(VersionedType type, bool foreignKeys)
    {
        var entityType = type.EntityType;
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        string? unreadable = null;
        var columns = new List<ColumnRecord>(type.Columns.Length);
        foreach (var property in type.Columns)
        {
            var clrType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            var converter = property.GetValueConverter();
            EnumRecord? enumRecord = null;
            if (clrType.IsEnum)
            {
                var underlying = Enum.GetUnderlyingType(clrType);
                enumRecord = new EnumRecord(
                    underlying.Name,
                    converter?.ProviderClrType == typeof(string),
                    Enum.GetNames(clrType).Select(n => new EnumMember(n, Convert.ToInt64(Enum.Parse(clrType, n), System.Globalization.CultureInfo.InvariantCulture))).ToArray());
            }

            if (converter is not null && !IsKnown(converter, clrType))
            {
                unreadable ??= $"{type.Name}.{property.Name} is stored through a value converter of the application's ({converter.GetType().Name}); open the database with the application's model to read {type.Name}.";
            }

            columns.Add(new ColumnRecord(
                property.Name,
                property.GetColumnName(store)!,
                clrType.IsEnum ? "Enum" : clrType.Name,
                Nullable.GetUnderlyingType(property.ClrType) is not null,
                property.GetColumnType(store),
                property.IsColumnNullable(store),
                enumRecord));
        }

        return new TypeRecord(
            type.Name,
            table,
            entityType.GetSchema(),
            foreignKeys,
            columns,
            type.References.Select(r => new ReferenceRecord(r.Property, NameOf(entityType.Model, r.Target), r.Pinned, r.AllowDangling)).ToArray(),
            type.Members.Select(m => new MemberRecord(m.Property, NameOf(entityType.Model, m.Target))).ToArray(),
            type.UniqueConstraints.Select(u => new UniqueRecord(u.Name, u.Properties)).ToArray(),
            unreadable);
    }

    /// <summary>The public description (<see cref="Repository.SchemaAsync"/>).</summary>
    public EntityTypeSchema ToSchema()
    {
        var targets = References.ToDictionary(r => r.Property, r => (r.Target, r.Pinned), StringComparer.Ordinal);
        foreach (var member in Members)
        {
            targets[member.Property] = (member.Target, false);
        }

        return new EntityTypeSchema(
            Name,
            Schema is null ? Table : $"{Schema}.{Table}",
            Columns.Where(c => !IsSystem(c.Property)).Select(c =>
            {
                var target = targets.GetValueOrDefault(c.Property);
                return new FieldSchema(c.Property, c.Column, c.Kind, c.StoreType, c.IsNullable, target.Target, target.Pinned);
            }).ToArray(),
            Unreadable);
    }

    public static bool IsSystem(string property) =>
        property is nameof(Versioned.VersionId) or nameof(Versioned.EternalId) or nameof(Versioned.CommitId);

    /// <summary>Converters a tool can apply without the application: Versioner's own, and enums as numbers or names.</summary>
    private static bool IsKnown(ValueConverter converter, Type clrType)
    {
        if (ReferenceEquals(converter, VersionerConverters.For(clrType))
            || ReferenceEquals(converter, VersionerConverters.AsBytes(VersionerConverters.For(clrType), clrType))
            || ReferenceEquals(converter, VersionerConverters.UtcDateTime) || ReferenceEquals(converter, VersionerConverters.WallClockDateTime))
        {
            return true;
        }

        var definition = converter.GetType().IsGenericType ? converter.GetType().GetGenericTypeDefinition() : null;
        return clrType.IsEnum && (definition == typeof(EnumToStringConverter<>) || definition == typeof(EnumToNumberConverter<,>));
    }

    private static string NameOf(IReadOnlyModel model, Type target) =>
        model.FindEntityType(target)?.FindAnnotation(VersioningAnnotations.EntityTypeName)?.Value as string ?? target.Name;
}

/// <summary>One column of a recorded type: its property, column, .NET kind, nullability and store type.</summary>
/// <param name="Property">The property name in the application's model (the field name).</param>
/// <param name="Column">The column name.</param>
/// <param name="Kind">The CLR type's name without nullability (<c>String</c>, <c>Int32</c>, <c>EternalId</c>...), or <c>Enum</c>.</param>
/// <param name="ClrNullable">Whether the property is a <see cref="Nullable{T}"/>.</param>
/// <param name="StoreType">The column's store type.</param>
/// <param name="IsNullable">Whether the column allows null.</param>
/// <param name="Enum">For an enum, its members and how it is stored.</param>
internal sealed record ColumnRecord(string Property, string Column, string Kind, bool ClrNullable, string StoreType, bool IsNullable, EnumRecord? Enum);

/// <summary>An enum field: its underlying type, whether it is stored as its name, and its members.</summary>
internal sealed record EnumRecord(string Underlying, bool AsString, IReadOnlyList<EnumMember> Members);

/// <summary>One member of a recorded enum.</summary>
internal sealed record EnumMember(string Name, long Value);

/// <summary>A declared reference (<c>Reference(...)</c> or <c>Pin(...)</c>).</summary>
internal sealed record ReferenceRecord(string Property, string Target, bool Pinned, bool AllowDangling);

/// <summary>A declared member set (<c>Members(...)</c>).</summary>
internal sealed record MemberRecord(string Property, string Target);

/// <summary>A snapshot-unique key (<c>IsUniqueInSnapshot(...)</c>).</summary>
internal sealed record UniqueRecord(string Name, IReadOnlyList<string> Properties);
