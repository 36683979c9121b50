using Versioner.Studio.Endpoints;
using Versioner.Studio.Rendering;

namespace Versioner.Studio.Pages;

/// <summary>
/// Pages 6 and 7: a workspace's status as a diff with a checkbox per entity and per field, staged and finalized with
/// author and message, or discarded; while a merge waits, its conflicts, each resolved on its own form.
/// </summary>
internal static class WorkspacePage
{
    /// <param name="view">The page's view.</param>
    /// <param name="workspace">The workspace.</param>
    /// <param name="status">Its edits.</param>
    /// <param name="conflicts">The merge conflicts that wait in it.</param>
    /// <param name="merging">It merges a commit: finalized whole (no picking), even with no edit left, or aborted.</param>
    /// <param name="isDocumentType">Whether an entity type is a document type (JSON, no class), whose members can be absent.</param>
    public static Html Render(StudioView view, Workspace workspace, Diff status, IReadOnlyList<MergeConflict> conflicts, bool merging, Func<string, bool> isDocumentType)
    {
        var path = "workspaces/" + workspace.Id;
        var revision = workspace.Id.ToString();
        var conflictSection = conflicts.Count == 0 ? Html.Empty : Html.Of($"""
            <section aria-labelledby="conflicts">
            <h2 id="conflicts">Merge conflicts <span class="muted">({conflicts.Count} left)</span></h2>
            {conflicts.Select((c, i) => ConflictForm.Render(view, workspace, c, i, isDocumentType(c.EntityType)))}
            {Html.If(view.CanWrite, Abort(view, workspace))}
            </section>
            """);
        Html statusSection;
        // The status as shown: finalize and discard act only on it, not on edits saved after the page loaded.
        var shown = Html.Of($"""<input type="hidden" name="{WorkspaceEndpoints.ShownField}" value="{StatusFingerprint.Of(status)}">{Branch(workspace)}""");
        if (view.CanWrite && conflicts.Count == 0 && merging)
        {
            statusSection = Html.Of($"""
                <form method="post" action="{view.Url(path + "/finalize")}" class="stage">
                {Parts.Antiforgery(view)}
                {shown}
                <p class="muted">Every conflict is resolved. A merge is finalized whole: its commit records that all of the merged commit is in.</p>
                {DiffView.Render(view, status, revision)}
                <fieldset class="stack">
                <legend>Finalize</legend>
                <label>Author <input name="author" value="{view.User}" required autocomplete="name"></label>
                <label>Message <textarea name="message" rows="3" required></textarea></label>
                <div class="buttons"><button type="submit" name="all" value="true">Finalize the merge</button></div>
                </fieldset>
                </form>
                {Abort(view, workspace)}
                """);
        }
        else if (view.CanWrite && conflicts.Count == 0 && !status.IsEmpty)
        {
            statusSection = Html.Of($"""
                <form method="post" action="{view.Url(path + "/finalize")}" class="stage">
                {Parts.Antiforgery(view)}
                {shown}
                <p class="muted">Check whole entities or single fields to finalize them; what is not checked stays in the workspace.</p>
                {DiffView.Render(view, status, revision, selectable: true)}
                <fieldset class="stack">
                <legend>Finalize</legend>
                <label>Author <input name="author" value="{view.User}" required autocomplete="name"></label>
                <label>Message <textarea name="message" rows="3" required></textarea></label>
                <div class="buttons"><button type="submit">Finalize checked</button> <button type="submit" name="all" value="true">Finalize everything</button></div>
                </fieldset>
                </form>
                <form method="post" action="{view.Url(path + "/discard")}" data-confirm="Discard every edit of this workspace?">
                {Parts.Antiforgery(view)}
                {shown}
                <button type="submit" class="danger">Discard the workspace</button>
                </form>
                """);
        }
        else
        {
            statusSection = DiffView.Render(view, status, revision);
        }

        return Layout.Page(view, $"Workspace {workspace.Id.ToString(8)} on {workspace.Branch}", "workspaces", Html.Of($"""
            {conflictSection}
            <h2>Status <span class="muted">({status.ToString()})</span></h2>
            {statusSection}
            """));
    }

    private static Html Abort(StudioView view, Workspace workspace) => Html.Of($"""
        <form method="post" action="{view.Url("workspaces/" + workspace.Id + "/abort")}" data-confirm="Abort the merge and drop its edits?">
        {Parts.Antiforgery(view)}
        {Branch(workspace)}
        <button type="submit" class="danger">Abort the merge</button>
        </form>
        """);

    /// <summary>The workspace's branch in its forms: if it is discarded meanwhile, the refusal links to the branch.</summary>
    internal static Html Branch(Workspace workspace) =>
        Html.Of($"""<input type="hidden" name="{WorkspaceEndpoints.BranchField}" value="{workspace.Branch}">""");
}
