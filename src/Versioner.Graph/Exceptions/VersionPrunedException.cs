namespace Versioner;

/// <summary>
/// A read needed a version that retention pruned: its content is no longer stored in this database. The entity did
/// exist; <see cref="Pruned"/> says which version, when and by which policy.
/// </summary>
public sealed class VersionPrunedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public VersionPrunedException(PrunedVersion pruned)
        : base(MessageFor(pruned))
    {
        Pruned = pruned;
    }

    /// <summary>The pruned version.</summary>
    public PrunedVersion Pruned { get; }

    private static string MessageFor(PrunedVersion pruned)
    {
        ArgumentNullException.ThrowIfNull(pruned);
        return $"{pruned.EntityType} version {pruned.VersionId} (entity {pruned.EternalId}) was pruned on {pruned.PrunedAt:yyyy-MM-ddTHH:mm:ssZ} by retention policy '{pruned.Policy}'; "
            + $"its content is no longer stored here. Read a newer revision, or restore it from that policy's archive (it must hash to {pruned.Checksum}).";
    }
}
