namespace Versioner;

/// <summary>
/// Field-level three-way merge of one entity: a change on one side applies; the same change on both sides is no
/// conflict; different changes to one field conflict; removal against modification conflicts; sets of eternal ids
/// merge member by member (added here, removed there). A field a version lacks (a JSON document without that member)
/// is absent, which a null value is not: a member removed on one side and set to null on the other are two different
/// changes and conflict, as git's modify/delete does; a member one side removes while the other leaves it alone stays
/// removed. Pure: no database.
/// </summary>
public static class ThreeWayMerge
{
    /// <summary>Merges one entity. Null means absent (never existed, or removed) on that side.</summary>
    /// <param name="base">The entity in the merge base.</param>
    /// <param name="ours">The entity on our side (the branch merged into).</param>
    /// <param name="theirs">The entity on their side (the commit merged in).</param>
    /// <param name="policy">Automatic resolutions and field groups; default: none.</param>
    public static EntityMerge Merge(VersionContent? @base, VersionContent? ours, VersionContent? theirs, MergePolicy? policy = null)
    {
        policy ??= MergePolicy.Default;
        if (Same(ours, theirs) || Same(@base, theirs))
        {
            return EntityMerge.KeepOurs;
        }

        if (Same(@base, ours))
        {
            return theirs is null ? EntityMerge.Remove : EntityMerge.TakeTheirs;
        }

        var type = (ours ?? theirs)!.EntityType;
        var eternalId = (ours ?? theirs)!.EternalId;
        if (ours is null || theirs is null)
        {
            var conflict = new MergeConflict(type, eternalId, ConflictKind.DeleteModify, [], Values(@base), Values(ours), Values(theirs));
            return policy.EntityStrategy(type) switch
            {
                MergeStrategy.Ours => EntityMerge.KeepOurs,
                MergeStrategy.Theirs => theirs is null ? EntityMerge.Remove : EntityMerge.TakeTheirs,
                _ => EntityMerge.Conflicted(conflict),
            };
        }

        return MergeFields(type, eternalId, @base, ours, theirs, policy);
    }

    private static EntityMerge MergeFields(string type, EternalId eternalId, VersionContent? @base, VersionContent ours, VersionContent theirs, MergePolicy policy)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var f in ours.Fields) names.Add(f.Key);
        foreach (var f in theirs.Fields) names.Add(f.Key);
        foreach (var f in @base?.Fields ?? []) names.Add(f.Key);

        // A field a side's version lacks (a document without that member) is a state of its own, not a null: absent on
        // one side and null on the other is a difference, as the checksums say. Absent merged fields are left out of
        // `merged`. With no base version, the base's fields read as null (see Slot.OfBase).
        var merged = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        var conflicted = new List<string>();
        foreach (var name in names)
        {
            var b = Slot.OfBase(@base, name);
            var o = Slot.Of(ours, name);
            var t = Slot.Of(theirs, name);
            if (o == t || b == t)
            {
                o.Into(merged, name);
            }
            else if (b == o)
            {
                t.Into(merged, name);
            }
            else if (b.IsSet && o.IsSet && t.IsSet)
            {
                merged[name] = MergeSets(b.Value, o.Value, t.Value);
            }
            else
            {
                o.Into(merged, name);
                conflicted.Add(name);
            }
        }

        var baseValues = Values(@base);
        var oursValues = Values(ours)!;
        var theirsValues = Values(theirs)!;
        var conflicts = new List<MergeConflict>();
        var grouped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in policy.GroupsOf(type))
        {
            bool Changed(VersionContent side) => group.Any(f => Slot.Of(side, f) != Slot.OfBase(@base, f));
            var same = group.All(f => Slot.Of(ours, f) == Slot.Of(theirs, f));
            if (!same && Changed(ours) && Changed(theirs))
            {
                grouped.UnionWith(group);
                var strategy = policy.EntityStrategy(type);
                foreach (var f in group)
                {
                    merged.Remove(f);
                    Slot.Of(strategy == MergeStrategy.Theirs ? theirs : ours, f).Into(merged, f);
                }

                if (strategy == MergeStrategy.Conflict)
                {
                    conflicts.Add(new MergeConflict(type, eternalId, ConflictKind.FieldGroup, group, baseValues, oursValues, theirsValues));
                }
            }
        }

        foreach (var name in conflicted.Where(n => !grouped.Contains(n)))
        {
            var conflict = new MergeConflict(type, eternalId, @base is null ? ConflictKind.AddAdd : ConflictKind.Field, [name], baseValues, oursValues, theirsValues);
            if (policy.ResolverFor(type, name) is { } resolve)
            {
                if (resolve(conflict) is { } value)
                {
                    merged[name] = value;
                }
                else
                {
                    merged.Remove(name);
                }
            }
            else
            {
                conflicts.Add(conflict);
            }
        }

        if (conflicts.Count == 0)
        {
            if (names.All(n => Slot.Of(merged, n) == Slot.Of(ours, n)))
            {
                return EntityMerge.KeepOurs;
            }

            if (names.All(n => Slot.Of(merged, n) == Slot.Of(theirs, n)))
            {
                return EntityMerge.TakeTheirs;
            }
        }

        return EntityMerge.Merged(merged, conflicts);
    }

    /// <summary>One side's field: its value, or absent (the version lacks the field, or there is no version).</summary>
    private readonly record struct Slot(bool Present, FieldValue Value)
    {
        public static Slot Of(VersionContent? version, string name) =>
            version is not null && version.TryGetValue(name, out var value) ? new(true, value) : default;

        /// <summary>
        /// A field of the base: with no base version (the entity added on both sides), every field reads as null, so
        /// a side that added it null (as a typed entity's version does for every unset field) did not change it.
        /// </summary>
        public static Slot OfBase(VersionContent? @base, string name) => @base is null ? new(true, FieldValue.Null) : Of(@base, name);

        public static Slot Of(Dictionary<string, FieldValue> fields, string name) =>
            fields.TryGetValue(name, out var value) ? new(true, value) : default;

        /// <summary>A value that merges as a set of eternal ids: a set, or null (an empty set). Absent is not one.</summary>
        public bool IsSet => Present && (Value.IsNull || Value.Pointer is EternalIdSet);

        public void Into(Dictionary<string, FieldValue> fields, string name)
        {
            if (Present)
            {
                fields[name] = Value;
            }
        }
    }

    private static bool Same(VersionContent? a, VersionContent? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.VersionId == b.VersionId)
        {
            return true;
        }

        return a.Fields.Count == b.Fields.Count && a.Fields.All(f => b.TryGetValue(f.Key, out var value) && value == f.Value);
    }

    private static FieldValue MergeSets(FieldValue b, FieldValue o, FieldValue t)
    {
        var baseSet = b.Pointer as EternalIdSet ?? EternalIdSet.Empty;
        var ourSet = o.Pointer as EternalIdSet ?? EternalIdSet.Empty;
        var theirSet = t.Pointer as EternalIdSet ?? EternalIdSet.Empty;
        var removed = baseSet.Except(ourSet).Concat(baseSet.Except(theirSet)).ToHashSet();
        var result = baseSet.Concat(ourSet.Except(baseSet)).Concat(theirSet.Except(baseSet)).Where(id => !removed.Contains(id));
        return FieldValue.From(EternalIdSet.Of(result));
    }

    private static Dictionary<string, FieldValue>? Values(VersionContent? content) =>
        content?.Fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
}
