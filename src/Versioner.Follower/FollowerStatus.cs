namespace Versioner;

/// <summary>Where a follower stands (<see cref="FollowerState.Status"/>).</summary>
public enum FollowerStatus
{
    /// <summary>Nothing loaded yet (the first load has not succeeded): <see cref="Follower.Current"/> is empty and readiness fails.</summary>
    Empty,

    /// <summary>The last check succeeded and <see cref="Follower.Current"/> is the followed revision's commit it found.</summary>
    Fresh,

    /// <summary>
    /// The last check failed (the database did not answer, a timeout) or the revision's new commit was refused; the
    /// last good snapshot keeps serving. <see cref="FollowerState.Since"/> says since when, <see cref="FollowerState.Reason"/> why.
    /// </summary>
    Stale,
}
