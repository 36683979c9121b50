namespace Versioner.Storage;

/// <summary>
/// A redaction: who removed content, when and why. The same row (same id) in every database the redaction reached,
/// so two databases can tell which redactions each has applied.
/// </summary>
internal sealed class RedactionRow
{
    public Guid Id { get; set; }
    public string Author { get; set; } = "";
    public string Reason { get; set; } = "";
    public long TimestampMicros { get; set; }
}
