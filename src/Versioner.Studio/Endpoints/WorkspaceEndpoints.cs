using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Internal;
using Versioner.Studio.Hosting;
using Versioner.Studio.Pages;
using Versioner.Studio.Rendering;

namespace Versioner.Studio.Endpoints;

/// <summary>
/// Workspaces: their status as a diff with checkboxes, staging and finalizing the checked part, discarding, and
/// merges with their conflicts resolved one by one.
/// </summary>
internal static class WorkspaceEndpoints
{
    public static async Task<IResult> ShowAsync(HttpContext http, StudioSource source, string id, CancellationToken cancellationToken)
    {
        // Found among the open workspaces rather than opened: opening one writes, and a read-only Studio shows them too.
        var commitId = QueryValues.Id<CommitId>(id, "a workspace's id (a working commit id)");
        var workspace = (await source.Repository.WorkspacesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(w => w.Id == commitId)
            ?? throw new RevisionNotFoundException(id, "no open workspace has this id (it was finalized or discarded, or never opened); the Workspaces page lists the open ones.");
        var status = await workspace.StatusAsync(cancellationToken).ConfigureAwait(false);
        var conflicts = await workspace.ConflictsAsync(cancellationToken).ConfigureAwait(false);
        // A merge's working commit has the merged commit as its second parent: it is finalized whole, even with no change left.
        var merging = (await source.Repository.FindCommitAsync(commitId, cancellationToken).ConfigureAwait(false)).Parents.Count > 1;
        return StudioPages.Render(http, view => WorkspacePage.Render(view, workspace, status, conflicts, merging, type => !source.HasClass(type)));
    }

    /// <summary>
    /// Stages what is checked (an entity's box: the whole entity; a field's box: that field) and finalizes it with the
    /// author and message given; the rest stays in the workspace.
    /// </summary>
    public static async Task<IResult> FinalizeAsync(HttpContext http, StudioSource source, string id, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var author = Required(form, "author", "Author");
        var message = Required(form, "message", "Message");
        await using var transaction = await CheckedWriteAsync(source, cancellationToken).ConfigureAwait(false);
        var workspace = await OpenAsync(source, id, form, cancellationToken).ConfigureAwait(false);
        await workspace.LockForCheckAsync(cancellationToken).ConfigureAwait(false);
        var conflicts = await workspace.ConflictsAsync(cancellationToken).ConfigureAwait(false);
        var status = await workspace.StatusAsync(cancellationToken).ConfigureAwait(false);
        CheckShown(form, status);
        Commit commit;
        if (conflicts.Count > 0 || form["all"] == "true")
        {
            // A merge finalizes whole (its second parent says everything of theirs is in): no picking.
            commit = await workspace.FinalizeAsync(author, message, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var entities = form["entity"].Select(e => e!).ToHashSet(StringComparer.Ordinal);
            var fields = form["field"].Select(f => f!).ToHashSet(StringComparer.Ordinal);
            var staging = workspace.Stage();
            var picked = 0;
            foreach (var change in status)
            {
                var key = change.EternalId.ToString();
                if (entities.Contains(key))
                {
                    staging.Include(change);
                    picked++;
                    continue;
                }

                foreach (var field in change.Fields.Where(f => fields.Contains(key + "/" + f.Field)))
                {
                    staging.Include(change, field);
                    picked++;
                }
            }

            if (picked == 0)
            {
                throw new StudioInputException("Nothing is checked: check the entities or fields to finalize.");
            }

            commit = await staging.FinalizeAsync(author, message, cancellationToken).ConfigureAwait(false);
        }

        // The commit is made once this returns: a cancellation from here on must not undo it.
        await CommitAsync(transaction).ConfigureAwait(false);
        return Results.Redirect(StudioPages.ViewFor(http).CommitUrl(commit));
    }

    public static async Task<IResult> DiscardAsync(HttpContext http, StudioSource source, string id, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await CheckedWriteAsync(source, cancellationToken).ConfigureAwait(false);
        var workspace = await OpenAsync(source, id, form, cancellationToken).ConfigureAwait(false);
        await workspace.LockForCheckAsync(cancellationToken).ConfigureAwait(false);
        CheckShown(form, await workspace.StatusAsync(cancellationToken).ConfigureAwait(false));
        await workspace.DiscardAsync(cancellationToken).ConfigureAwait(false);
        await CommitAsync(transaction).ConfigureAwait(false);
        return Results.Redirect(StudioPages.ViewFor(http).Url("workspaces"));
    }

    public static async Task<IResult> AbortAsync(HttpContext http, StudioSource source, string id, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var workspace = await OpenAsync(source, id, form, cancellationToken).ConfigureAwait(false);
        await workspace.AbortMergeAsync(cancellationToken).ConfigureAwait(false);
        return Results.Redirect(StudioPages.ViewFor(http).Url("workspaces"));
    }

    /// <summary>
    /// Resolves one conflict, named by its entity and fields: <c>ours</c>, <c>theirs</c>, or <c>value</c> with a value
    /// per field (<c>value.Field</c>), type-checked (a document's as JSON, empty for absent), saved over the working
    /// state and accepted as the resolution.
    /// </summary>
    public static async Task<IResult> ResolveAsync(HttpContext http, StudioSource source, string id, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var workspace = await OpenAsync(source, id, form, cancellationToken).ConfigureAwait(false);
        var conflicts = await workspace.ConflictsAsync(cancellationToken).ConfigureAwait(false);
        var key = form["conflict"].ToString();
        var conflict = conflicts.FirstOrDefault(c => ConflictKey(c) == key)
            ?? throw new StaleFormException("That conflict is resolved already (or was never in this workspace): reload the page.");
        switch (form["choice"].ToString())
        {
            case "ours":
                await workspace.ResolveAsync(conflict, MergeStrategy.Ours, cancellationToken).ConfigureAwait(false);
                break;
            case "theirs":
                await workspace.ResolveAsync(conflict, MergeStrategy.Theirs, cancellationToken).ConfigureAwait(false);
                break;
            case "value" when conflict.Fields.Count > 0 && conflict.Ours is not null:
                var values = conflict.Fields.ToDictionary(f => f, f => form["value." + f].ToString(), StringComparer.Ordinal);
                if (source.HasClass(conflict.EntityType))
                {
                    await source.SaveFieldsAsync(workspace, conflict.EntityType, conflict.EternalId, values, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await StudioSource.SaveMembersAsync(workspace, conflict.EntityType, conflict.EternalId, values, cancellationToken).ConfigureAwait(false);
                }

                await workspace.ResolveAsync(conflict, MergeStrategy.Manual, cancellationToken).ConfigureAwait(false);
                break;
            case "value":
                throw new StudioInputException("This conflict is about the whole entity: choose ours or theirs.");
            default:
                throw new StudioInputException("Choose how to resolve the conflict: ours, theirs or a value of your own.");
        }

        return Results.Redirect(StudioPages.ViewFor(http).Url("workspaces/" + workspace.Id));
    }

    public static Task<IResult> MergeFormAsync(HttpContext http, string? into = null, string? from = null) =>
        Task.FromResult(StudioPages.Render(http, view => MergePage.Render(view, into, from)));

    /// <summary>
    /// Merges a revision into a branch in a new workspace: finished at once (fast-forward, merged, up to date) shows the
    /// commit; with conflicts, the workspace where they wait.
    /// </summary>
    public static async Task<IResult> MergeAsync(HttpContext http, StudioSource source, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var into = Required(form, "into", "Into branch");
        var from = Required(form, "from", "Merge from");
        var author = Required(form, "author", "Author");
        if (await WaitingMergeAsync(source.Repository, into, from, cancellationToken).ConfigureAwait(false) is { } waiting)
        {
            // The same form sent again (a double click, the back button): the merge it started, not a second one.
            return Results.Redirect(StudioPages.ViewFor(http).Url("workspaces/" + waiting));
        }

        Workspace workspace;
        try
        {
            workspace = await source.Repository.CheckoutAsync(into, cancellationToken).ConfigureAwait(false);
        }
        catch (RevisionNotFoundException ex) when (ex.Revision == into)
        {
            // The engine's advice is code to write (create the branch first); on this page, the branches to choose from.
            throw new RevisionNotFoundException(into, "there is no branch of that name to merge into. Choose one of the branches on the Branches page, or have the branch created first (the Studio merges into branches that exist).");
        }
        catch (NotABranchException ex) when (ex.Name == into)
        {
            // Likewise: the engine's advice (create a branch at it in code, or read it detached) is not for this page.
            throw new StudioInputException($"'{into}' is a tag, and tags never move, so nothing can be merged into one. Choose one of the branches on the Branches page.");
        }

        var result = await workspace.MergeAsync(from, new MergeOptions { Author = author }, cancellationToken).ConfigureAwait(false);
        var view = StudioPages.ViewFor(http);
        return result.Status switch
        {
            MergeStatus.Conflicts => Results.Redirect(view.Url("workspaces/" + workspace.Id)),
            // Nothing happened, which a redirect to the log would not say.
            MergeStatus.UpToDate => StudioPages.Render(http, page => MergePage.Render(
                page, into, from, $"{into} already has everything of {from}: there is nothing to merge, and nothing was written.")),
            _ when result.Commit is { } commit => Results.Redirect(view.CommitUrl(commit)),
            _ => Results.Redirect(view.Url("log", ("rev", into))),
        };
    }

    /// <summary>
    /// An open workspace on branch <paramref name="into"/> already merging what <paramref name="from"/> names (its
    /// working commit's second parent), or null. Null too when <paramref name="from"/> names nothing: the merge says so.
    /// </summary>
    private static async Task<CommitId?> WaitingMergeAsync(Repository repository, string into, string from, CancellationToken cancellationToken)
    {
        var open = (await repository.WorkspacesAsync(cancellationToken).ConfigureAwait(false)).Where(w => w.Branch == into).Select(w => w.Id).ToList();
        if (open.Count == 0)
        {
            return null;
        }

        CommitId theirs;
        try
        {
            theirs = (await repository.FindCommitAsync(from, cancellationToken).ConfigureAwait(false)).Id;
        }
        catch (Exception ex) when (ex is RevisionNotFoundException or InvalidRevisionException or AmbiguousRevisionException)
        {
            return null;
        }

        var commits = await repository.FindCommitsAsync(open, cancellationToken).ConfigureAwait(false);
        return open.Where(id => commits.TryGetValue(id, out var c) && c.Parents.Count > 1 && c.Parents[1] == theirs).Select(id => (CommitId?)id).FirstOrDefault();
    }

    /// <summary>The form field holding the fingerprint of the status its page showed (<see cref="StatusFingerprint"/>).</summary>
    internal const string ShownField = "shown";

    /// <summary>Refuses a finalize or discard sent from a page that showed another status than the workspace has now.</summary>
    /// <exception cref="StudioInputException">The form does not say what status it was filled in against.</exception>
    /// <exception cref="StaleFormException">The workspace changed since the page was loaded.</exception>
    private static void CheckShown(IFormCollection form, Diff status)
    {
        var shown = StudioEndpoints.Blank(form[ShownField].ToString())
            ?? throw new StudioInputException("The form does not say which status of the workspace it was filled in against: send it from the workspace's page.");
        if (shown != StatusFingerprint.Of(status))
        {
            throw new StaleFormException("This workspace changed since the page was loaded (another writer or another tab saved, finalized or resolved something in it): nothing was written. Reload the page, check what it shows now, and send the form again.");
        }
    }

    /// <summary>
    /// The transaction a finalize or discard checks the shown status and writes in (the engine's calls join it), so that
    /// what is checked is what is written. On SQLite it takes the database's write lock at its start (Microsoft.Data.Sqlite
    /// begins with <c>BEGIN IMMEDIATE</c>). On PostgreSQL a save only adds rows, which take no lock this transaction would
    /// wait on, so the check locks the working commit's row first (<see cref="Workspace.LockForCheckAsync"/>), as every
    /// save into it does: on either engine a save by another writer lands before the status is read, and is refused as a
    /// change, or waits until the finalize (or discard) is committed and then finds the workspace gone.
    /// </summary>
    /// <remarks>
    /// Begun here, outside the engine's calls, so it is translated here as they translate theirs: a database that is
    /// busy (another writer holds SQLite's write lock past the busy timeout), locked or unreachable is the
    /// <see cref="DatabaseException"/> the engine would throw (a 503 page when retrying may help), never the provider's exception.
    /// </remarks>
    private static Task<IDbContextTransaction> CheckedWriteAsync(StudioSource source, CancellationToken cancellationToken) =>
        ProviderErrors.RunAsync(() => source.Repository.Context.Database.BeginTransactionAsync(cancellationToken));

    /// <summary>Commits what <see cref="CheckedWriteAsync"/> began, translating a refusal as the engine does.</summary>
    private static Task CommitAsync(IDbContextTransaction transaction) =>
        // The commit is made once this is sent: a cancellation from here on must not undo it.
        ProviderErrors.RunAsync(() => transaction.CommitAsync(CancellationToken.None));

    /// <summary>Names a conflict in a form: its entity and fields (stable while it waits, unlike its position).</summary>
    internal static string ConflictKey(MergeConflict conflict) => conflict.EternalId + "/" + string.Join("+", conflict.Fields);

    /// <summary>The form field naming the branch of the workspace its page showed: where to look once the workspace is gone.</summary>
    internal const string BranchField = "branch";

    /// <summary>Opens the workspace a form was sent to act on.</summary>
    /// <exception cref="WorkingCommitFinalizedException">It was finalized meanwhile (a 409 page linking to its commit).</exception>
    /// <exception cref="StaleFormException">It was discarded meanwhile (or its merge aborted): its working commit is gone.</exception>
    private static async Task<Workspace> OpenAsync(StudioSource source, string id, IFormCollection form, CancellationToken cancellationToken)
    {
        var commitId = QueryValues.Id<CommitId>(id, "a workspace's id (a working commit id)");
        try
        {
            return await source.Repository.OpenWorkspaceAsync(commitId, cancellationToken).ConfigureAwait(false);
        }
        catch (RevisionNotFoundException)
        {
            // A working commit is deleted when its workspace is discarded: the page the form came from showed it open.
            var branch = StudioEndpoints.Blank(form[BranchField].ToString());
            throw new StaleFormException(
                "This workspace was discarded meanwhile (in another tab, or by another writer), with its edits: nothing was written. The Workspaces page lists the open ones.",
                branch is null ? ("workspaces", "Open workspaces") : ("log?rev=" + Uri.EscapeDataString(branch), $"See the log of {branch}"));
        }
    }

    private static string Required(IFormCollection form, string name, string label) =>
        StudioEndpoints.Blank(form[name].ToString()) ?? throw new StudioInputException($"{label} is required.");
}
