namespace Versioner.Cli.Rendering;

/// <summary>
/// A diff as text, field by field, as the BookRevenue example prints it: one row per changed field, old → new, a set
/// field as the members added and removed, a field one side lacks as (absent).
/// </summary>
internal static class DiffText
{
    public static void Print(Output output, Diff diff)
    {
        output.Line($"{diff.Count} {(diff.Count == 1 ? "entity" : "entities")} changed ({diff})");
        if (diff.IsEmpty)
        {
            return;
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var change in diff)
        {
            var sign = change.Kind switch { ChangeKind.Added => "+", ChangeKind.Removed => "-", _ => "~" };
            var entity = $"{sign} {change.EntityType} {change.EternalId.ToString(Values.ShortId)}";
            foreach (var field in change.Fields)
            {
                rows.Add([entity, field.Field, Describe(change, field)]);
                entity = ""; // name each entity once
            }

            if (change.Fields.Count == 0)
            {
                rows.Add([entity, "", ""]);
            }
        }

        output.Table(["Entity", "Field", "Change"], rows);
    }

    private static string Describe(EntityChange change, FieldChange field)
    {
        var kind = change.Kind;
        if (kind == ChangeKind.Modified && field.MembersAdded.Count + field.MembersRemoved.Count > 0)
        {
            var added = field.MembersAdded.Select(id => "+" + id.ToString(Values.ShortId));
            var removed = field.MembersRemoved.Select(id => "-" + id.ToString(Values.ShortId));
            return string.Join("  ", added.Concat(removed));
        }

        return kind switch
        {
            ChangeKind.Added => Values.Format(field.NewValue),
            ChangeKind.Removed => $"was {Values.Format(field.OldValue)}",
            _ => $"{Side(field.OldValue, field.OldIsAbsent)} → {Side(field.NewValue, field.NewIsAbsent)}",
        };
    }

    /// <summary>A modified entity's field on one side: its value, or (absent) where the engine's diff says that version lacks it (a document without the member), which a null, (none), is not.</summary>
    private static string Side(FieldValue value, bool absent) => absent ? Values.Absent : Values.Format(value);
}
