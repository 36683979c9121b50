using System.Diagnostics;

namespace Versioner;

/// <summary>
/// A follower's standing after its latest check: <see cref="FollowerStatus.Fresh"/>, <see cref="FollowerStatus.Stale"/>
/// (since when, and why) or <see cref="FollowerStatus.Empty"/>. Immutable; <see cref="Follower.State"/> is replaced
/// after every check.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record FollowerState
{
    /// <summary>Fresh, stale or empty.</summary>
    public required FollowerStatus Status { get; init; }

    /// <summary>
    /// Since when the follower is in this status: for <see cref="FollowerStatus.Stale"/>, the first failed check after the
    /// last good one (what a health check's threshold measures); for <see cref="FollowerStatus.Fresh"/>, the last
    /// successful check; for <see cref="FollowerStatus.Empty"/>, when the follower was created.
    /// </summary>
    public required DateTimeOffset Since { get; init; }

    /// <summary>Why the follower is stale or still empty (the failure, or why a version was refused); null when fresh.</summary>
    public string? Reason { get; init; }

    /// <summary>The commit <see cref="Follower.Current"/> serves; null while empty.</summary>
    public Commit? Commit { get; init; }

    /// <summary>
    /// The newest commit of the followed revision the follower has seen, when it is not the one it serves (a refused
    /// version, or one still loading when a check failed); null otherwise.
    /// </summary>
    public Commit? Pending { get; init; }

    /// <summary>The exception of the last failed check, if any (a database error, a timeout).</summary>
    public Exception? Error { get; init; }

    /// <summary>Like <c>Stale since 2026-11-01T12:00:00Z: the database did not answer (...)</c>.</summary>
    public override string ToString() => Status switch
    {
        FollowerStatus.Fresh => $"Fresh at {Commit}",
        FollowerStatus.Stale => $"Stale since {Since:O} at {Commit}: {Reason}",
        _ => Reason is null ? "Empty" : $"Empty: {Reason}",
    };
}
