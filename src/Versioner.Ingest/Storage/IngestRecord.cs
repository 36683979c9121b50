namespace Versioner.Ingest.Storage;

/// <summary>
/// One ingested version, by the id the client knows it by: the idempotency record. Written in the same transaction
/// as the version itself, so a version is stored exactly when its record exists. Its ids are Versioner's id types, so
/// they are stored as Versioner stores ids (16 bytes on SQLite, <c>uuid</c> on PostgreSQL) and compare with its columns.
/// </summary>
internal sealed class IngestRecord
{
    /// <summary>The version id the client sent (or the service assigned): the idempotency key.</summary>
    public VersionId VersionId { get; set; }

    public string EntityType { get; set; } = "";

    public EternalId EternalId { get; set; }

    /// <summary><c>upsert</c> or <c>delete</c>.</summary>
    public string Operation { get; set; } = "";

    /// <summary>The id of the version row Versioner stored (null for a delete).</summary>
    public VersionId? StoredVersionId { get; set; }

    /// <summary>The commit holding the version: a working commit while pending, the same id once finalized.</summary>
    public CommitId CommitId { get; set; }

    public string Author { get; set; } = "";

    /// <summary>The message's timestamp, UTC ticks.</summary>
    public long TimestampTicks { get; set; }

    public string? Message { get; set; }

    public string? Source { get; set; }

    /// <summary>SHA-256 of the message's content (everything but its ids): same id and same hash is a repeat.</summary>
    public byte[] ContentHash { get; set; } = [];

    /// <summary>
    /// True when a redaction (<c>Repository.RedactAsync</c>) cleared this version since: its content hash is cleared
    /// too, and a resend is never compared with it. Read from Versioner's redaction record, not stored here.
    /// </summary>
    public bool Redacted { get; set; }

    /// <summary>When the service stored it, UTC ticks.</summary>
    public long ReceivedTicks { get; set; }
}
