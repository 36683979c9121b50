namespace Versioner.Storage;

/// <summary>One member of a set pointer record: lets a relation be queried from the member's side.</summary>
internal sealed class PointerMemberRow
{
    public EternalIdSet Set { get; set; } = EternalIdSet.Empty;
    public EternalId Member { get; set; }
}
