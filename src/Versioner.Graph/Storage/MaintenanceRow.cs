namespace Versioner.Storage;

/// <summary>
/// The token that lifts the database guards for one transaction: inserted at the start of a maintenance transaction
/// (redaction, retention, checksum migration) and deleted before it commits, so no other transaction ever sees it.
/// </summary>
internal sealed class MaintenanceRow
{
    public int Token { get; set; }
}
