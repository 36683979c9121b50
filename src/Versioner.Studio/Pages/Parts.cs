using System.Globalization;
using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>Small pieces several pages share: commit links, times, field values, the anti-forgery field.</summary>
internal static class Parts
{
    public static Html CommitLink(StudioView view, Commit commit) =>
        Html.Of($"""<a class="sha" href="{view.CommitUrl(commit)}">{(commit.IsFinalized ? commit.ShortForm : commit.Id.ToString(8))}</a>""");

    public static Html Time(DateTimeOffset time) =>
        Html.Of($"""<time datetime="{time.ToString("O", CultureInfo.InvariantCulture)}">{time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</time>""");

    public static Html Antiforgery(StudioView view) =>
        view.AntiforgeryField is { } name ? Html.Of($"""<input type="hidden" name="{name}" value="{view.AntiforgeryToken}">""") : Html.Empty;

    /// <summary>
    /// A field a version does not have (a document without that member, either side of an entity added or removed):
    /// absent, which a JSON null is not.
    /// </summary>
    public static Html Absent { get; } = Html.Raw("""<em class="null absent" title="This version has no such field">absent</em>""");

    /// <summary>A field whose value is null (a JSON null, or a typed field with no value), which <see cref="Absent"/> is not.</summary>
    public static Html Null { get; } = Html.Raw("""<em class="null">null</em>""");

    /// <summary>
    /// A field of one version, as the as-of table shows it: its value, or <see cref="Absent"/> when
    /// <paramref name="version"/> (null: no version) lacks the field. A diff reads absence from the engine's
    /// <see cref="FieldChange.OldIsAbsent"/> and <see cref="FieldChange.NewIsAbsent"/> instead.
    /// </summary>
    public static Html ValueOf(StudioView view, VersionContent? version, string field, string? revision) =>
        version is not null && version.TryGetValue(field, out var value) ? Value(view, value, revision) : Absent;

    /// <summary>A field's value: references link to the entity (pinned ones to the pinned version), sets list their members, null reads as null.</summary>
    public static Html Value(StudioView view, FieldValue value, string? revision)
    {
        if (value.IsNull)
        {
            return Null;
        }

        return value.ToObject() switch
        {
            EternalId target when value.Kind == FieldKind.EternalReference =>
                Html.Of($"""<a href="{view.EntityUrl(target, revision)}" title="Follow the reference">{target.ToString(8)}</a>"""),
            VersionId version =>
                Html.Of($"""<a class="sha" href="{view.Url("version/" + version, ("from", revision), ("pinned", "true"))}" title="Follow the pinned reference to version {version}">pinned {version.ToString(8)}</a>"""),
            // Whole, loaded if need be: a pointer's own text is a preview (a set's count, a text cut at 60 characters).
            EternalIdSet { Count: 0 } => Html.Raw("""<em class="null">empty set</em>"""),
            EternalIdSet set =>
                Html.Of($"""<ul class="members">{set.Select(m => Html.Of($"""<li><a href="{view.EntityUrl(m, revision)}">{m.ToString(8)}</a></li>"""))}</ul>"""),
            LargeText text => Html.Of($"""<pre class="text">{text.Value}</pre>"""),
            _ => Html.Of($"""<span class="value">{value.ToString()}</span>"""),
        };
    }
}
