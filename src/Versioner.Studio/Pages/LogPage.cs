using System.Globalization;
using Versioner.Studio.Endpoints;
using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>Page 2: the log, paged and filtered, with the commit graph drawn as SVG lanes.</summary>
internal static class LogPage
{
    private const int LaneWidth = 14;
    private const int RowHeight = 28;

    /// <param name="view">The page's view.</param>
    /// <param name="log">The commits of this page.</param>
    /// <param name="filter">The filter, with the commit the pages are read at once known.</param>
    /// <param name="page">The page number.</param>
    /// <param name="pinned">This page was read at <see cref="LogFilter.At"/>, not at the revision's tip now.</param>
    public static Html Render(StudioView view, CommitLog log, LogFilter filter, int page, bool pinned)
    {
        var graph = LogGraph.Layout(log.ToList());
        var rows = log.Select((commit, i) => Html.Of($"""
            <tr>
            <td class="graph">{Lanes(graph[i])}</td>
            <td>{Parts.CommitLink(view, commit)}</td>
            <td>{Html.If(commit.Parents.Count > 1, Html.Raw("""<span class="badge">merge</span> """))}{commit.Subject}</td>
            <td>{commit.Author}</td>
            <td>{Parts.Time(commit.Timestamp)}</td>
            </tr>
            """));
        var table = log.Count == 0
            ? Html.Raw("<p>No commits match.</p>")
            : Html.Of($"""
                <table class="grid log">
                <caption class="sr">Commits, newest first, with the commit graph</caption>
                <thead><tr><th scope="col"><span class="sr">Graph</span></th><th scope="col">Commit</th><th scope="col">Message</th><th scope="col">Author</th><th scope="col">When</th></tr></thead>
                <tbody>{rows}</tbody>
                </table>
                """);
        var newer = page > 1 ? Html.Of($"""<a rel="prev" href="{PageUrl(view, filter, page - 1)}">Newer</a>""") : Html.Empty;
        var now = PageUrl(view, filter with { At = null }, 1);
        var older = log.HasMore ? Html.Of($"""<a rel="next" href="{PageUrl(view, filter, page + 1)}">Older</a>""") : Html.Empty;
        return Layout.Page(view, $"Log of {filter.Revision}", "log", Html.Of($"""
            <form method="get" action="{view.Url("log")}" class="filters" role="search" aria-label="Filter the log">
            <label>Revision <input name="rev" value="{filter.Revision}"></label>
            <label>Author <input name="author" value="{filter.Author}"></label>
            <label>Entity type <input name="type" value="{filter.EntityType}"></label>
            <label>Since (UTC) <input name="since" type="datetime-local" value="{filter.Since}"></label>
            <label>Until (UTC) <input name="until" type="datetime-local" value="{filter.Until}"></label>
            <button type="submit">Filter</button>
            </form>
            {(pinned && filter.At is { } at ? Html.Of($"""
                <p class="muted" id="pinned-note">The pages of {filter.Revision} as it was at <a class="sha" href="{view.CommitUrl(at)}">{at.ToString(8)}</a>, so no commit repeats or is skipped between them; see <a href="{now}">the log of {filter.Revision} now</a>.</p>
                """) : Html.Empty)}
            {table}
            <nav class="pager" aria-label="Log pages">{newer}<span>Page {page}</span>{older}</nav>
            """));
    }

    /// <summary>One row of the commit graph (decorative: a commit's parents are listed on its page).</summary>
    private static Html Lanes(LogGraphRow row)
    {
        var width = row.Lanes * LaneWidth;
        var dot = Html.Of($"""<circle cx="{X(row.Lane)}" cy="{RowHeight / 2}" r="4" class="{(row.IsMerge ? "merge" : "dot")} lane-{row.Lane % 6}"/>""");
        return Html.Of($"""<svg class="lanes" width="{width}" height="{RowHeight}" viewBox="0 0 {width} {RowHeight}" aria-hidden="true" focusable="false">{row.Lines.Select(Line)}{dot}</svg>""");
    }

    private static Html Line(LogGraphLine line)
    {
        int x1 = X(line.FromLane), y1 = line.FromY * RowHeight / 2, x2 = X(line.ToLane), y2 = line.ToY * RowHeight / 2;
        var mid = (y1 + y2) / 2;
        var path = x1 == x2
            ? FormattableString.Invariant($"M{x1} {y1}V{y2}")
            : FormattableString.Invariant($"M{x1} {y1}C{x1} {mid} {x2} {mid} {x2} {y2}"); // leaves and arrives vertically
        return Html.Of($"""<path d="{path}" class="lane-{(line.FromY == 0 ? line.FromLane : line.ToLane) % 6}"/>""");
    }

    private static int X(int lane) => (lane * LaneWidth) + (LaneWidth / 2);

    private static string PageUrl(StudioView view, LogFilter filter, int page) => view.Url("log",
        ("rev", filter.Revision), ("author", filter.Author), ("type", filter.EntityType), ("since", filter.Since), ("until", filter.Until),
        ("page", page == 1 && filter.At is null ? null : page.ToString(CultureInfo.InvariantCulture)), ("at", filter.At?.ToString()));
}
