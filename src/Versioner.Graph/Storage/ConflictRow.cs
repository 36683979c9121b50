namespace Versioner.Storage;

/// <summary>An unresolved conflict of a merge in progress in a working commit.</summary>
internal sealed class ConflictRow
{
    public CommitId CommitId { get; set; }
    public EternalId EternalId { get; set; }

    /// <summary>The conflicting fields, comma-separated; empty for a whole-entity conflict.</summary>
    public string Fields { get; set; } = "";

    public string EntityType { get; set; } = "";
    public ConflictKind Kind { get; set; }
    public VersionId? BaseVersion { get; set; }
    public VersionId? OursVersion { get; set; }
    public VersionId? TheirsVersion { get; set; }
}
