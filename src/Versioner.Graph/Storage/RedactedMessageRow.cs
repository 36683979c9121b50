namespace Versioner.Storage;

/// <summary>
/// One commit whose message a redaction replaced with <see cref="Redaction.MessagePlaceholder"/>: part of the
/// redaction's definition, copied verbatim to every database it reaches.
/// </summary>
internal sealed class RedactedMessageRow
{
    public Guid RedactionId { get; set; }
    public CommitId CommitId { get; set; }
}
