using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Schema;

/// <summary>
/// The model of a database opened without the application's classes: for each recorded, readable type a CLR type
/// emitted at run time (a <see cref="Versioned"/> subclass with one property per recorded column, of the recorded
/// kind), mapped to the recorded table and columns with the recorded declarations. The engine then reads, hashes and
/// writes it exactly as the application's own type, so checksums and Verify agree. Emitted once per distinct set of
/// records in a process.
/// </summary>
internal sealed class ModelFreeShape
{
    private static readonly ConcurrentDictionary<string, ModelFreeShape> Cache = new(StringComparer.Ordinal);
    private static int _assemblies;

    private readonly (TypeRecord Record, Type ClrType)[] _types;

    private ModelFreeShape(string key, IReadOnlyList<TypeRecord> records, IReadOnlyDictionary<string, string> undescribed)
    {
        Key = key;
        var readable = records.Where(r => r.Unreadable is null).ToArray();
        var reasons = new Dictionary<string, string>(undescribed, StringComparer.Ordinal);
        foreach (var record in records.Where(r => r.Unreadable is not null))
        {
            reasons[record.Name] = record.Unreadable!;
        }

        Undescribed = reasons;
        if (readable.Length == 0)
        {
            _types = [];
            return;
        }

        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName($"Versioner.ModelFree{Interlocked.Increment(ref _assemblies)}"), AssemblyBuilderAccess.Run);
        var module = assembly.DefineDynamicModule("Types");
        _types = readable.Select((r, i) => (r, Emit(module, r, i))).ToArray();
    }

    /// <summary>Identifies the shape for EF's model cache.</summary>
    public string Key { get; }

    /// <summary>Types with versions in the database that this shape cannot read, with the reason.</summary>
    public IReadOnlyDictionary<string, string> Undescribed { get; }

    /// <summary>The shape of these records (the same instance for the same records).</summary>
    /// <param name="records">The recorded types.</param>
    /// <param name="typed">Names of every typed (non-document) versioned type the database knows of, described or not.</param>
    public static ModelFreeShape For(IReadOnlyList<TypeRecord> records, IEnumerable<string> typed)
    {
        var described = records.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var undescribed = typed.Where(n => !described.Contains(n)).Distinct(StringComparer.Ordinal).ToDictionary(
            n => n,
            n => $"The database has no description of the versioned type '{n}' (it was last opened with its model by a Versioner older than 0.2). Open it once with the application's model (Repository.OpenAsync(context)) to record one.",
            StringComparer.Ordinal);
        var key = string.Join('\n', records.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => r.ToJson()))
            + "\n#" + string.Join(',', undescribed.Keys.Order(StringComparer.Ordinal));
        return Cache.GetOrAdd(key, k => new ModelFreeShape(k, records, undescribed));
    }

    private static bool IsId(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(EternalId) || t == typeof(VersionId) || t == typeof(CommitId));

    /// <summary>Maps the emitted types as the application's model mapped its own, then calls <c>UseVersioning</c>.</summary>
    public void Configure(ModelBuilder modelBuilder)
    {
        var byName = _types.ToDictionary(t => t.Record.Name, t => t.ClrType, StringComparer.Ordinal);
        foreach (var (record, clrType) in _types)
        {
            var builder = modelBuilder.Entity(clrType);
            builder.ToTable(record.Table, record.Schema);
            builder.HasAnnotation(VersioningAnnotations.EntityTypeName, record.Name);
            foreach (var column in record.Columns)
            {
                var property = builder.Property(column.Property).HasColumnName(column.Column).IsRequired(!column.IsNullable);
                if (!IsId(property.Metadata.ClrType) && column.StoreType.Length > 0)
                {
                    // Ids take the engine's id type (SQLite's 16 bytes since format 3; a record written before says TEXT).
                    // No store type: the engine's own for the kind (a replica on another engine, ReplicaCreation).
                    property.HasColumnType(column.StoreType);
                }

                if (column.Enum is { AsString: true })
                {
                    property.HasConversion<string>();
                }
            }

            var references = new List<ReferenceTarget>();
            foreach (var reference in record.References)
            {
                if (!byName.TryGetValue(reference.Target, out var target))
                {
                    // Its target cannot be read here either; nothing to check it against.
                    continue;
                }

                if (reference.Pinned)
                {
                    builder.HasOne(target).WithMany().HasForeignKey(reference.Property).HasPrincipalKey(nameof(Versioned.VersionId)).OnDelete(DeleteBehavior.Restrict);
                }
                else
                {
                    builder.HasOne(typeof(EntityRow)).WithMany().HasForeignKey(reference.Property).OnDelete(DeleteBehavior.Restrict);
                }

                references.Add(new ReferenceTarget(reference.Property, target, reference.Pinned, reference.AllowDangling));
            }

            if (references.Count > 0)
            {
                builder.HasAnnotation(VersioningAnnotations.ReferenceTargets, references.ToArray());
            }

            var members = record.Members.Where(m => byName.ContainsKey(m.Target)).Select(m => new MemberTarget(m.Property, byName[m.Target])).ToArray();
            if (members.Length > 0)
            {
                builder.HasAnnotation(VersioningAnnotations.MemberTargets, members);
            }

            if (record.Unique.Count > 0)
            {
                builder.HasAnnotation(VersioningAnnotations.UniqueInSnapshot, record.Unique.Select(u => new SnapshotUniqueConstraint(u.Name, u.Properties)).ToArray());
            }
        }

        modelBuilder.UseVersioning(o => o.ForeignKeys = _types.Length == 0 || _types.All(t => t.Record.ForeignKeys));
        modelBuilder.Model.SetAnnotation(VersioningAnnotations.Undescribed, Undescribed);
    }

    private static readonly Dictionary<string, Type> Kinds = new Type[]
    {
        typeof(bool), typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong),
        typeof(decimal), typeof(double), typeof(float), typeof(string), typeof(char), typeof(byte[]), typeof(Guid),
        typeof(DateTimeOffset), typeof(DateTime), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan),
        typeof(EternalId), typeof(VersionId), typeof(CommitId), typeof(EternalIdSet), typeof(LargeText),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    private static Type Emit(ModuleBuilder module, TypeRecord record, int index)
    {
        var name = $"Versioner.ModelFree.{Identifier(record.Name)}_{index}";
        var type = module.DefineType(name, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(Versioned));
        type.DefineDefaultConstructor(MethodAttributes.Public);
        foreach (var column in record.Columns.Where(c => !TypeRecord.IsSystem(c.Property)))
        {
            var clrType = column.Enum is { } e ? EmitEnum(module, $"{name}_{Identifier(column.Property)}", e) : KindType(record, column);
            if (column.ClrNullable)
            {
                clrType = typeof(Nullable<>).MakeGenericType(clrType);
            }

            DefineProperty(type, column.Property, clrType);
        }

        return type.CreateType();
    }

    private static Type KindType(TypeRecord record, ColumnRecord column) =>
        Kinds.TryGetValue(column.Kind, out var type)
            ? type
            : throw new ModelMismatchException(record.Name, column.Property, $"{record.Name}.{column.Property} is recorded with kind '{column.Kind}', which this version of Versioner does not know; use a newer Versioner to read this database.");

    private static Type EmitEnum(ModuleBuilder module, string name, EnumRecord record)
    {
        var underlying = Kinds[record.Underlying];
        var builder = module.DefineEnum(name, TypeAttributes.Public, underlying);
        foreach (var member in record.Members)
        {
            builder.DefineLiteral(member.Name, Convert.ChangeType(member.Value, underlying, System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.CreateType();
    }

    private static void DefineProperty(TypeBuilder type, string name, Type clrType)
    {
        var field = type.DefineField("_" + name, clrType, FieldAttributes.Private);
        const MethodAttributes accessor = MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig;
        var getter = type.DefineMethod("get_" + name, accessor, clrType, Type.EmptyTypes);
        var il = getter.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, field);
        il.Emit(OpCodes.Ret);
        var setter = type.DefineMethod("set_" + name, accessor, null, [clrType]);
        il = setter.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stfld, field);
        il.Emit(OpCodes.Ret);
        var property = type.DefineProperty(name, PropertyAttributes.None, clrType, null);
        property.SetGetMethod(getter);
        property.SetSetMethod(setter);
    }

    private static string Identifier(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
}
