using Versioner.Studio.Endpoints;
using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>One merge conflict: base, ours and theirs side by side, and its resolution (a side, or a value of your own).</summary>
internal static class ConflictForm
{
    /// <param name="view">The page's view.</param>
    /// <param name="workspace">The workspace the conflict waits in.</param>
    /// <param name="conflict">The conflict.</param>
    /// <param name="index">Its place on the page, for its elements' ids.</param>
    /// <param name="document">
    /// The conflict is on a document type: a value of one's own is JSON, and an empty one leaves the member out (absent),
    /// which is how a document's member is settled as absent (a typed type's field cannot be).
    /// </param>
    public static Html Render(StudioView view, Workspace workspace, MergeConflict conflict, int index, bool document)
    {
        var name = ValueText.Describe(conflict.EntityType, conflict.EternalId, null);
        var fields = conflict.Fields.Count > 0
            ? conflict.Fields
            : (conflict.Ours?.Keys ?? []).Union(conflict.Theirs?.Keys ?? []).Union(conflict.Base?.Keys ?? []).ToList();
        var manual = view.CanWrite && conflict.Fields.Count > 0 && conflict.Ours is not null;
        var id = $"c{index}";
        var rows = fields.Select(field => Html.Of($"""
            <tr data-field="{field}">
            <th scope="row">{field}</th>
            <td class="base">{Side(conflict.Base, field)}</td>
            <td class="ours">{Side(conflict.Ours, field)}</td>
            <td class="theirs">{Side(conflict.Theirs, field)}</td>
            {Html.If(manual, document
                ? Html.Of($"""<td><input name="value.{field}" id="{id}-{field}" aria-label="Your value for {field}, as JSON" value="{Json(conflict.Ours, field)}" placeholder="absent"></td>""")
                : Html.Of($"""<td><input name="value.{field}" id="{id}-{field}" aria-label="Your value for {field}" value="{Editable(conflict.Ours, field)}"></td>"""))}
            </tr>
            """));
        // One submit button per resolution: the choice is the button pressed, so nothing depends on a script having
        // loaded, and Enter in a value of one's own (the form's first button) resolves with that value.
        var choice = !view.CanWrite ? Html.Empty : Html.Of($"""
            <div class="choice" role="group" aria-label="Resolve with">
            {Html.If(manual, Html.Raw("""<button type="submit" name="choice" value="value">Use your value</button>"""))}
            <button type="submit" name="choice" value="ours">Keep ours</button>
            <button type="submit" name="choice" value="theirs">Take theirs</button>
            </div>
            """);
        return Html.Of($"""
            <form method="post" action="{view.Url("workspaces/" + workspace.Id + "/resolve")}" class="conflict" aria-labelledby="{id}-title">
            {Parts.Antiforgery(view)}
            {WorkspacePage.Branch(workspace)}
            <input type="hidden" name="conflict" value="{WorkspaceEndpoints.ConflictKey(conflict)}">
            <h3 id="{id}-title">{name}: {Describe(conflict)}</h3>
            <table class="grid sides">
            <caption class="sr">Base, ours and theirs of {name}</caption>
            <thead><tr><th scope="col">Field</th><th scope="col">Base</th><th scope="col">Ours</th><th scope="col">Theirs</th>{Html.If(manual, Html.Raw("""<th scope="col">Your value</th>"""))}</tr></thead>
            <tbody>{rows}</tbody>
            </table>
            {Html.If(manual && document, Html.Of($"""<p class="muted" id="{id}-json">Your value is JSON: "text" in quotes, 12, true, null. Leave it empty to settle the member as absent (the document without it).</p>"""))}
            {choice}
            </form>
            """);
    }

    /// <summary>
    /// One side's value of a field, or absent (as the diff shows it) where that side's version lacks the field: a
    /// document without that member, or no version at all (the entity removed, or not yet added). Each side of a
    /// <see cref="MergeConflict"/> holds every field its version has, so a field it does not hold is absent there, which
    /// a JSON null, "null", is not.
    /// </summary>
    private static Html Side(IReadOnlyDictionary<string, FieldValue>? side, string field) =>
        side is null || !side.TryGetValue(field, out var value) ? Parts.Absent
        : value.IsNull ? Parts.Null
        : Html.Of($"{ValueText.Editable(value)}");

    private static string Editable(IReadOnlyDictionary<string, FieldValue>? side, string field) =>
        side is not null && side.TryGetValue(field, out var value) ? ValueText.Editable(value) : "";

    /// <summary>One side's member as JSON text (what a value of one's own for a document is), or empty where it is absent.</summary>
    private static string Json(IReadOnlyDictionary<string, FieldValue>? side, string field)
    {
        if (side is null || !side.TryGetValue(field, out var value))
        {
            return "";
        }

        var buffer = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            value.WriteJson(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Describe(MergeConflict conflict) => conflict.Kind switch
    {
        ConflictKind.DeleteModify => "removed on one side, modified on the other",
        ConflictKind.AddAdd => "added on both sides with different content",
        ConflictKind.FieldGroup => $"{string.Join(", ", conflict.Fields)} changed together on both sides",
        _ => $"{conflict.Field} changed on both sides",
    };
}
