namespace Versioner.Storage;

/// <summary>One parent link; <see cref="Ordinal"/> 0 is the first parent.</summary>
internal sealed class CommitParentRow
{
    public CommitId CommitId { get; set; }
    public int Ordinal { get; set; }
    public CommitId ParentId { get; set; }
}
