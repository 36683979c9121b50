namespace Versioner.Storage;

/// <summary>
/// What a commit changed relative to its first parent, per entity: the version now current (<see cref="VersionId"/>),
/// or removal (null). As-of reads use only these rows and the commit's segment path.
/// </summary>
internal sealed class ChangeRow
{
    public CommitId CommitId { get; set; }
    public EternalId EternalId { get; set; }
    public string EntityType { get; set; } = "";
    public VersionId? VersionId { get; set; }

    /// <summary>True when the version was made by another commit and taken over (merge, revert, cherry-pick).</summary>
    public bool Adopted { get; set; }

    /// <summary>The version's checksum, set when the commit is finalized.</summary>
    public byte[]? VersionChecksum { get; set; }

    public long Segment { get; set; }
    public long Depth { get; set; }
}
