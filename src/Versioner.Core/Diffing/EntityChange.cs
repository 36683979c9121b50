namespace Versioner;

/// <summary>One entity that differs between two states, with its field-level changes.</summary>
public sealed class EntityChange
{
    /// <summary>Creates a change; usually built by <see cref="Compare"/>.</summary>
    public EntityChange(ChangeKind kind, VersionContent? oldVersion, VersionContent? newVersion, IReadOnlyList<FieldChange> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var any = newVersion ?? oldVersion ?? throw new ArgumentException("A change needs an old or a new version.", nameof(oldVersion));
        Kind = kind;
        OldVersion = oldVersion;
        NewVersion = newVersion;
        EntityType = any.EntityType;
        EternalId = any.EternalId;
        Fields = fields;
    }

    /// <summary>Added, modified or removed.</summary>
    public ChangeKind Kind { get; }

    /// <summary>The entity type's name.</summary>
    public string EntityType { get; }

    /// <summary>The entity.</summary>
    public EternalId EternalId { get; }

    /// <summary>The version in the older state (null when added).</summary>
    public VersionContent? OldVersion { get; }

    /// <summary>The version in the newer state (null when removed).</summary>
    public VersionContent? NewVersion { get; }

    /// <summary>
    /// The fields that differ, by ordinal name. For an added or removed entity, every field with a non-null value (the
    /// other side is absent: <see cref="FieldChange.OldIsAbsent"/> or <see cref="FieldChange.NewIsAbsent"/>). For a
    /// modified one, every field whose value differs, where a field one version lacks (a document without that member)
    /// differs from a field whose value is null: see <see cref="FieldChange"/>.
    /// </summary>
    public IReadOnlyList<FieldChange> Fields { get; }

    /// <summary>
    /// Compares two versions of one entity field by field; a null version means the entity is not there (added or
    /// removed). A field one version has and the other lacks is a change even when its value is null, as the two
    /// versions' checksums differ.
    /// </summary>
    /// <returns>The change, or null when both are absent or every field is equal (and present on both sides or neither).</returns>
    public static EntityChange? Compare(VersionContent? oldVersion, VersionContent? newVersion)
    {
        if (oldVersion is null && newVersion is null)
        {
            return null;
        }

        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var f in oldVersion?.Fields ?? []) names.Add(f.Key);
        foreach (var f in newVersion?.Fields ?? []) names.Add(f.Key);

        var changes = new List<FieldChange>();
        foreach (var name in names)
        {
            var had = TryGet(oldVersion, name, out var before);
            var has = TryGet(newVersion, name, out var after);
            // An added or removed entity lists its non-null fields; a modified one every field that changed, a
            // member appearing or disappearing included.
            var differs = oldVersion is null || newVersion is null ? before != after : before != after || had != has;
            if (differs)
            {
                changes.Add(Describe(name, before, after) with { OldIsAbsent = !had, NewIsAbsent = !has });
            }
        }

        var kind = oldVersion is null ? ChangeKind.Added : newVersion is null ? ChangeKind.Removed : ChangeKind.Modified;
        return kind == ChangeKind.Modified && changes.Count == 0 ? null : new EntityChange(kind, oldVersion, newVersion, changes);
    }

    private static bool TryGet(VersionContent? version, string name, out FieldValue value)
    {
        if (version is not null)
        {
            return version.TryGetValue(name, out value);
        }

        value = FieldValue.Null;
        return false;
    }

    private static FieldChange Describe(string name, FieldValue before, FieldValue after)
    {
        var oldSet = before.Pointer as EternalIdSet;
        var newSet = after.Pointer as EternalIdSet;
        if (oldSet is null && newSet is null)
        {
            return new FieldChange(name, before, after);
        }

        oldSet ??= EternalIdSet.Empty;
        newSet ??= EternalIdSet.Empty;
        return new FieldChange(name, before, after)
        {
            MembersAdded = newSet.Except(oldSet),
            MembersRemoved = oldSet.Except(newSet),
        };
    }

    /// <summary>Like <c>~ Book 0192f1c4: Title, Price</c>.</summary>
    public override string ToString()
    {
        var sign = Kind switch { ChangeKind.Added => '+', ChangeKind.Removed => '-', _ => '~' };
        return $"{sign} {EntityType} {EternalId.ToString(8)}: {string.Join(", ", Fields.Select(f => f.Field))}";
    }
}
