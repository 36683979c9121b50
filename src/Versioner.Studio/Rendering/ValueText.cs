namespace Versioner.Studio.Rendering;

/// <summary>How field values read on a page and in a form.</summary>
internal static class ValueText
{
    /// <summary>
    /// The text a form field starts with for a value, in the form <see cref="Hosting.FieldInput"/> reads back. Whole:
    /// a pointer read from the database is loaded here (its own text is a preview, a text cut at 60 characters or a
    /// set's count), while no reader is open.
    /// </summary>
    public static string Editable(FieldValue value) => value.Pointer switch
    {
        _ when value.IsNull => "",
        EternalIdSet set => string.Join(", ", set),
        LargeText text => text.Value,
        _ => value.ToString(),
    };

    /// <summary>A short name for an entity: its type, a telling text field if it has one, and the start of its id.</summary>
    public static string Describe(string entityType, EternalId id, VersionContent? content)
    {
        var label = content?.Fields
            .Where(f => f.Value.Kind == FieldKind.String)
            .OrderBy(f => f.Key is "Name" or "Title" ? 0 : 1)
            .Select(f => f.Value.ToString())
            .FirstOrDefault(v => v.Length is > 0 and <= 80);
        return label is null ? $"{entityType} {id.ToString(8)}" : $"{entityType} “{label}” ({id.ToString(8)})";
    }

    public static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "modified",
    };
}
