using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Versioner.Studio.Hosting;
using Versioner.Studio.Pages;

namespace Versioner.Studio.Endpoints;

/// <summary>
/// The Studio's routes. Pages read through the non-generic API only (commits, diffs, history, blame, contents), so the
/// same pages serve the embedded and the standalone Studio; writes go through workspaces and staging.
/// </summary>
internal static class StudioEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", BranchesAsync);
        group.MapGet("/log", LogAsync);
        group.MapGet("/commit/{revision}", CommitAsync);
        group.MapGet("/entity/{id}", EntityAsync);
        group.MapGet("/version/{id}", VersionAsync);
        group.MapGet("/browse", BrowseEndpoints.BrowseAsync);
        group.MapGet("/verify", VerifyEndpoints.VerifyAsync);
        group.MapGet("/workspaces", WorkspacesAsync);
        group.MapGet("/workspaces/{id}", WorkspaceEndpoints.ShowAsync);
        group.MapGet("/merge", WorkspaceEndpoints.MergeFormAsync);
        group.MapGet("/studio.css", () => Asset("studio.css", "text/css; charset=utf-8"));
        group.MapGet("/studio.js", () => Asset("studio.js", "text/javascript; charset=utf-8"));
        // Any other address under the Studio (a mistyped or cut-off link): its 404 page with the menu, not an empty answer.
        group.MapGet("/{**path}", (HttpContext http) => StudioPages.Render(http, view => ErrorPage.Render(
            view, "Not found", $"The Studio has no page at {http.Request.PathBase}{http.Request.Path}; its pages are in the menu above."), StatusCodes.Status404NotFound));

        var writes = group.MapGroup("").AddEndpointFilter(GuardWriteAsync);
        writes.MapPost("/workspaces/{id}/finalize", WorkspaceEndpoints.FinalizeAsync);
        writes.MapPost("/workspaces/{id}/discard", WorkspaceEndpoints.DiscardAsync);
        writes.MapPost("/workspaces/{id}/resolve", WorkspaceEndpoints.ResolveAsync);
        writes.MapPost("/workspaces/{id}/abort", WorkspaceEndpoints.AbortAsync);
        writes.MapPost("/merge", WorkspaceEndpoints.MergeAsync);
    }

    private static async Task<IResult> BranchesAsync(HttpContext http, StudioSource source, CancellationToken cancellationToken)
    {
        var repository = source.Repository;
        var main = repository.Options.DefaultBranch;
        var branches = await repository.BranchesAsync(cancellationToken).ConfigureAwait(false);
        var mainBranch = branches.FirstOrDefault(b => b.Name == main);
        var heads = await repository.FindCommitsAsync(branches.Select(b => b.Head), cancellationToken).ConfigureAwait(false);
        var ordered = branches.OrderBy(b => b.Name != main).ThenBy(b => b.Name, StringComparer.Ordinal).ToList();
        // Every branch against the default one in one walk of the commit graph, not a call per branch.
        var divergence = mainBranch is null
            ? null
            : await repository.AheadBehindAsync(ordered.Select(b => (Revision)b.Head), mainBranch.Head, cancellationToken).ConfigureAwait(false);
        var rows = new List<BranchRow>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var branch = ordered[i];
            var counted = divergence is not null && branch != mainBranch ? divergence[i] : ((int Ahead, int Behind)?)null;
            rows.Add(new BranchRow(branch.Name, heads[branch.Head], counted?.Ahead, counted?.Behind));
        }

        var tags = await repository.TagsAsync(cancellationToken).ConfigureAwait(false);
        return StudioPages.Render(http, view => BranchesPage.Render(view, rows, tags));
    }

    private static async Task<IResult> LogAsync(
        HttpContext http, StudioSource source, IOptions<StudioOptions> options, CancellationToken cancellationToken,
        string? rev = null, string? author = null, string? type = null, string? since = null, string? until = null, string? page = null, string? at = null)
    {
        var repository = source.Repository;
        var revision = string.IsNullOrWhiteSpace(rev) ? repository.Options.DefaultBranch : rev.Trim();
        var size = options.Value.LogPageSize;
        var number = QueryValues.Page(page);
        var pinned = Blank(at) is { } tip ? QueryValues.Id<CommitId>(tip, "a commit id to page the log at") : (CommitId?)null;
        var filter = new LogFilter(revision, Blank(author), Blank(type), Blank(since), Blank(until), pinned);
        // One revision or a range a..b, read by the engine's types: a range that is none (a...b) or a malformed side is
        // refused here, a 400 page naming the text. The log lists the history of the tip (of a range its right side, an
        // empty one the default branch, as the engine reads it).
        RevisionRange? range = RevisionRange.TryParse(revision, out var parsed) ? parsed : null;
        var head = range is { } both ? both.To ?? repository.Options.DefaultBranch : Revision.Parse(revision);
        var logOptions = new LogOptions
        {
            FirstParentOnly = false,
            Author = filter.Author,
            EntityType = filter.EntityType,
            Since = Time(filter.Since, "since"),
            Until = Time(filter.Until, "until"),
            Take = size,
            Skip = (long)(number - 1) * size,
        };

        // Pages after the first read the history as it was when the first was read (its tip commit, in the links):
        // skipping by count in a branch that moved would repeat commits, or skip them.
        var readAt = pinned is { } pin ? pin : head;
        var log = range is { } sides
            ? await repository.LogAsync(new RevisionRange(sides.From, readAt), logOptions, cancellationToken).ConfigureAwait(false)
            : await repository.LogAsync(readAt, logOptions, cancellationToken).ConfigureAwait(false);
        if (pinned is null && log.HasMore)
        {
            filter = filter with { At = (await repository.FindCommitAsync(head, cancellationToken).ConfigureAwait(false)).Id };
        }

        return StudioPages.Render(http, view => LogPage.Render(view, log, filter, number, pinned is not null));
    }

    private static async Task<IResult> CommitAsync(HttpContext http, StudioSource source, string revision, CancellationToken cancellationToken)
    {
        var repository = source.Repository;
        var commit = await repository.FindCommitAsync(revision, cancellationToken).ConfigureAwait(false);
        var diff = commit.Parents.Count > 0
            ? await repository.DiffAsync(commit.Parents[0], commit.Id, cancellationToken).ConfigureAwait(false)
            : await RootDiffAsync(repository, commit, cancellationToken).ConfigureAwait(false);
        return StudioPages.Render(http, view => CommitPage.Render(view, commit, diff));
    }

    /// <summary>
    /// A root commit against nothing: every entity of its snapshot added, one streamed read per versioned type and per
    /// document type (the engine diffs two revisions, and a root has no parent to name).
    /// </summary>
    private static async Task<Diff> RootDiffAsync(Repository repository, Commit commit, CancellationToken cancellationToken)
    {
        var snapshot = await repository.SnapshotAsync(commit.Id, cancellationToken).ConfigureAwait(false);
        var contents = new List<VersionContent>();
        var types = await KnownTypes.ReadAsync(repository, cancellationToken).ConfigureAwait(false);
        foreach (var type in types.Described.Where(t => t.Unreadable is null).Select(t => t.Name).Concat(types.Documents))
        {
            await foreach (var content in snapshot.ContentsAsync(type, cancellationToken).ConfigureAwait(false))
            {
                contents.Add(content);
            }
        }

        // Compared once every row is read: a set's members load on first use, and PostgreSQL runs one command at a time.
        return new Diff(contents.Select(content => EntityChange.Compare(null, content)!));
    }

    /// <summary>
    /// A version by id (a pinned reference, a problem Verify names): shown as the entity page at the commit that added
    /// it, marked against the entity's version as of <paramref name="from"/> (the default branch unless given).
    /// </summary>
    private static async Task<IResult> VersionAsync(
        HttpContext http, StudioSource source, string id, CancellationToken cancellationToken, string? type = null, string? from = null, string? pinned = null)
    {
        var isPinned = QueryValues.Flag(pinned, "pinned");
        var versionId = QueryValues.Id<VersionId>(id, "a version id");

        var place = await source.FindVersionAsync(versionId, Blank(type), cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException(Blank(type) ?? "Version", versionId.Value, "is not in this database: no version has this id");
        // Its commit missing is damage, said so (a 409 page naming it and verify), not the entity page's "revision not found".
        await VersionLookup.CommitOfAsync(source.Repository, versionId, place, cancellationToken).ConfigureAwait(false);
        return Results.Redirect(StudioPages.ViewFor(http).Url(
            "entity/" + place.EternalId,
            ("rev", place.CommitId.ToString()),
            ("version", versionId.ToString()),
            ("from", Blank(from)),
            ("pinned", isPinned ? "true" : null)));
    }

    private static async Task<IResult> EntityAsync(
        HttpContext http, StudioSource source, string id, CancellationToken cancellationToken,
        string? rev = null, string? version = null, string? from = null, string? pinned = null, string? page = null, string? at = null)
    {
        var repository = source.Repository;
        var isPinned = QueryValues.Flag(pinned, "pinned");
        var eternalId = QueryValues.Id<EternalId>(id, "an entity's eternal id");
        var number = QueryValues.Page(page);
        var historyAt = Blank(at) is { } tip ? QueryValues.Id<CommitId>(tip, "a commit id to page the history at") : (CommitId?)null;

        var revision = string.IsNullOrWhiteSpace(rev) ? repository.Options.DefaultBranch : rev.Trim();
        // One page of the history, and one more entry to know an older page follows; pages after the first at the
        // commit the first was read at, as the log's (a commit landing meanwhile would shift them).
        var entries = await repository.HistoryAsync(
            eternalId, historyAt is { } pin ? pin : revision, new LogOptions { Take = EntityPage.HistoryPageSize + 1, Skip = (long)(number - 1) * EntityPage.HistoryPageSize }, cancellationToken).ConfigureAwait(false);
        var hasMore = entries.Count > EntityPage.HistoryPageSize;
        if (historyAt is null && hasMore)
        {
            historyAt = (await repository.FindCommitAsync(revision, cancellationToken).ConfigureAwait(false)).Id;
        }

        var shownEntries = entries.Take(EntityPage.HistoryPageSize).ToList();
        // A pruned version keeps its place in the history, marked: its content is gone (its page is a 410 saying so).
        var pruned = await VersionLookup.PrunedAsync(repository, shownEntries.Where(e => e.VersionId is not null).Select(e => e.VersionId!.Value), cancellationToken).ConfigureAwait(false);
        var history = new HistoryPage(shownEntries, number, hasMore, historyAt, pruned);
        var snapshot = await repository.SnapshotAsync(revision, cancellationToken).ConfigureAwait(false);
        var content = await snapshot.FindContentAsync(eternalId, cancellationToken).ConfigureAwait(false);
        var blame = content is null ? [] : await repository.BlameAsync(eternalId, revision, cancellationToken).ConfigureAwait(false);
        if (content is null && entries.Count == 0 && number == 1)
        {
            throw new EntityNotFoundException("Entity", eternalId.Value, $"is not in the history of {revision}: no commit of it added, changed or removed an entity with this id");
        }

        VersionMark? mark = null;
        if (Blank(version) is { } shown)
        {
            var versionId = QueryValues.Id<VersionId>(shown, "a version id");
            var against = Blank(from) ?? repository.Options.DefaultBranch;
            var latest = await (await repository.SnapshotAsync(against, cancellationToken).ConfigureAwait(false)).FindContentAsync(eternalId, cancellationToken).ConfigureAwait(false);
            mark = new VersionMark(versionId, isPinned, against, latest?.VersionId);
        }

        // A removed entity has no content to name its type: a version of it in its history does (its row, read by key).
        var entityType = content?.EntityType;
        if (entityType is null && history.Entries.FirstOrDefault(e => e.VersionId is not null) is { VersionId: { } last })
        {
            entityType = await TypeOfVersionAsync(source, last, cancellationToken).ConfigureAwait(false);
        }

        // A document (a type no class of the model holds) is also shown as the JSON it is stored as.
        var json = content is not null && !source.HasClass(content.EntityType)
            ? (await snapshot.FindDocumentAsync(content.EntityType, eternalId, cancellationToken).ConfigureAwait(false))?.Json
            : null;
        return StudioPages.Render(http, view => EntityPage.Render(view, eternalId, entityType, revision, content, history, blame, mark, json));
    }

    /// <summary>The type of a version found by id; null when it is not there (retention pruned it).</summary>
    private static async Task<string?> TypeOfVersionAsync(StudioSource source, VersionId versionId, CancellationToken cancellationToken)
    {
        try
        {
            return (await source.FindVersionAsync(versionId, null, cancellationToken).ConfigureAwait(false))?.EntityType;
        }
        catch (VersionPrunedException)
        {
            return null;
        }
    }

    private static async Task<IResult> WorkspacesAsync(HttpContext http, StudioSource source, CancellationToken cancellationToken)
    {
        var workspaces = await source.Repository.WorkspacesAsync(cancellationToken).ConfigureAwait(false);
        return StudioPages.Render(http, view => WorkspacesPage.Render(view, workspaces));
    }

    /// <summary>Writes are refused when the Studio is read-only, and need the anti-forgery token of a Studio page.</summary>
    private static async ValueTask<object?> GuardWriteAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.RequestServices.GetRequiredService<IOptions<StudioOptions>>().Value.ReadOnly)
        {
            return StudioPages.Render(http, view => ErrorPage.Render(view, "Refused", "This Studio is read-only: start it with --write to stage, finalize or merge."), StatusCodes.Status403Forbidden);
        }

        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return StudioPages.Render(http, view => ErrorPage.Render(view, "Refused", "The form was not sent from a Studio page (its anti-forgery token is missing or stale): reload the page and send it again."), StatusCodes.Status400BadRequest);
        }

        // A token may come in a header, and then the body is not read above: read it here (the pages read it again from
        // the request's cache), so a body that is no form, or a broken one, is a refusal rather than a 500.
        try
        {
            if (!http.Request.HasFormContentType)
            {
                throw new InvalidDataException($"the body is {http.Request.ContentType ?? "without a content type"}");
            }

            await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return StudioPages.Render(http, view => ErrorPage.Render(view, "Refused", $"The request is not a form the Studio can read ({ex.Message}): send the Studio page's form (application/x-www-form-urlencoded or multipart/form-data)."), StatusCodes.Status400BadRequest);
        }

        return await next(context).ConfigureAwait(false);
    }

    private static IResult Asset(string name, string contentType)
    {
        var stream = typeof(StudioEndpoints).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Studio's asset {name} is missing from its assembly.");
        return Results.Stream(stream, contentType);
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateTimeOffset? Time(string? text, string name) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time
        : throw new StudioInputException($"{name}: '{text}' is not a date and time; write it as 2026-11-01T12:00 (UTC).");
}

/// <summary>A row of the branches page: the branch, its head commit, and how far it is ahead of and behind the default branch.</summary>
internal sealed record BranchRow(string Name, Commit Head, int? Ahead, int? Behind);

/// <summary>
/// The version an entity page was opened for (<c>/version/{id}</c>), and the entity's version current as of
/// <paramref name="Against"/> (null when it is not there), to say whether the one shown is older.
/// </summary>
internal sealed record VersionMark(VersionId Version, bool Pinned, string Against, VersionId? Latest);

/// <summary>One page of an entity's history, newest first, whether an older page follows, and which of its versions retention pruned.</summary>
internal sealed record HistoryPage(IReadOnlyList<HistoryEntry> Entries, int Page, bool HasMore, CommitId? At, IReadOnlyDictionary<VersionId, PrunedVersion> Pruned);

/// <summary>The log's filter as the form holds it, and the commit its pages are read at (<c>at</c>) once known.</summary>
internal sealed record LogFilter(string Revision, string? Author, string? EntityType, string? Since, string? Until, CommitId? At = null);
