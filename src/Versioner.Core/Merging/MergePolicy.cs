namespace Versioner;

/// <summary>
/// How conflicts are settled automatically: per entity type or per field, take ours, theirs, or compute a value;
/// and which fields must change together (a group conflicts as one when both sides touched it). Immutable once
/// built; build it with the fluent methods.
/// </summary>
public sealed class MergePolicy
{
    private readonly Dictionary<string, MergeStrategy> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Field), Func<MergeConflict, FieldValue?>> _fieldFunctions = [];
    private readonly Dictionary<(string Type, string Field), MergeStrategy> _fields = [];
    private readonly Dictionary<string, List<string[]>> _groups = new(StringComparer.Ordinal);

    /// <summary>No automatic resolution: every conflict is reported.</summary>
    public static MergePolicy Default { get; } = new();

    /// <summary>Settles every conflict of <paramref name="entityType"/> with <paramref name="strategy"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="strategy"/> is <see cref="MergeStrategy.Manual"/>, which only <c>ResolveAsync</c> takes.</exception>
    public MergePolicy Resolve(string entityType, MergeStrategy strategy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        CheckPolicyStrategy(strategy);
        _types[entityType] = strategy;
        return this;
    }

    /// <summary>Settles conflicts of one field with <paramref name="strategy"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="strategy"/> is <see cref="MergeStrategy.Manual"/>, which only <c>ResolveAsync</c> takes.</exception>
    public MergePolicy Resolve(string entityType, string field, MergeStrategy strategy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        CheckPolicyStrategy(strategy);
        _fields[(entityType, field)] = strategy;
        return this;
    }

    /// <summary>Settles conflicts of one field with a function of the conflict (for example, the larger value).</summary>
    public MergePolicy Resolve(string entityType, string field, Func<MergeConflict, FieldValue> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Resolve(entityType, field, c => (FieldValue?)resolve(c));
    }

    /// <summary>
    /// Settles conflicts of one field with a function of the conflict that may also leave the field out: null settles
    /// it as absent (the merged document has no such member), which <see cref="FieldValue.Null"/> (a member whose
    /// value is null) is not. A side that lacks the field lacks it in <see cref="MergeConflict.Ours"/> or
    /// <see cref="MergeConflict.Theirs"/> (<c>TryGetValue</c> tells).
    /// </summary>
    /// <remarks>
    /// Only a document type's field can be absent. A typed entity type (one the model maps to a class) has every field
    /// in each version, so a null for one of its fields makes the merge throw <c>FieldCannotBeAbsentException</c>
    /// before it writes anything; return <see cref="FieldValue.Null"/> or one side's value there.
    /// </remarks>
    /// <example>
    /// Keep a note only when both sides still have one:
    /// <code>
    /// policy.Resolve("Invoice", "note", c =&gt;
    ///     c.Ours!.TryGetValue("note", out var ours) &amp;&amp; c.Theirs!.ContainsKey("note") ? ours : null);
    /// </code>
    /// </example>
    public MergePolicy Resolve(string entityType, string field, Func<MergeConflict, FieldValue?> resolve)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentNullException.ThrowIfNull(resolve);
        _fieldFunctions[(entityType, field)] = resolve;
        return this;
    }

    /// <summary>Declares fields that must change together (an address's street, city and postcode).</summary>
    public MergePolicy Group(string entityType, params string[] fields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Length < 2)
        {
            throw new ArgumentException("A field group needs at least two fields.", nameof(fields));
        }

        if (!_groups.TryGetValue(entityType, out var list))
        {
            _groups[entityType] = list = [];
        }

        list.Add(fields);
        return this;
    }

    private static void CheckPolicyStrategy(MergeStrategy strategy)
    {
        if (strategy is not (MergeStrategy.Conflict or MergeStrategy.Ours or MergeStrategy.Theirs))
        {
            throw new ArgumentException(
                $"A merge policy settles with {nameof(MergeStrategy.Conflict)}, {nameof(MergeStrategy.Ours)} or {nameof(MergeStrategy.Theirs)} (or a function); "
                + $"{strategy} is for Workspace.ResolveAsync, after you saved your own resolution.", nameof(strategy));
        }
    }

    internal IReadOnlyList<string[]> GroupsOf(string entityType) => _groups.TryGetValue(entityType, out var list) ? list : [];

    /// <summary>
    /// The automatic settlement of a field conflict, or null to leave it unresolved. The settlement gives the field's
    /// value, or null for absent: taking a side that lacks the field (a document without that member) leaves it out.
    /// </summary>
    internal Func<MergeConflict, FieldValue?>? ResolverFor(string entityType, string field)
    {
        if (_fieldFunctions.TryGetValue((entityType, field), out var function))
        {
            return function;
        }

        var strategy = _fields.TryGetValue((entityType, field), out var f) ? f : _types.GetValueOrDefault(entityType);
        return strategy switch
        {
            MergeStrategy.Ours => c => Side(c.Ours, field),
            MergeStrategy.Theirs => c => Side(c.Theirs, field),
            _ => null,
        };

        static FieldValue? Side(IReadOnlyDictionary<string, FieldValue>? side, string field) =>
            side is not null && side.TryGetValue(field, out var value) ? value : null;
    }

    /// <summary>The settlement of a whole-entity conflict (delete/modify, add/add) for a type.</summary>
    internal MergeStrategy EntityStrategy(string entityType) => _types.GetValueOrDefault(entityType);
}
