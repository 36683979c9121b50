namespace Versioner;

/// <summary>A commit both databases hold (same id) whose checksums differ: one side applied a redaction the other lacks, or one of them has been altered.</summary>
/// <param name="CommitId">The commit.</param>
/// <param name="Here">Its checksum in this database.</param>
/// <param name="There">Its checksum in the other.</param>
public sealed record ChecksumMismatch(CommitId CommitId, Checksum Here, Checksum There)
{
    /// <summary>
    /// The redaction that explains the difference (one side applied it and rewrote this commit, the other lacks it), or
    /// null when nothing does: then one of the databases has been altered.
    /// </summary>
    public Redaction? ExplainedBy { get; init; }
}
