namespace Versioner;

/// <summary>
/// What <see cref="Repository.MigrateChecksumsAsync"/> did: the entity types whose fields changed, and how many
/// version and commit checksums it recomputed. Empty (<see cref="IsEmpty"/>) when every type's fields were as recorded.
/// </summary>
/// <param name="Types">The entity types whose field sets changed since their checksums were computed.</param>
/// <param name="VersionsRehashed">Versions of those types re-hashed (working versions included).</param>
/// <param name="CommitsRehashed">Finalized commits whose checksum changed as a result.</param>
public sealed record ChecksumMigration(IReadOnlyList<FieldSetChange> Types, long VersionsRehashed, long CommitsRehashed)
{
    /// <summary>True when nothing needed recomputing.</summary>
    public bool IsEmpty => Types.Count == 0;
}
