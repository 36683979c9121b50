namespace Versioner;

/// <summary>Which part of a branch's log to read.</summary>
public sealed class LogOptions
{
    /// <summary>How many commits to return (a page). Default 100.</summary>
    public int Take { get; init; } = 100;

    /// <summary>How many of the newest commits to skip (for the next page). Default 0. Costs nothing: depth is indexed.</summary>
    public long Skip { get; init; }
}
