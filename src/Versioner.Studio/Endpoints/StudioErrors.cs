using Microsoft.AspNetCore.Http;
using Versioner.Studio.Hosting;
using Versioner.Studio.Pages;

namespace Versioner.Studio.Endpoints;

/// <summary>
/// Turns a refusal into a page that names it: a revision or entity that is not there is 404, a version retention
/// pruned 410 (it was there: the page says when and by which policy, wherever it was needed: by id, as of a
/// revision, in a commit's diff), input that cannot be used 400, a database busy or unreachable for now 503, anything
/// else the engine refuses (a branch that moved, a constraint, conflicts left) 409. Never a 500 for something a user
/// typed or did.
/// </summary>
/// <remarks>
/// Damage met on the way (rows or a table changed or dropped outside Versioner) is no refusal of the request: its page
/// says "History damaged" and leads to the Verify page, which lists every damaged row. Its status stays 409 Conflict,
/// the stored state being what stands in the way: not a 500, which would say the Studio failed, nor a 503, which would
/// say to try again in a moment (the CLI tells damage apart the same way, with exit code 65).
/// </remarks>
internal static class StudioErrors
{
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (Status(ex) is { } status)
        {
            return StudioPages.Render(context.HttpContext, view => ErrorPage.Render(view, Title(ex, status), Message(ex), Link(ex)), status);
        }
    }

    /// <summary>Damage to the stored history, as the CLI's exit code 65 names it: what Verify finds, not a refused request.</summary>
    private static bool IsDamage(Exception ex) =>
        ex is HistoryDamagedException or PointerRecordMissingException or SchemaDamagedException or TransferVerificationException;

    private static string Title(Exception ex, int status) => status switch
    {
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status410Gone => "Gone",
        _ when IsDamage(ex) => "History damaged",
        _ => "Refused",
    };

    /// <summary>The refusal in a page's words: where the engine's advice is code to write, what to do on the page instead.</summary>
    private static string Message(Exception ex) => ex switch
    {
        WorkingCommitFinalizedException finalized =>
            $"This workspace was finalized meanwhile (in another tab, or by another writer): its edits are commit {finalized.Commit} now. Nothing was written. The Workspaces page lists the open ones.",
        // An argument check's text ends in "(Parameter 'x')", a name of the engine's code, not of the page.
        ArgumentException { ParamName: { } name } argument => argument.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal),
        _ => ex.Message,
    };

    /// <summary>Where to see what happened instead: the commit a workspace became, the branch a discarded one was on.</summary>
    private static (string Path, string Text)? Link(Exception ex) => ex switch
    {
        WorkingCommitFinalizedException finalized => ("commit/" + finalized.Commit, $"See commit {finalized.Commit.ToString(8)}"),
        StaleFormException stale => stale.Link,
        _ when IsDamage(ex) => ("verify", "Verify the history: the Verify page lists every damaged row"),
        _ => null,
    };

    private static int? Status(Exception ex) => ex switch
    {
        RevisionNotFoundException or EntityNotFoundException or StudioNotFoundException => StatusCodes.Status404NotFound,
        // Gone for good, not missing: the content was stored and retention removed it (the message says when and how).
        VersionPrunedException => StatusCodes.Status410Gone,
        // The engine's exceptions say themselves whether the input is what was refused; the Studio's own form checks are input too.
        VersionerException { IsInvalidInput: true } or StudioInputException => StatusCodes.Status400BadRequest,
        // Busy, locked or unreachable: nothing was written, and the same form sent again in a moment may go through.
        DatabaseException { IsTransient: true } => StatusCodes.Status503ServiceUnavailable,
        VersionerException or StaleFormException => StatusCodes.Status409Conflict,
        ArgumentException => StatusCodes.Status400BadRequest,
        _ => null,
    };
}
