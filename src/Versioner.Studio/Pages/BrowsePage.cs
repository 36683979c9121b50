using System.Globalization;
using Versioner.Studio.Hosting;
using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>Page 5: the rows of one entity type (typed or documents) as of a revision or a time, paged, sortable by a field.</summary>
internal static class BrowsePage
{
    /// <param name="view">The page's view.</param>
    /// <param name="types">The types to choose from: the described ones and the document types.</param>
    /// <param name="query">What is shown; its <see cref="BrowseQuery.At"/> the commit the pages are read at, once known.</param>
    /// <param name="rows">This page's rows.</param>
    /// <param name="hasMore">A next page follows.</param>
    /// <param name="capped">Sorted among the first <see cref="BrowseQuery.SortLimit"/> rows only.</param>
    /// <param name="pinned">This page was read at <see cref="BrowseQuery.At"/>, not at the revision as it is now.</param>
    public static Html Render(StudioView view, KnownTypes types, BrowseQuery query, IReadOnlyList<VersionContent> rows, bool hasMore, bool capped, bool pinned = false)
    {
        Html TypeLink(string name) => name == query.EntityType
            ? Html.Of($"""<li><a href="{view.Url("browse", ("type", name), ("rev", query.Revision))}" aria-current="page">{name}</a></li>""")
            : Html.Of($"""<li><a href="{view.Url("browse", ("type", name), ("rev", query.Revision))}">{name}</a></li>""");
        var documentLinks = types.Documents.Count == 0 ? Html.Empty : Html.Of($"""
            <nav aria-label="Document types"><span class="muted">Documents (JSON, as the ingest service stores them):</span> <ul class="tags">{types.Documents.Select(TypeLink)}</ul></nav>
            """);
        var form = Html.Of($"""
            <form method="get" action="{view.Url("browse")}" class="filters" aria-label="Choose the type and the revision">
            <label>Entity type <input name="type" value="{query.EntityType}" list="types"></label>
            <datalist id="types">{types.Names.Select(t => Html.Of($"<option value=\"{t}\">"))}</datalist>
            <label>As of (branch, commit, or main@&#123;2026-11-01T12:00:00Z&#125;) <input name="rev" value="{query.Revision}" size="36"></label>
            <button type="submit">Show</button>
            </form>
            <nav aria-label="Entity types"><ul class="tags">{types.Described.Select(t => TypeLink(t.Name))}</ul></nav>
            {documentLinks}
            """);
        if (query.EntityType is null)
        {
            return Layout.Page(view, "As of", "browse", form);
        }

        // A document type's columns: every field some document of this page has, in ordinal order (as `versioner ls` prints them).
        var fields = types.Described.FirstOrDefault(t => t.Name == query.EntityType)?.Fields.Select(f => f.Name).ToList()
            ?? rows.SelectMany(r => r.Fields.Select(f => f.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var header = Html.Join(fields.Select(f => Html.Of($"""<th scope="col" aria-sort="{(query.Sort == f ? (query.Descending ? "descending" : "ascending") : "none")}"><a href="{SortUrl(view, query, f)}">{f}</a></th>""")));
        var body = Html.Join(rows.Select(row => Html.Of($"""
            <tr><th scope="row"><a href="{view.EntityUrl(row.EternalId, query.Revision)}">{row.EternalId.ToString(8)}</a></th>{fields.Select(f => Html.Of($"<td>{Parts.ValueOf(view, row, f, query.Revision)}</td>"))}</tr>
            """)));
        var newer = query.Page > 1 ? Html.Of($"""<a rel="prev" href="{PageUrl(view, query, query.Page - 1)}">Previous</a>""") : Html.Empty;
        var older = hasMore ? Html.Of($"""<a rel="next" href="{PageUrl(view, query, query.Page + 1)}">Next</a>""") : Html.Empty;
        return Layout.Page(view, $"{query.EntityType} as of {query.Revision}", "browse", Html.Of($"""
            {form}
            {Html.If(capped, Html.Of($"<p class=\"muted\">Sorted among the first {BrowseQuery.SortLimit} rows; sort by the id to page through all of them.</p>"))}
            {(pinned && query.At is { } at ? Html.Of($"""
                <p class="muted" id="pinned-note">The pages of {query.EntityType} as of {query.Revision} as it was at <a class="sha" href="{view.CommitUrl(at)}">{at.ToString(8)}</a>, so no row repeats or is skipped between them; see <a href="{SortUrl(view, query, query.Sort, flip: false)}">{query.EntityType} as of {query.Revision} now</a>.</p>
                """) : Html.Empty)}
            <table class="grid browse">
            <caption class="sr">{query.EntityType} rows as of {query.Revision}, page {query.Page}</caption>
            <thead><tr><th scope="col" aria-sort="{(query.Sort is null ? "ascending" : "none")}"><a href="{SortUrl(view, query, null)}">Id</a></th>{header}</tr></thead>
            <tbody>{body}</tbody>
            </table>
            <nav class="pager" aria-label="Pages">{newer}<span>Page {query.Page}</span>{older}</nav>
            """));
    }

    /// <summary>The first page sorted by <paramref name="field"/> (the id when null), read as the revision is now; <paramref name="flip"/>: descending when it is sorted ascending by it already.</summary>
    private static string SortUrl(StudioView view, BrowseQuery query, string? field, bool flip = true) => view.Url("browse",
        ("type", query.EntityType), ("rev", query.Revision), ("sort", field),
        ("desc", field is not null && query.Sort == field && (flip ? !query.Descending : query.Descending) ? "true" : null));

    private static string PageUrl(StudioView view, BrowseQuery query, int page) => view.Url("browse",
        ("type", query.EntityType), ("rev", query.Revision), ("sort", query.Sort), ("desc", query.Descending ? "true" : null), ("page", page.ToString(CultureInfo.InvariantCulture)),
        ("at", query.At?.ToString()));
}

/// <summary>What the as-of browser shows: a type, a revision, a sort field and a page, and the commit its pages are read at (<c>at</c>) once known.</summary>
internal sealed record BrowseQuery(string? EntityType, string Revision, string? Sort, bool Descending, int Page, CommitId? At = null)
{
    /// <summary>Sorting by a field reads at most this many rows (the engine streams them ordered by id only).</summary>
    public const int SortLimit = 10_000;

    public const int PageSize = 50;
}
