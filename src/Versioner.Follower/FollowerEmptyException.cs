namespace Versioner;

/// <summary>
/// A read of <see cref="InMemorySnapshot"/> before the follower loaded anything (its <see cref="Follower.State"/> is
/// <see cref="FollowerStatus.Empty"/>, with the reason). Check <see cref="InMemorySnapshot.IsEmpty"/>, or gate traffic
/// on the follower's health check, which fails until the first load.
/// </summary>
public sealed class FollowerEmptyException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public FollowerEmptyException()
        : base("The follower has not loaded a snapshot yet (State is Empty; see its Reason): wait for readiness (the follower health check) or check Current.IsEmpty before reading.")
    {
    }
}
