using Versioner.Studio.Endpoints;
using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>Page 4: one entity as of a revision, each field with the commit that set it (blame), and its history.</summary>
internal static class EntityPage
{
    /// <summary>History entries per page.</summary>
    public const int HistoryPageSize = 100;

    /// <param name="view">The page's view.</param>
    /// <param name="id">The entity.</param>
    /// <param name="entityType">Its type; null when no version of it is left to say (pruned).</param>
    /// <param name="revision">The revision it is shown as of.</param>
    /// <param name="content">Its version as of <paramref name="revision"/>; null when it is removed there.</param>
    /// <param name="history">A page of its history.</param>
    /// <param name="blame">The commit that set each field.</param>
    /// <param name="mark">The version the page was opened for, if any.</param>
    /// <param name="json">A document's JSON as stored (canonical member order), shown beside its fields; null for a typed entity.</param>
    public static Html Render(StudioView view, EternalId id, string? entityType, string revision, VersionContent? content, HistoryPage history, IReadOnlyList<FieldBlame> blame, VersionMark? mark = null, string? json = null)
    {
        var fields = content is null
            ? Html.Of($"<p>Not in {revision}: removed.</p>")
            : Html.Of($"""
                <h2>Fields and blame</h2>
                <table class="grid blame">
                <caption class="sr">Each field's value and the commit that set it</caption>
                <thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Set by</th><th scope="col">Author</th><th scope="col">When</th></tr></thead>
                <tbody>{content.Fields.Select(f => Field(view, revision, f.Key, f.Value, blame.FirstOrDefault(b => b.Field == f.Key)))}</tbody>
                </table>
                """);
        var entries = history.Entries.Select(entry => Html.Of($"""
            <tr><td>{Parts.CommitLink(view, entry.Commit)}</td><td>{ValueText.Kind(entry.Kind)}{Pruned(history, entry)}</td><td>{entry.Commit.Subject}</td><td>{entry.Commit.Author}</td><td>{Parts.Time(entry.Commit.Timestamp)}</td></tr>
            """));
        return Layout.Page(view, ValueText.Describe(entityType ?? "Entity", id, content), "log", Html.Of($"""
            <p class="muted">As of <a href="{view.Url("log", ("rev", revision))}">{revision}</a> · eternal id <code>{id}</code>{(entityType is null ? Html.Empty : Html.Of($""" · <a href="{view.Url("browse", ("type", entityType), ("rev", revision))}">every {entityType} as of {revision}</a>"""))}</p>
            {(mark is null ? Html.Empty : Mark(view, id, content, mark))}
            {fields}
            {(json is null ? Html.Empty : Html.Of($"""
                <h2>JSON</h2>
                <pre class="json" aria-label="The document as stored">{Indented(json)}</pre>
                """))}
            <h2>History</h2>
            <table class="grid history">
            <caption class="sr">Commits that added, modified or removed this entity, newest first</caption>
            <thead><tr><th scope="col">Commit</th><th scope="col">Change</th><th scope="col">Message</th><th scope="col">Author</th><th scope="col">When</th></tr></thead>
            <tbody>{entries}</tbody>
            </table>
            {Pager(view, id, revision, history)}
            """));
    }

    /// <summary>A mark on a history entry whose version retention pruned: when and by which policy.</summary>
    private static Html Pruned(HistoryPage history, HistoryEntry entry) =>
        entry.VersionId is { } version && history.Pruned.TryGetValue(version, out var mark)
            ? Html.Of($""" <span class="badge pruned" title="Its content is no longer stored here">pruned {Parts.Time(mark.PrunedAt)} by '{mark.Policy}'</span>""")
            : Html.Empty;

    /// <summary>A document's JSON indented to read, its members in the stored (canonical) order.</summary>
    private static string Indented(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return System.Text.Json.JsonSerializer.Serialize(document.RootElement, IndentedJson);
    }

    private static readonly System.Text.Json.JsonSerializerOptions IndentedJson = new()
    {
        WriteIndented = true,
        // Shown as text (the page encodes it), so characters need no JSON escape of their own.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static Html Pager(StudioView view, EternalId id, string revision, HistoryPage history)
    {
        if (history.Page == 1 && !history.HasMore)
        {
            return Html.Empty;
        }

        string PageUrl(int page) => view.Url("entity/" + id, ("rev", revision), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("at", history.At?.ToString()));
        var newer = history.Page > 1 ? Html.Of($"""<a rel="prev" href="{PageUrl(history.Page - 1)}">Newer</a>""") : Html.Empty;
        var older = history.HasMore ? Html.Of($"""<a rel="next" href="{PageUrl(history.Page + 1)}">Older</a>""") : Html.Empty;
        return Html.Of($"""<nav class="pager" aria-label="History pages">{newer}<span>Page {history.Page}</span>{older}</nav>""");
    }

    /// <summary>Which version this is, and whether it is older than the entity's version as of the revision it is compared with.</summary>
    private static Html Mark(StudioView view, EternalId id, VersionContent? content, VersionMark mark)
    {
        var what = mark.Pinned ? "Pinned version" : "Version";
        var version = Html.Of($"""{what} <code class="sha" title="{mark.Version}">{mark.Version.ToString(8)}</code>""");
        var current = Html.Of($"""<a href="{view.EntityUrl(id, mark.Against)}">the entity as of {mark.Against}</a>""");
        if (content?.VersionId != mark.Version)
        {
            return Html.Of($"""<p class="version-note" role="note" id="version-note">{version} is not this entity's version at this commit; see {current}.</p>""");
        }

        if (mark.Latest == mark.Version)
        {
            return Html.Of($"""<p class="version-note" role="note" id="version-note">{version}, shown as of the commit that added it: the current version as of {mark.Against}.</p>""");
        }

        var older = mark.Pinned ? "pinned older version" : "older version";
        var newer = mark.Latest is null ? Html.Of($"the entity is not in {mark.Against} (removed)") : Html.Of($"{mark.Against} has a newer version: see {current}");
        return Html.Of($"""<p class="version-note older" role="note" id="version-note"><strong class="badge">{older}</strong> {version}, shown as of the commit that added it; {newer}.</p>""");
    }

    private static Html Field(StudioView view, string revision, string field, FieldValue value, FieldBlame? blame) => Html.Of($"""
        <tr data-field="{field}">
        <th scope="row">{field}</th>
        <td>{Parts.Value(view, value, revision)}</td>
        {(blame is null ? Html.Raw("""<td colspan="3"></td>""") : Html.Of($"""<td>{Parts.CommitLink(view, blame.Commit)} {blame.Commit.Subject}</td><td>{blame.Commit.Author}</td><td>{Parts.Time(blame.Commit.Timestamp)}</td>"""))}
        </tr>
        """);
}
