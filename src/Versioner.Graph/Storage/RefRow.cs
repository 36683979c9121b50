namespace Versioner.Storage;

/// <summary>A branch or tag: a name pointing at a finalized commit.</summary>
internal sealed class RefRow
{
    public string Name { get; set; } = "";
    public RefKind Kind { get; set; }
    public CommitId CommitId { get; set; }
}
