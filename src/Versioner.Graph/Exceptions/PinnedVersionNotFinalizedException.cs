namespace Versioner;

/// <summary>
/// A pinned reference names a version that is still a draft in another workspace's working commit. Drafts are edited
/// in place, so a pin to one could change meaning after the pinning commit is finalized. Nothing was written. Pin a
/// finalized version, or one saved in this same workspace (then finalize both together).
/// </summary>
public sealed class PinnedVersionNotFinalizedException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public PinnedVersionNotFinalizedException(string entityType, string property, string targetType, VersionId version, CommitId workingCommit)
        : base($"{entityType}.{property} pins {targetType} version {version}, a draft of working commit {workingCommit} (another workspace); nothing was written. Pin a finalized version, or save the {targetType} in this workspace and pin that.")
    {
        EntityType = entityType;
        Property = property;
        TargetType = targetType;
        Version = version;
        WorkingCommit = workingCommit;
    }

    /// <summary>The pinning entity type.</summary>
    public string EntityType { get; }

    /// <summary>The pinned reference property.</summary>
    public string Property { get; }

    /// <summary>The declared target type.</summary>
    public string TargetType { get; }

    /// <summary>The draft version the pin names.</summary>
    public VersionId Version { get; }

    /// <summary>The working commit that holds the draft.</summary>
    public CommitId WorkingCommit { get; }
}
