namespace Versioner.Storage;

/// <summary>
/// A maximal run of the first-parent tree. A commit's first-parent ancestry is its own segment up to its depth, then
/// each parent segment up to the fork depth: one range per fork, not one row per commit.
/// </summary>
internal sealed class SegmentRow
{
    public long Id { get; set; }
    public long? ParentSegment { get; set; }

    /// <summary>Depth of the commit in <see cref="ParentSegment"/> that this segment forks from (-1 for a root segment).</summary>
    public long ForkDepth { get; set; }
}
