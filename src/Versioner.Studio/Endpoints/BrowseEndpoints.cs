using Microsoft.AspNetCore.Http;
using Versioner.Studio.Hosting;
using Versioner.Studio.Pages;

namespace Versioner.Studio.Endpoints;

/// <summary>Page 5: the rows of an entity type (typed or documents) as of any revision, through <see cref="Snapshot.ContentsAsync"/>.</summary>
internal static class BrowseEndpoints
{
    public static async Task<IResult> BrowseAsync(
        HttpContext http, StudioSource source, CancellationToken cancellationToken,
        string? type = null, string? rev = null, string? sort = null, string? desc = null, string? page = null, string? at = null)
    {
        var repository = source.Repository;
        var types = await KnownTypes.ReadAsync(repository, cancellationToken).ConfigureAwait(false);
        var pinned = StudioEndpoints.Blank(at) is { } tip ? QueryValues.Id<CommitId>(tip, "a commit id to page the rows at") : (CommitId?)null;
        var query = new BrowseQuery(StudioEndpoints.Blank(type), StudioEndpoints.Blank(rev) ?? repository.Options.DefaultBranch, StudioEndpoints.Blank(sort), QueryValues.Flag(desc, "desc"), QueryValues.Page(page), pinned);
        if (query.EntityType is null)
        {
            return StudioPages.Render(http, view => BrowsePage.Render(view, types, query, [], false, false));
        }

        // A described type's fields are its schema's; a document type's are each document's own, so a sort field is
        // checked against the documents read (below).
        var schema = types.FindDescribed(query.EntityType);
        if (!types.IsKnown(query.EntityType))
        {
            var names = types.Names.ToList();
            throw new StudioNotFoundException(names.Count == 0
                ? $"There is no entity type '{query.EntityType}': this database describes no versioned type and holds no documents yet."
                : $"There is no entity type '{query.EntityType}'; the types are {string.Join(", ", names)}.");
        }

        if (schema is not null && query.Sort is { } field && schema.Fields.All(f => f.Name != field))
        {
            throw new StudioInputException($"{schema.Name} has no field '{field}' to sort by.");
        }

        // Pages after the first read the rows as of the commit the first was read at (at= in the pager's links), as the
        // log's do: counted off a branch that moved, a row added before this page's place would repeat, one removed be skipped.
        var snapshot = await repository.SnapshotAsync(pinned is { } pin ? pin : query.Revision, cancellationToken).ConfigureAwait(false);
        var skip = (long)(query.Page - 1) * BrowseQuery.PageSize; // a page number near int.MaxValue must not wrap to the first page
        var rows = new List<VersionContent>();
        var capped = false;
        if (query.Sort is null)
        {
            // In the engine's order (by eternal id): read only up to this page, and one more row to know more follow.
            await foreach (var row in snapshot.ContentsAsync(query.EntityType, cancellationToken).ConfigureAwait(false))
            {
                if (skip-- > 0)
                {
                    continue;
                }

                rows.Add(row);
                if (rows.Count > BrowseQuery.PageSize)
                {
                    break;
                }
            }
        }
        else
        {
            var all = new List<VersionContent>();
            await foreach (var row in snapshot.ContentsAsync(query.EntityType, cancellationToken).ConfigureAwait(false))
            {
                if (all.Count == BrowseQuery.SortLimit)
                {
                    capped = true;
                    break;
                }

                all.Add(row);
            }

            if (schema is null && !all.Any(r => r.TryGetValue(query.Sort, out _)))
            {
                throw new StudioInputException($"No {query.EntityType} document as of {query.Revision} has a field '{query.Sort}' to sort by.");
            }

            var sorted = query.Descending
                ? all.OrderByDescending(r => r[query.Sort], FieldValueOrder.Instance)
                : all.OrderBy(r => r[query.Sort], FieldValueOrder.Instance);
            rows = sorted.ThenBy(r => r.EternalId).Skip((int)Math.Min(skip, int.MaxValue)).Take(BrowseQuery.PageSize + 1).ToList();
        }

        var hasMore = rows.Count > BrowseQuery.PageSize;
        var shown = hasMore ? rows[..BrowseQuery.PageSize] : rows;
        if (pinned is null && hasMore && !snapshot.IsWorking)
        {
            query = query with { At = snapshot.CommitId };
        }

        return StudioPages.Render(http, view => BrowsePage.Render(view, types, query, shown, hasMore, capped, pinned is not null));
    }
}

/// <summary>Orders field values for sorting a page: nulls first, then by their value where comparable, else by text.</summary>
internal sealed class FieldValueOrder : IComparer<FieldValue>
{
    public static readonly FieldValueOrder Instance = new();

    public int Compare(FieldValue x, FieldValue y)
    {
        if (x.IsNull || y.IsNull)
        {
            return x.IsNull == y.IsNull ? 0 : x.IsNull ? -1 : 1;
        }

        return x.ToObject() is IComparable a && y.ToObject() is { } b && a.GetType() == b.GetType()
            ? a.CompareTo(b)
            : string.CompareOrdinal(x.ToString(), y.ToString());
    }
}
