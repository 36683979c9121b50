namespace Versioner;

/// <summary>
/// The fields of a versioned entity type changed (a schema migration added, removed, renamed or retyped a column)
/// since the checksums of its versions were computed, so those checksums no longer describe the rows. Run
/// <see cref="Repository.MigrateChecksumsAsync"/> once after applying the schema migration, then open the repository.
/// </summary>
public sealed class ChecksumMigrationRequiredException : VersionerException
{
    /// <summary>Creates the exception for the types that changed.</summary>
    public ChecksumMigrationRequiredException(IReadOnlyList<FieldSetChange> changes)
        : base($"The fields of {string.Join(", ", changes)} changed since their versions were hashed. "
            + "After applying the schema migration, run `await Repository.MigrateChecksumsAsync(context)` once (it recomputes the "
            + "checksums deterministically, so databases equal before the migration stay equal after it), then open the repository.")
    {
        Changes = changes;
    }

    /// <summary>The entity types whose fields changed.</summary>
    public IReadOnlyList<FieldSetChange> Changes { get; }
}
