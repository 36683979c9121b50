namespace Versioner;

/// <summary>
/// A version's set (<see cref="EternalIdSet"/>) or large text (<see cref="LargeText"/>) names a pointer record that is
/// not in the database: it was deleted behind Versioner's back (Versioner never deletes a record a version still names).
/// The version cannot be read whole. Run <see cref="Repository.VerifyAsync(IProgress{VerifyProgress}?, CancellationToken)"/>
/// to list every damaged version, and restore the record from a replica or a backup.
/// </summary>
public sealed class PointerRecordMissingException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public PointerRecordMissingException(Checksum checksum)
        : base($"Pointer record {checksum.ToString(12)} is missing from the database, so the set or text that names it cannot be read. "
            + "Run repository.VerifyAsync() (or `versioner verify`) to list every damaged version, and restore the record from a replica or a backup.")
    {
        Checksum = checksum;
    }

    /// <summary>The key (content checksum) of the missing record.</summary>
    public Checksum Checksum { get; }
}
