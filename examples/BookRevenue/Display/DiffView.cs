using System.Globalization;
using Bookshop.Model;
using Humanizer;
using Versioner;

namespace Bookshop.Display;

/// <summary>
/// Prints a <see cref="Diff"/> as a table: one row per changed field, old → new, with set fields shown as members
/// added and removed, and ids shown by name.
/// </summary>
internal sealed class DiffView(Labels labels)
{
    public void Print(Diff diff)
    {
        Report.Note($"{"entity".ToQuantity(diff.Count)} changed ({diff})");
        Report.Blank();
        var table = new TextTable("Entity", "Field", "Change");
        foreach (var change in diff)
        {
            var sign = change.Kind switch { ChangeKind.Added => "+", ChangeKind.Removed => "-", _ => "~" };
            var entity = $"{sign} {Describe(change)}";
            foreach (var field in change.Fields)
            {
                table.Row(entity, field.Field, DescribeChange(change.Kind, field));
                entity = ""; // name each entity once
            }
        }

        table.Print();
    }

    private string Describe(EntityChange change)
    {
        var content = change.NewVersion ?? change.OldVersion!;
        var name = content.EntityType switch
        {
            nameof(BookRevenue) => $"{Format(content[nameof(BookRevenue.BookId)])} {content[nameof(BookRevenue.Year)]}",
            nameof(RoyaltyRate) or nameof(RoyaltyStatement) => Format(content[nameof(RoyaltyRate.AuthorId)]),
            _ => labels[change.EternalId],
        };
        return $"{content.EntityType} \"{name}\"";
    }

    private string Format(FieldValue value) => value.ToObject() switch
    {
        null => "(none)",
        string s => $"\"{s}\"",
        decimal d => d.ToString("#,0.00##", CultureInfo.InvariantCulture),
        EternalId id => labels[id],
        VersionId v => $"version {v.ToString(8)}",
        EternalIdSet set => set.Count == 0 ? "(none)" : labels.Join(set),
        LargeText text => $"\"{Shorten(text.Value)}\"",
        _ => value.ToString(),
    };

    private string DescribeChange(ChangeKind kind, FieldChange field)
    {
        if (field.MembersAdded.Count + field.MembersRemoved.Count > 0 && kind == ChangeKind.Modified)
        {
            var added = field.MembersAdded.Select(id => "+" + labels[id]);
            var removed = field.MembersRemoved.Select(id => "-" + labels[id]);
            return string.Join("  ", added.Concat(removed));
        }

        return kind switch
        {
            ChangeKind.Added => Format(field.NewValue),
            ChangeKind.Removed => $"was {Format(field.OldValue)}",
            _ => $"{Format(field.OldValue)} → {Format(field.NewValue)}",
        };
    }

    private static string Shorten(string text) => text.Length <= 32 ? text : string.Concat(text.AsSpan(0, 31), "…");
}
