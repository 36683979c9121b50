using System.Globalization;
using Versioner.Studio.Endpoints;
using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>Page 1: branches with their heads and how far ahead of and behind the default branch they are; tags.</summary>
internal static class BranchesPage
{
    public static Html Render(StudioView view, IReadOnlyList<BranchRow> branches, IReadOnlyList<CommitTag> tags)
    {
        var main = view.DefaultBranch;
        var table = branches.Count == 0
            ? Html.Raw("<p>No branch yet: the repository has no commit.</p>")
            : Html.Of($"""
                <table class="grid">
                <caption>Branches, with how many commits each has that {main} lacks (ahead) and lacks of {main} (behind)</caption>
                <thead><tr><th scope="col">Branch</th><th scope="col">Head</th><th scope="col">Last commit</th><th scope="col" class="num">Ahead</th><th scope="col" class="num">Behind</th><th scope="col"><span class="sr">Actions</span></th></tr></thead>
                <tbody>{branches.Select(row => Row(view, row))}</tbody>
                </table>
                """);
        var tagList = tags.Count == 0
            ? Html.Raw("<p>No tags.</p>")
            : Html.Of($"""<ul class="tags">{tags.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => Html.Of($"""<li><a href="{view.CommitUrl(t.Target)}">{t.Name}</a></li>"""))}</ul>""");
        return Layout.Page(view, "Branches and tags", "branches", Html.Of($"""
            {table}
            <h2>Tags</h2>
            {tagList}
            """));
    }

    private static Html Row(StudioView view, BranchRow row)
    {
        var isDefault = row.Name == view.DefaultBranch;
        var merge = view.CanWrite && !isDefault && row.Ahead > 0
            ? Html.Of($"""<a href="{view.Url("merge", ("into", view.DefaultBranch), ("from", row.Name))}">Merge into {view.DefaultBranch}</a>""")
            : Html.Empty;
        return Html.Of($"""
            <tr data-branch="{row.Name}">
            <th scope="row"><a href="{view.Url("log", ("rev", row.Name))}">{row.Name}</a>{Html.If(isDefault, Html.Raw(""" <span class="badge">default</span>"""))}</th>
            <td>{Parts.CommitLink(view, row.Head)}</td>
            <td>{row.Head.Subject} <span class="muted">by {row.Head.Author}, {Parts.Time(row.Head.Timestamp)}</span></td>
            <td class="num ahead">{Count(row.Ahead)}</td>
            <td class="num behind">{Count(row.Behind)}</td>
            <td>{merge}</td>
            </tr>
            """);
    }

    private static string Count(int? count) => count?.ToString("N0", CultureInfo.InvariantCulture) ?? "";
}
