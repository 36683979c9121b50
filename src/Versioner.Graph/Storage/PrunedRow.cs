namespace Versioner.Storage;

/// <summary>
/// The mark retention leaves for a version whose row it deleted: the change rows that name the version stay (so
/// commit checksums still verify), and this row says where its content went, when and by which policy.
/// </summary>
internal sealed class PrunedRow
{
    public VersionId VersionId { get; set; }
    public string EntityType { get; set; } = "";
    public EternalId EternalId { get; set; }

    /// <summary>The commit that made the version.</summary>
    public CommitId CommitId { get; set; }

    /// <summary>The version's checksum as its change rows record it.</summary>
    public byte[] Checksum { get; set; } = [];

    public long PrunedAtMicros { get; set; }
    public string Policy { get; set; } = "";
}
