using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>
/// A diff entity by entity, field by field: sets as members added and removed, large text as a line diff, a field a
/// side lacks (a document's member, an entity not there) as absent, which a JSON null is not. With
/// <c>selectable</c>, a checkbox per entity and, for a modified one, per field, for staging: a new or removed entity is
/// staged whole (the engine refuses it by field, having no earlier version to take the other fields from).
/// </summary>
internal static class DiffView
{
    public static Html Render(StudioView view, Diff diff, string? revision, bool selectable = false) =>
        diff.IsEmpty ? Html.Raw("<p>No changes.</p>") : Html.Join(diff.Select(change => Change(view, change, revision, selectable)));

    private static Html Change(StudioView view, EntityChange change, string? revision, bool selectable)
    {
        var name = ValueText.Describe(change.EntityType, change.EternalId, change.NewVersion ?? change.OldVersion);
        var key = change.EternalId.ToString();
        var kind = ValueText.Kind(change.Kind);
        var heading = selectable
            ? Html.Of($"""<input type="checkbox" name="entity" value="{key}" id="pick-{key}" class="pick-entity"><label for="pick-{key}"><span class="kind">{kind}</span> {name}</label>""")
            : Html.Of($"""<span class="kind">{kind}</span> {name}""");
        var byField = selectable && change.Kind == ChangeKind.Modified;
        var fields = change.Fields.Count == 0 ? Html.Empty : Html.Of($"""
            <table class="grid fields">
            <caption class="sr">Fields of {name}</caption>
            <thead><tr>{Html.If(byField, Html.Raw("""<th scope="col"><span class="sr">Stage</span></th>"""))}<th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
            <tbody>{change.Fields.Select((field, i) => Field(view, change, field, $"pick-{key}-{i}", revision, byField))}</tbody>
            </table>
            """);
        return Html.Of($"""
            <section class="change {kind}" aria-labelledby="e-{key}" data-entity="{key}">
            <h3 id="e-{key}">{heading} <a class="more" href="{view.EntityUrl(change.EternalId, revision)}" aria-label="History of {name}">history</a></h3>
            {fields}
            </section>
            """);
    }

    // The checkbox's id goes by position: a document's field name may hold a space, which an id may not.
    private static Html Field(StudioView view, EntityChange change, FieldChange field, string id, string? revision, bool selectable)
    {
        var pick = selectable
            ? Html.Of($"""<td><input type="checkbox" name="field" value="{change.EternalId}/{field.Field}" id="{id}" class="pick-field"></td><th scope="row"><label for="{id}">{field.Field}</label></th>""")
            : Html.Of($"""<th scope="row">{field.Field}</th>""");
        Html values;
        if (field.MembersAdded.Count > 0 || field.MembersRemoved.Count > 0)
        {
            var removed = field.MembersRemoved.Select(m => Html.Of($"""<li class="del"><span class="sign">−</span><span class="sr">removed</span> <a href="{view.EntityUrl(m, revision)}">{m.ToString(8)}</a></li>"""));
            var added = field.MembersAdded.Select(m => Html.Of($"""<li class="ins"><span class="sign">+</span><span class="sr">added</span> <a href="{view.EntityUrl(m, revision)}">{m.ToString(8)}</a></li>"""));
            values = Html.Of($"""<td colspan="2"><ul class="members delta">{removed}{added}</ul></td>""");
        }
        else if (change.Kind == ChangeKind.Modified && (TextDiff.IsLargeText(field.OldValue) || TextDiff.IsLargeText(field.NewValue)))
        {
            var lines = TextDiff.Lines(ValueText.Editable(field.OldValue), ValueText.Editable(field.NewValue)).Select(line => Html.Of(
                $"""<span class="{line.Op switch { '+' => "ins", '-' => "del", _ => "same" }}">{line.Op} {line.Text}</span>"""));
            values = Html.Of($"""<td colspan="2"><pre class="textdiff">{lines}</pre></td>""");
        }
        else
        {
            values = Html.Of($"""
                <td class="{(change.Kind == ChangeKind.Added ? "" : "del")}">{Side(view, field.OldValue, field.OldIsAbsent, revision)}</td>
                <td class="{(change.Kind == ChangeKind.Removed ? "" : "ins")}">{Side(view, field.NewValue, field.NewIsAbsent, revision)}</td>
                """);
        }

        return Html.Of($"""<tr data-field="{field.Field}">{pick}{values}</tr>""");
    }

    /// <summary>One side of a field change: its value, or absent where the engine's diff says that side lacks the field.</summary>
    private static Html Side(StudioView view, FieldValue value, bool absent, string? revision) =>
        absent ? Parts.Absent : Parts.Value(view, value, revision);
}
