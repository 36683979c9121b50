namespace Versioner;

/// <summary>
/// A write to a finalized commit's data was refused: finalized commits, versions and pointer records never change.
/// To change an entity, save it through a workspace: that makes a new version.
/// </summary>
public sealed class ImmutableVersionException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public ImmutableVersionException(string entityType, VersionId versionId, CommitId commitId)
        : base($"{entityType} version {versionId} belongs to finalized commit {commitId} and cannot be modified or deleted. Save the changed entity through a workspace (repository.CheckoutAsync(...).SaveAsync(entity)) to make a new version.")
    {
        EntityType = entityType;
        VersionId = versionId;
        CommitId = commitId;
    }

    /// <summary>The entity type of the refused row.</summary>
    public string EntityType { get; }

    /// <summary>The version that was to be modified.</summary>
    public VersionId VersionId { get; }

    /// <summary>The finalized commit it belongs to.</summary>
    public CommitId CommitId { get; }
}
