namespace Versioner.Storage;

/// <summary>
/// A commit whose checksum a redaction rewrote in this database, with the checksum it got. Local: each database
/// records what it rewrote itself. No checksum from before the redaction is kept, since it is a hash of the removed
/// content.
/// </summary>
internal sealed class RedactedCommitRow
{
    public Guid RedactionId { get; set; }
    public CommitId CommitId { get; set; }
    public byte[] Checksum { get; set; } = [];
}
