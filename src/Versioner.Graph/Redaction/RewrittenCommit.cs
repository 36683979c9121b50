namespace Versioner;

/// <summary>A commit whose checksum a redaction rewrote in this database, with the checksum it has now.</summary>
/// <param name="CommitId">The commit (its id never changes).</param>
/// <param name="Checksum">Its checksum after the redaction.</param>
public sealed record RewrittenCommit(CommitId CommitId, Checksum Checksum);
