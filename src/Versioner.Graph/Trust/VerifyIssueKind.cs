namespace Versioner;

/// <summary>What verification found wrong.</summary>
public enum VerifyIssueKind
{
    /// <summary>A version's content no longer hashes to the checksum recorded when its commit was finalized.</summary>
    VersionChecksumMismatch,

    /// <summary>A commit's content (parents, versions, removals, metadata) no longer hashes to its checksum.</summary>
    CommitChecksumMismatch,

    /// <summary>A pointer record's content no longer hashes to its key.</summary>
    PointerChecksumMismatch,

    /// <summary>
    /// A change row points at a version (or pointer record) that is not there, and no retention mark accounts for it
    /// (pruned versions are counted in <see cref="VerifyReport.Pruned"/> instead).
    /// </summary>
    MissingRow,

    /// <summary>A version row claims a finalized commit that does not list it.</summary>
    UnlistedVersion,
}
