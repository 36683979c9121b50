using System.Globalization;

namespace Versioner.Cli.Rendering;

/// <summary>How values, ids and times read in text output (JSON output writes values with <see cref="FieldValue.WriteJson"/>).</summary>
internal static class Values
{
    /// <summary>Eight digits of an id, as the example prints them; the full id is in <c>--json</c>.</summary>
    public const int ShortId = 8;

    /// <summary>A field a version does not have (a document without that member), which a null value, <c>(none)</c>, is not.</summary>
    public const string Absent = "(absent)";

    public static string Format(FieldValue value) => value.ToObject() switch
    {
        null => "(none)",
        string s when value.Kind == FieldKind.String => $"\"{Shorten(s)}\"",
        EternalId id => id.ToString(),
        VersionId v => $"version {v}",
        EternalIdSet set => set.Count == 0 ? "(none)" : string.Join(", ", set.Select(id => id.ToString(ShortId))),
        LargeText text => $"\"{Shorten(text.Value)}\"",
        _ => value.ToString(),
    };

    /// <summary>The value as plain text, unquoted (what <c>ls --where FIELD=VALUE</c> compares with).</summary>
    public static string Plain(FieldValue value) => value.ToString();

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 59), "…");
}
