namespace Versioner.Storage;

/// <summary>A version of a dynamic document: an entity known only by type name and a JSON object of fields.</summary>
internal sealed class DocumentRow
{
    public VersionId VersionId { get; set; }
    public EternalId EternalId { get; set; }
    public CommitId CommitId { get; set; }
    public string EntityType { get; set; } = "";

    /// <summary>The fields as a JSON object (canonical member order).</summary>
    public string Data { get; set; } = "{}";

    /// <summary>Its place and checksum (<see cref="Model.PlaceColumns"/>).</summary>
    public long Segment { get; set; }

    public long Depth { get; set; }

    public long? Until { get; set; }

    public byte[]? Checksum { get; set; }
}
