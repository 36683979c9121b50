namespace Versioner;

/// <summary>
/// What a version's checksum covers: entity type, eternal id, version id and canonical field values. The same content
/// read from any database gives the same <see cref="ComputeChecksum"/>. Immutable.
/// </summary>
public sealed class VersionContent
{
    internal const string Domain = "versioner.version.v1";

    private readonly KeyValuePair<string, FieldValue>[] _fields;

    /// <summary>Creates the content; fields are sorted by ordinal name, and duplicate names are refused.</summary>
    /// <exception cref="ArgumentException">The entity type or an id is empty, or two fields have one name.</exception>
    /// <exception cref="InvalidFieldValueException">The entity type or a field name has a NUL or an unpaired surrogate.</exception>
    public VersionContent(string entityType, EternalId eternalId, VersionId versionId, IEnumerable<KeyValuePair<string, FieldValue>> fields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentNullException.ThrowIfNull(fields);
        FieldValue.CheckText(entityType, nameof(entityType));
        if (eternalId.IsEmpty || versionId.IsEmpty)
        {
            throw new ArgumentException($"A version of '{entityType}' needs a non-empty eternal id and version id; save it through a workspace to assign them.", eternalId.IsEmpty ? nameof(eternalId) : nameof(versionId));
        }

        EntityType = entityType;
        EternalId = eternalId;
        VersionId = versionId;
        _fields = fields.ToArray();
        foreach (var field in _fields)
        {
            ArgumentException.ThrowIfNullOrEmpty(field.Key, nameof(fields));
            FieldValue.CheckText(field.Key, field.Key);
        }

        Array.Sort(_fields, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var i = 1; i < _fields.Length; i++)
        {
            if (_fields[i].Key == _fields[i - 1].Key)
            {
                throw new ArgumentException($"Field '{_fields[i].Key}' appears twice in a version of '{entityType}'.", nameof(fields));
            }
        }
    }

    /// <summary>The entity type's name, as registered in the model (for CLR entities, the class name by default).</summary>
    public string EntityType { get; }

    /// <summary>The entity this is a version of.</summary>
    public EternalId EternalId { get; }

    /// <summary>This version's id.</summary>
    public VersionId VersionId { get; }

    /// <summary>The fields, sorted by ordinal name. System columns (ids, commit) are not fields.</summary>
    public IReadOnlyList<KeyValuePair<string, FieldValue>> Fields => _fields;

    /// <summary>The value of <paramref name="name"/>, or <see cref="FieldValue.Null"/> when the version has no such field.</summary>
    public FieldValue this[string name] => TryGetValue(name, out var value) ? value : FieldValue.Null;

    /// <summary>Looks a field up by name.</summary>
    public bool TryGetValue(string name, out FieldValue value)
    {
        var lo = 0;
        var hi = _fields.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = string.CompareOrdinal(_fields[mid].Key, name);
            if (c == 0)
            {
                value = _fields[mid].Value;
                return true;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        value = FieldValue.Null;
        return false;
    }

    /// <summary>SHA-256 of the canonical encoding (<c>docs/checksums.md</c>, "Version").</summary>
    public Checksum ComputeChecksum()
    {
        var writer = CanonicalWriter.Rent();
        try
        {
            Write(writer);
            return writer.Hash();
        }
        finally
        {
            CanonicalWriter.Return(writer);
        }
    }

    /// <summary>The exact bytes <see cref="ComputeChecksum"/> hashes, for copies kept outside the database (retention archives).</summary>
    internal byte[] ToCanonicalBytes()
    {
        var writer = CanonicalWriter.Rent();
        try
        {
            Write(writer);
            return writer.Written.ToArray();
        }
        finally
        {
            CanonicalWriter.Return(writer);
        }
    }

    /// <summary>Appends the canonical encoding to <paramref name="writer"/> (Verify writes many versions into one buffer).</summary>
    internal void Write(CanonicalWriter writer)
    {
        writer.WriteDomain(Domain);
        writer.WriteString(EntityType);
        writer.WriteGuid(EternalId.Value);
        writer.WriteGuid(VersionId.Value);
        writer.WriteUInt32((uint)_fields.Length);
        foreach (var (name, value) in _fields)
        {
            writer.WriteString(name);
            value.WriteTo(writer);
        }
    }

    /// <summary>Like <c>Book 0192f1c4 (3 fields)</c>.</summary>
    public override string ToString() => $"{EntityType} {EternalId.ToString(8)} ({_fields.Length} fields)";
}
