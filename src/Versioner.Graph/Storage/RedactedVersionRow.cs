namespace Versioner.Storage;

/// <summary>
/// One version a redaction cleared, and which fields: the redaction's definition, copied verbatim to every database
/// it reaches (a database applies it to the versions it holds).
/// </summary>
internal sealed class RedactedVersionRow
{
    public Guid RedactionId { get; set; }
    public VersionId VersionId { get; set; }
    public string EntityType { get; set; } = "";
    public EternalId EternalId { get; set; }

    /// <summary>The cleared fields as a JSON array of names, in ordinal order.</summary>
    public string Fields { get; set; } = "[]";
}
