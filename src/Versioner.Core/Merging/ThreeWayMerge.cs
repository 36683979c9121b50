namespace Versioner;

/// <summary>
/// Field-level three-way merge of one entity: a change on one side applies; the same change on both sides is no
/// conflict; different changes to one field conflict; removal against modification conflicts; sets of eternal ids
/// merge member by member (added here, removed there). Pure: no database.
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

        var merged = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        var conflicted = new List<string>();
        foreach (var name in names)
        {
            var b = @base?[name] ?? FieldValue.Null;
            var o = ours[name];
            var t = theirs[name];
            if (o == t || b == t)
            {
                merged[name] = o;
            }
            else if (b == o)
            {
                merged[name] = t;
            }
            else if (IsSet(b) && IsSet(o) && IsSet(t))
            {
                merged[name] = MergeSets(b, o, t);
            }
            else
            {
                merged[name] = o;
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
            bool Changed(VersionContent side) => group.Any(f => side[f] != (@base?[f] ?? FieldValue.Null));
            var same = group.All(f => ours[f] == theirs[f]);
            if (!same && Changed(ours) && Changed(theirs))
            {
                grouped.UnionWith(group);
                var strategy = policy.EntityStrategy(type);
                foreach (var f in group)
                {
                    merged[f] = strategy == MergeStrategy.Theirs ? theirs[f] : ours[f];
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
                merged[name] = resolve(conflict);
            }
            else
            {
                conflicts.Add(conflict);
            }
        }

        if (conflicts.Count == 0)
        {
            if (names.All(n => merged[n] == ours[n]))
            {
                return EntityMerge.KeepOurs;
            }

            if (names.All(n => merged[n] == theirs[n]))
            {
                return EntityMerge.TakeTheirs;
            }
        }

        return EntityMerge.Merged(merged, conflicts);
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

        return a.Fields.Count == b.Fields.Count && a.Fields.All(f => b[f.Key] == f.Value);
    }

    private static bool IsSet(FieldValue value) => value.IsNull || value.Pointer is EternalIdSet;

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
