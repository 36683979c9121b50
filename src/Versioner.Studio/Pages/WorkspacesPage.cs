using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>Page 6, the list: the open workspaces (working commits with edits or a merge), oldest first.</summary>
internal static class WorkspacesPage
{
    public static Html Render(StudioView view, IReadOnlyList<Workspace> workspaces) => Layout.Page(view, "Open workspaces", "workspaces",
        workspaces.Count == 0
            ? Html.Raw("<p>No open workspace: every edit is finalized or discarded.</p>")
            : Html.Of($"""
                <table class="grid">
                <caption class="sr">Working commits with edits or a merge not yet finalized, oldest first</caption>
                <thead><tr><th scope="col">Workspace</th><th scope="col">Branch</th></tr></thead>
                <tbody>{workspaces.Select(w => Html.Of($"""<tr><th scope="row"><a href="{view.Url("workspaces/" + w.Id)}">{w.Id.ToString(8)}</a></th><td>{w.Branch}</td></tr>"""))}</tbody>
                </table>
                """));
}
