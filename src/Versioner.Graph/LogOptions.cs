namespace Versioner;

/// <summary>Which commits of a history to list, as git's log options do. Every filter is applied in the database or the in-memory graph, page by page.</summary>
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

    /// <summary>Leave out commits reachable from this revision (<c>git log exclude..revision</c>). A revision text <c>a..b</c> does the same.</summary>
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
}
