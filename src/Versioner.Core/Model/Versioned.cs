namespace Versioner;

/// <summary>
/// Base class of a versioned entity. Each instance saved is one <em>version</em> (its own row, <see cref="VersionId"/>);
/// every version of the same entity shares its <see cref="EternalId"/>.
/// </summary>
/// <remarks>
/// Leave the ids alone: a workspace assigns them when it saves. A version whose commit is finalized is immutable;
/// saving a changed copy of it makes a new version (copy-on-write). A reference to another versioned entity is a
/// property of type <see cref="Versioner.EternalId"/> (follows the current version in whatever snapshot is read) or
/// <see cref="Versioner.VersionId"/> (pins one version).
/// </remarks>
public abstract class Versioned
{
    /// <summary>This version's id (the row's primary key). Assigned on save.</summary>
    public VersionId VersionId { get; internal set; }

    /// <summary>The entity's id across versions. Assigned on the first save; set it yourself only to import an existing id.</summary>
    public EternalId EternalId { get; set; }

    /// <summary>The commit that added this version.</summary>
    public CommitId CommitId { get; internal set; }

    /// <summary>A shallow copy, the starting point of a merged version.</summary>
    internal Versioned CloneVersion() => (Versioned)MemberwiseClone();
}
