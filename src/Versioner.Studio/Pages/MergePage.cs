using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>Page 7, the start: merge a branch, tag or commit into a branch.</summary>
internal static class MergePage
{
    /// <param name="view">The page's view.</param>
    /// <param name="into">The branch the form starts with (the default branch when null).</param>
    /// <param name="from">What to merge, as the form starts with it.</param>
    /// <param name="notice">The outcome of a merge that wrote nothing (up to date), shown above the form.</param>
    public static Html Render(StudioView view, string? into, string? from, string? notice = null) => Layout.Page(view, "Merge", "merge", !view.CanWrite
        ? Html.Raw("<p>This Studio is read-only.</p>")
        : Html.Of($"""
            {(notice is null ? Html.Empty : Html.Of($"""<p class="ok" role="status">{notice}</p>"""))}
            <form method="post" action="{view.Url("merge")}" class="stack">
            {Parts.Antiforgery(view)}
            <label>Merge from (branch, tag or commit) <input name="from" value="{from}" required></label>
            <label>Into branch <input name="into" value="{into ?? view.DefaultBranch}" required></label>
            <label>Author <input name="author" value="{view.User}" required autocomplete="name"></label>
            <p class="muted">Without conflicts the merge is finalized at once; with conflicts it waits in a workspace for you to resolve them.</p>
            <div><button type="submit">Merge</button></div>
            </form>
            """));
}
