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

    /// <summary>
    /// A row names a commit that does not exist: a version row, document row or change row written outside Versioner.
    /// With Versioner's foreign keys the database refuses such rows; without them
    /// (<c>UseVersioning(o =&gt; o.ForeignKeys = false)</c>), or through a SQLite connection that does not enforce
    /// foreign keys, only Verify finds them. Reads never see them.
    /// </summary>
    DanglingRow,
}
