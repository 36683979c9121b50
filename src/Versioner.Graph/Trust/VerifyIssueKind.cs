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
    /// A change row points at a version that is not there, and no retention mark accounts for it (pruned versions are
    /// counted in <see cref="VerifyReport.Pruned"/> instead); a change a commit's manifest lists has no row at all (its
    /// version, or for a removal its entity, named); a finalized commit has no manifest; or a version's field names a
    /// pointer record (a set or a large text) that is not there. A commit one of whose listed changes has no row cannot
    /// be re-hashed: it is named by the missing row, not again as a <see cref="CommitChecksumMismatch"/>.
    /// </summary>
    MissingRow,

    /// <summary>
    /// A version row claims a finalized commit that does not list it; a commit's change row is one its manifest does
    /// not list (named once: the commit is hashed over the changes its manifest lists, and the row's own checksum is not
    /// reported as well); or a row of <c>versioner_changes</c> that reads skip because a version's row is its own
    /// change's only record (neither an adoption, a removal nor a pruned version's row: written there by hand or left over).
    /// </summary>
    UnlistedVersion,

    /// <summary>
    /// A row names a commit that does not exist: a version row, document row, change row or ref written outside Versioner.
    /// With Versioner's foreign keys the database refuses such rows; without them
    /// (<c>UseVersioning(o =&gt; o.ForeignKeys = false)</c>), or through a SQLite connection that does not enforce
    /// foreign keys, only Verify finds them. Reads never see them.
    /// </summary>
    DanglingRow,

    /// <summary>
    /// A commit whose state says working although it is part of finalized history: another commit names it as a
    /// parent, a ref points at it, or it carries a checksum or a place in finalization order. Only a write behind
    /// Versioner's back turns a finalized commit back into a working one, and its rows are then no longer guarded.
    /// </summary>
    UnfinalizedCommit,

    /// <summary>
    /// The as-of index disagrees with the commit graph: a commit's place (segment and depth) does not follow from its
    /// first parent's, or a commit's change rows are filed at another place than the commit. Snapshots and histories
    /// would then read another history than the commits record.
    /// </summary>
    AsOfIndexMismatch,

    /// <summary>
    /// The member rows of a set (<see cref="EternalIdSet"/>) disagree with its pointer record: members added, removed
    /// or changed, or member rows for a set that has no record. Queries over set members (which sets hold an id) would
    /// give wrong answers.
    /// </summary>
    PointerMembersMismatch,

    /// <summary>
    /// A commit's place in the commit graph's order disagrees with its parents': finalized (<c>seq</c>) before one of
    /// them or not at all, or a generation not above theirs. Neither is hashed: reads that walk the commit graph fail
    /// with <see cref="HistoryDamagedException"/> or answer ancestry questions wrongly.
    /// </summary>
    GraphIndexMismatch,

    /// <summary>
    /// The row recording an eternal id's entity type (<c>versioner_entities</c>) is missing, or names another type
    /// than the id's change rows: references to the id and new versions of it would be checked against the wrong type.
    /// <see cref="VerifyIssue.Expected"/> names the eternal id.
    /// </summary>
    EntityRowMismatch,

    /// <summary>
    /// A version row that finalized history lists names a working commit as its own: moved there, out of the guards'
    /// reach (they protect the rows of finalized commits), so it could be changed or discarded with that commit.
    /// </summary>
    VersionOwnerMismatch,

    /// <summary>
    /// A change row's <c>adopted</c> flag disagrees with its version row: it says the commit took the version over from
    /// another commit (a merge, revert or cherry-pick) while the row names this commit as its own, or the reverse. Not
    /// hashed; a push or pull copies the versions a commit made and not those it adopted, so it would leave this version
    /// behind or copy it twice. An adoption row flipped to say the commit made the version is skipped by reads (the
    /// version's row records its maker): it is named as this, not as the change the commit's manifest then misses.
    /// </summary>
    AdoptionMismatch,
}
