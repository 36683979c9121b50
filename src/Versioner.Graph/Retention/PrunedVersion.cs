namespace Versioner;

/// <summary>
/// A version whose content retention removed from this database: its id, entity and checksum stay known (the commits
/// that name it still verify), its fields do not. Read it from the archive the policy wrote, if any.
/// </summary>
/// <param name="VersionId">The version.</param>
/// <param name="EntityType">Its entity type's name.</param>
/// <param name="EternalId">The entity it was a version of.</param>
/// <param name="CommitId">The commit that made it.</param>
/// <param name="Checksum">Its checksum as its commits record it: what an archived copy must hash to.</param>
/// <param name="PrunedAt">When it was pruned.</param>
/// <param name="Policy">The <see cref="RetentionPolicy.Name"/> of the policy that pruned it.</param>
public sealed record PrunedVersion(
    VersionId VersionId,
    string EntityType,
    EternalId EternalId,
    CommitId CommitId,
    Checksum Checksum,
    DateTimeOffset PrunedAt,
    string Policy)
{
    /// <summary>Like <c>Book version 0192f1c4 pruned 2026-03-01T00:00:00Z by 'nightly'</c>.</summary>
    public override string ToString() => $"{EntityType} version {VersionId.ToString(8)} pruned {PrunedAt:yyyy-MM-ddTHH:mm:ssZ} by '{Policy}'";
}
