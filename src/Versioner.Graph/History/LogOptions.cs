namespace Versioner;

/// <summary>
/// Which commits of a history to list, as git's log options do. <see cref="Repository.LogAsync(Revision, LogOptions?, CancellationToken)"/> (and its overloads for a range) applies every filter,
/// in the database or the in-memory graph, page by page. <see cref="Repository.HistoryAsync(EternalId, Revision, LogOptions?, CancellationToken)"/>,
/// <see cref="Repository.AncestorsAsync"/> and <see cref="Repository.DescendantsAsync"/> page with <see cref="Take"/> and
/// <see cref="Skip"/> only and refuse the other filters (<see cref="ArgumentException"/>) rather than ignore them.
/// </summary>
public sealed class LogOptions
{
    /// <summary>How many commits to return (a page). Default 100.</summary>
    public int Take { get; init; } = 100;

    /// <summary>How many matching commits to skip (for the next page). Default 0.</summary>
    public long Skip { get; init; }

    /// <summary>
    /// Follow only first parents (the branch's own line, like <c>git log --first-parent</c>). Default true. When
    /// false, every commit reachable through any parent is listed, newest generation first.
    /// </summary>
    public bool FirstParentOnly { get; init; } = true;

    /// <summary>Leave out commits reachable from this revision (<c>git log exclude..revision</c>), as a <see cref="RevisionRange"/> <c>a..b</c> does (the two are refused together).</summary>
    public Revision? Exclude { get; init; }

    /// <summary>Only commits by this author (exact match).</summary>
    public string? Author { get; init; }

    /// <summary>Only commits at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only commits before this time.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Only commits that change an entity of this type.</summary>
    public string? EntityType { get; init; }

    /// <summary>Only commits that change this entity.</summary>
    public EternalId? EternalId { get; init; }

    /// <summary>
    /// Why a method that only pages must refuse these options (the filters it does not apply), or null.
    /// <paramref name="firstParentOnly"/> is what the method follows (it cannot tell the default from an explicit
    /// value, so only the other value is refused).
    /// </summary>
    internal string? UnappliedFilters(string method, bool firstParentOnly)
    {
        var set = new List<string>();
        if (FirstParentOnly != firstParentOnly)
        {
            set.Add($"{nameof(FirstParentOnly)} = {(FirstParentOnly ? "true" : "false")}");
        }

        if (Exclude is not null)
        {
            set.Add(nameof(Exclude));
        }

        if (Author is not null)
        {
            set.Add(nameof(Author));
        }

        if (Since is not null)
        {
            set.Add(nameof(Since));
        }

        if (Until is not null)
        {
            set.Add(nameof(Until));
        }

        if (EntityType is not null)
        {
            set.Add(nameof(EntityType));
        }

        if (EternalId is not null)
        {
            set.Add(nameof(EternalId));
        }

        return set.Count == 0
            ? null
            : $"{method} pages with {nameof(Take)} and {nameof(Skip)} only; it does not apply {string.Join(", ", set)}. Use LogAsync for filtered lists of commits.";
    }
}
