using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;

namespace Versioner.Internal;

/// <summary>What Versioner knows of one versioned CLR entity type: name, fields, table, and how to read and write it.</summary>
internal abstract class VersionedType
{
    private static readonly HashSet<string> SystemProperties = [nameof(Versioned.VersionId), nameof(Versioned.EternalId), nameof(Versioned.CommitId)];

    protected VersionedType(IEntityType entityType, ISqlGenerationHelper sql)
    {
        EntityType = entityType;
        Name = (string)entityType.FindAnnotation(VersioningAnnotations.EntityTypeName)!.Value!;
        var table = entityType.GetTableName() ?? throw new VersionedModelException(entityType.ClrType, $"Versioned entity type {entityType.ClrType.Name} is not mapped to a table; map it with ToTable().");
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        Table = sql.DelimitIdentifier(table, entityType.GetSchema());
        // The place columns are Versioner's (storage format 4), written and read apart from the version's own columns.
        Columns = entityType.GetProperties().Where(p => p.GetColumnName(store) is not null && !PlaceColumns.Contains(p)).ToArray();
        ColumnNames = Columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(store)!)).ToArray();
        Fields = Columns.Where(p => !SystemProperties.Contains(p.Name)).ToArray();
        PointerFields = Fields.Where(p => typeof(PointerValue).IsAssignableFrom(p.ClrType)).ToArray();
        UniqueConstraints = entityType.FindAnnotation(VersioningAnnotations.UniqueInSnapshot)?.Value as SnapshotUniqueConstraint[] ?? [];
        References = entityType.FindAnnotation(VersioningAnnotations.ReferenceTargets)?.Value as ReferenceTarget[] ?? [];
        Members = entityType.FindAnnotation(VersioningAnnotations.MemberTargets)?.Value as MemberTarget[] ?? [];
        var versionColumn = ColumnNames[Array.FindIndex(Columns, p => p.Name == nameof(Versioned.VersionId))];
        var commitColumn = ColumnNames[Array.FindIndex(Columns, p => p.Name == nameof(Versioned.CommitId))];
        UpdateSql = $"UPDATE {Table} SET {string.Join(", ", ColumnNames.Select((c, i) => $"{c} = @p{i}"))} WHERE {versionColumn} = @p{ColumnNames.Length}";
        CommitColumn = commitColumn;
        VersionColumn = versionColumn;
        EternalColumn = ColumnNames[Array.FindIndex(Columns, p => p.Name == nameof(Versioned.EternalId))];
        var properties = entityType.GetProperties().ToArray();
        ReadsRows = !entityType.GetDirectlyDerivedTypes().Any() && !entityType.GetServiceProperties().Any() && properties.Length == Columns.Length + PlaceColumns.All.Count
            && !entityType.GetNavigations().Any() && !entityType.GetSkipNavigations().Any() && entityType.GetDeclaredQueryFilters().Count == 0;
        _valueCount = properties.Length == 0 ? 0 : properties.Max(p => p.GetIndex()) + 1;
        _valueIndexes = Columns.Select(p => p.GetIndex()).ToArray();
        _versionAt = Array.FindIndex(Columns, p => p.Name == nameof(Versioned.VersionId));
    }

    public IEntityType EntityType { get; }

    public string Name { get; }

    public Type ClrType => EntityType.ClrType;

    public string Table { get; }

    public string CommitColumn { get; }

    public string VersionColumn { get; }

    public string EternalColumn { get; }

    /// <summary>The delimited column of a property, for raw SQL.</summary>
    public string Column(string property) => ColumnNames[Array.FindIndex(Columns, p => p.Name == property)];

    public IProperty[] Columns { get; }

    public string[] ColumnNames { get; }

    public IProperty[] Fields { get; }

    public IProperty[] PointerFields { get; }

    public IReadOnlyList<SnapshotUniqueConstraint> UniqueConstraints { get; }

    public IReadOnlyList<ReferenceTarget> References { get; }

    public IReadOnlyList<MemberTarget> Members { get; }

    public string UpdateSql { get; }

    public RelationalTypeMapping[] ColumnMappings => Columns.Select(p => p.GetRelationalTypeMapping()).ToArray();

    public VersionContent ToContent(Versioned entity)
    {
        var fields = new KeyValuePair<string, FieldValue>[Fields.Length];
        for (var i = 0; i < Fields.Length; i++)
        {
            var property = Fields[i];
            fields[i] = new(property.Name, FieldValue.From(property.GetGetter().GetClrValue(entity), property.Name));
        }

        return new VersionContent(Name, entity.EternalId, entity.VersionId, fields);
    }

    /// <summary>
    /// The same version as an instance of this type's CLR type, from an instance of another model's class for the same
    /// versioned type (a database opened without the application's model exchanging history with one opened with it).
    /// </summary>
    public Versioned CopyOf(VersionedType sourceType, Versioned source)
    {
        var copy = (Versioned)Activator.CreateInstance(ClrType, nonPublic: true)!;
        foreach (var property in Columns)
        {
            var from = Array.Find(sourceType.Columns, p => p.Name == property.Name)
                ?? throw new ModelMismatchException(Name, property.Name, $"The other database's model of {Name} has no field '{property.Name}'; both databases need the same model.");
            var value = from.GetGetter().GetClrValue(source);
            var clrType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (value is not null && clrType.IsEnum && value.GetType() != clrType)
            {
                value = Enum.ToObject(clrType, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
            }

            if (property.PropertyInfo is { } info && info.GetSetMethod(nonPublic: true) is not null)
            {
                info.SetValue(copy, value);
            }
            else
            {
                property.FieldInfo!.SetValue(copy, value);
            }
        }

        return copy;
    }

    /// <summary>
    /// Canonicalizes every field and has the dialect check that its column stores it exactly, throwing
    /// <see cref="InvalidFieldValueException"/> for the first bad one.
    /// </summary>
    public void ValidateFields(Versioned entity, Storage.Dialects.Dialect dialect)
    {
        foreach (var property in Fields)
        {
            var value = property.GetGetter().GetClrValue(entity);
            FieldValue.From(value, property.Name);
            dialect.ValidateValue(property, value);
        }
    }

    public object?[] ColumnValues(Versioned entity)
    {
        var values = new object?[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            values[i] = Columns[i].GetGetter().GetClrValue(entity);
        }

        return values;
    }

    public IEnumerable<PointerValue> Pointers(Versioned entity)
    {
        foreach (var property in PointerFields)
        {
            if (property.GetGetter().GetClrValue(entity) is PointerValue pointer)
            {
                yield return pointer;
            }
        }
    }

    public void SetField(Versioned target, Versioned source, string field)
    {
        var property = Array.Find(Fields, p => p.Name == field)
            ?? throw new ArgumentException($"{Name} has no field '{field}'. Its fields are: {string.Join(", ", Fields.Select(f => f.Name))}.", nameof(field));
        property.PropertyInfo!.SetValue(target, property.GetGetter().GetClrValue(source));
    }

    /// <summary>Sets a field from a canonical value (a merged set, a value a resolver computed).</summary>
    public void SetFieldValue(Versioned target, string field, FieldValue value)
    {
        var property = Array.Find(Fields, p => p.Name == field)
            ?? throw new ArgumentException($"{Name} has no field '{field}'.", nameof(field));
        var clrType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        var raw = value.ToObject();
        object? converted = raw switch
        {
            null => null,
            _ when clrType.IsInstanceOfType(raw) => raw,
            DateTimeOffset instant when clrType == typeof(DateTime) => instant.UtcDateTime,
            _ when clrType.IsEnum => Enum.ToObject(clrType, raw),
            IConvertible => Convert.ChangeType(raw, clrType, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"Cannot set {Name}.{field} ({clrType.Name}) from a {value.Kind} value."),
        };
        property.PropertyInfo!.SetValue(target, converted);
    }

    /// <summary>
    /// Whether <see cref="Read"/> makes this type's versions from a raw statement's columns as EF's query would: no derived
    /// types (EF reads a discriminator to pick one), no injected services, every property a column of the table, no
    /// navigations (EF includes owned and auto-included ones) and no query filter (EF applies it). Reads of other types
    /// go through EF.
    /// </summary>
    public bool ReadsRows { get; }

    /// <summary>The columns <see cref="Read"/> reads, in order, qualified by <paramref name="alias"/>.</summary>
    public string SelectColumns(string alias) => string.Join(", ", ColumnNames.Select(c => $"{alias}.{c}"));

    private readonly int _valueCount;
    private readonly int[] _valueIndexes;
    private readonly int _versionAt;
    private Materializer? _materializer;

    private sealed record Materializer(IStructuralTypeMaterializerSource Source, Func<MaterializationContext, object> Make);

    /// <summary>
    /// The version in <paramref name="reader"/>'s current row, its columns from <paramref name="offset"/> in
    /// <see cref="SelectColumns"/> order, or null when they are null (no row was joined). Made by EF's own materializer
    /// (constructor binding, backing fields, materialization interceptors) from the values EF's reader would read
    /// (<see cref="ColumnReaders"/>), without a query: hot single-entity reads run their statement raw, kept prepared,
    /// and fold other lookups into it. Only for types that <see cref="ReadsRows"/>; pointer values are bound by the caller
    /// (<see cref="Model.PointerScope"/>), as after an EF query.
    /// </summary>
    public Versioned? Read(DbContext db, System.Data.Common.DbDataReader reader, int offset)
    {
        if (reader.IsDBNull(offset + _versionAt))
        {
            return null;
        }

        var readers = ColumnReaders;
        var values = new object?[_valueCount];
        for (var i = 0; i < readers.Length; i++)
        {
            values[_valueIndexes[i]] = readers[i](reader, offset + i);
        }

        // EF compiles a materializer on every GetMaterializer call: kept per source (a service of the context's
        // provider, which holds its materialization interceptors).
        var source = db.GetService<IStructuralTypeMaterializerSource>();
        var materializer = _materializer;
        if (materializer?.Source != source)
        {
            _materializer = materializer = new Materializer(source, source.GetMaterializer(EntityType));
        }

        return (Versioned)materializer.Make(new MaterializationContext(new ValueBuffer(values), db));
    }

    private Func<System.Data.Common.DbDataReader, int, object?>[]? _columnReaders;

    /// <summary>Per column (in <see cref="Columns"/> order), reads its provider value and converts it to the model value.</summary>
    public Func<System.Data.Common.DbDataReader, int, object?>[] ColumnReaders => _columnReaders ??= Columns.Select(ColumnReader).ToArray();

    /// <summary>
    /// The canonical contents of versions, read with a raw data reader instead of materializing entities (Verify reads
    /// every version of a database). Each column is read as its provider type (<c>GetFieldValue</c>, what EF's own
    /// materializer calls), turned into the model value by EF's value converter, and canonicalized as
    /// <see cref="ToContent"/> does; pointer fields hash their checksum, so they need no loading.
    /// </summary>
    public async Task<List<VersionContent>> ReadContentsAsync(GraphStore store, IReadOnlyCollection<VersionId> ids, CancellationToken cancellationToken)
    {
        var readers = ColumnReaders;
        var fieldAt = Fields.Select(f => Array.IndexOf(Columns, f)).ToArray();
        var eternalAt = Array.FindIndex(Columns, p => p.Name == nameof(Versioned.EternalId));
        var versionAt = Array.FindIndex(Columns, p => p.Name == nameof(Versioned.VersionId));
        var idMapping = Columns[versionAt].GetRelationalTypeMapping();
        var select = $"SELECT {string.Join(", ", ColumnNames)} FROM {Table} WHERE {VersionColumn} IN ";
        var result = new List<VersionContent>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            result.AddRange(await store.QueryAsync(
                select + $"({string.Join(", ", chunk.Select((_, i) => $"@p{i}"))})",
                chunk.Select(_ => (RelationalTypeMapping?)idMapping).ToArray(),
                chunk.Cast<object?>().ToArray(),
                reader =>
                {
                    var fields = new KeyValuePair<string, FieldValue>[Fields.Length];
                    for (var i = 0; i < Fields.Length; i++)
                    {
                        fields[i] = new(Fields[i].Name, FieldValue.From(readers[fieldAt[i]](reader, fieldAt[i]), Fields[i].Name));
                    }

                    return new VersionContent(Name, (EternalId)readers[eternalAt](reader, eternalAt)!, (VersionId)readers[versionAt](reader, versionAt)!, fields);
                },
                cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    private static Func<System.Data.Common.DbDataReader, int, object?> ColumnReader(IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        var converter = mapping.Converter;
        var providerType = converter?.ProviderClrType ?? mapping.ClrType;
        providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
        var read = typeof(VersionedType).GetMethod(nameof(ReadAs), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(providerType)
            .CreateDelegate<Func<System.Data.Common.DbDataReader, int, object?>>();
        return converter is null ? read : (reader, i) => read(reader, i) is { } value ? converter.ConvertFromProvider(value) : null;
    }

    private static object? ReadAs<T>(System.Data.Common.DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    public abstract IQueryable<Versioned> Set(DbContext db);

    /// <summary>The versions of this type current along <paramref name="path"/>, ordered by eternal id.</summary>
    public abstract IQueryable<Versioned> AsOf(GraphStore store, AncestryPath path);

    public abstract Task<List<Versioned>> LoadAsync(DbContext db, IReadOnlyCollection<VersionId> ids, CancellationToken cancellationToken);

    public abstract Task<IReadOnlyList<ConstraintViolation>> FindDuplicatesAsync(GraphStore store, AncestryPath path, CommitId commit, SnapshotUniqueConstraint constraint, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="ids"/> a stored version of this type already has.</summary>
    public abstract Task<HashSet<VersionId>> ExistingVersionsAsync(DbContext db, IReadOnlyCollection<VersionId> ids, CancellationToken cancellationToken);


    public static VersionedType Create(IEntityType entityType, ISqlGenerationHelper sql) =>
        (VersionedType)Activator.CreateInstance(typeof(VersionedType<>).MakeGenericType(entityType.ClrType), entityType, sql)!;

    /// <summary>The content of a dynamic document version.</summary>
    /// <exception cref="HistoryDamagedException">The stored data is not a JSON object (written behind Versioner's back).</exception>
    public static VersionContent DocumentContent(string entityType, EternalId eternalId, VersionId versionId, string data)
    {
        try
        {
            using var document = JsonDocument.Parse(data);
            var fields = new List<KeyValuePair<string, FieldValue>>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields.Add(new(property.Name, FieldValue.FromJson(property.Value, property.Name)));
            }

            return new VersionContent(entityType, eternalId, versionId, fields);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Only a JSON object is ever stored: anything else was written outside Versioner.
            throw new HistoryDamagedException($"The stored data of {entityType} document version {versionId} is not a JSON object ({ex.Message}); the row was changed outside Versioner. Run repository.VerifyAsync() (or `versioner verify`) to list every damaged row.");
        }
    }
}
