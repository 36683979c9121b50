namespace Versioner;

/// <summary>A commit both databases hold (same id) whose checksums differ: one of them has been altered.</summary>
/// <param name="CommitId">The commit.</param>
/// <param name="Here">Its checksum in this database.</param>
/// <param name="There">Its checksum in the other.</param>
public sealed record ChecksumMismatch(CommitId CommitId, Checksum Here, Checksum There);
