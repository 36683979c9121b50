namespace Versioner;

/// <summary>A commit whose checksum a redaction rewrote in this database, with the checksum the redaction gave it.</summary>
/// <param name="CommitId">The commit (its id never changes).</param>
/// <param name="Checksum">Its checksum right after the redaction (a later redaction or checksum migration may change it again).</param>
public sealed record RewrittenCommit(CommitId CommitId, Checksum Checksum);
