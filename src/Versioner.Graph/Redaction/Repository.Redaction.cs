using Versioner.Internal;

namespace Versioner;

// Redaction: removing finalized content for good, and the record of it.
public sealed partial class Repository
{
    /// <summary>
    /// Removes content from finalized versions for good ("someone finalized classified information"): the named fields
    /// (all data fields when the request names none) become null, or the type's default when the column is not nullable;
    /// a document member becomes JSON null; a pointer record (large text, set) only cleared versions referred to is
    /// deleted. The versions are re-hashed from the rows as now stored, and the commits holding them and all their
    /// descendants get new checksums, so <see cref="VerifyAsync(IProgress{VerifyProgress}?, CancellationToken)"/> passes
    /// afterwards. Ids never change. A record (who, when, why, which versions and fields, which commits) is kept
    /// (<see cref="RedactionsAsync"/>), and a push or pull brings the redaction to databases synced before it.
    /// All in one transaction: a failure leaves the database as it was.
    /// </summary>
    /// <remarks>
    /// The secret often lives on in later versions that copied the field unchanged; use
    /// <see cref="RedactionScope.SameValueInEntity"/> to clear those too. Snapshot constraints and references are not
    /// re-checked: a cleared key or reference stays cleared. <see cref="Commit"/> objects read before keep their old
    /// checksums; read them again. The database engine may keep old row images until it reuses the space: afterwards run
    /// <c>VACUUM</c> (SQLite: then <c>PRAGMA wal_checkpoint(TRUNCATE)</c>; PostgreSQL: on the version tables,
    /// <c>versioner_documents</c> and <c>versioner_pointers</c>). On PostgreSQL the commits table is locked for the
    /// redaction's duration, so finalizes and reads of the history wait for it.
    /// </remarks>
    /// <returns>The redaction's record.</returns>
    /// <exception cref="InvalidRedactionRequestException">The request lacks versions, author or reason, or repeats a field; nothing was changed.</exception>
    /// <exception cref="RedactionRefusedException">A named version does not exist, is not finalized or has no such field; nothing was changed.</exception>
    public Task<Redaction> RedactAsync(RedactionRequest request, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(RedactAsync)); return Redactor.RedactAsync(_store, request, cancellationToken); });

    /// <summary>Every redaction this database has applied (made here or brought by a push or pull), oldest first.</summary>
    public Task<IReadOnlyList<Redaction>> RedactionsAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => RedactionRecords.ListAsync(_store, null, cancellationToken));

    /// <summary>
    /// The commits a redaction rewrote in this database and the checksum it gave each, in commit id order, read a page at
    /// a time. Checksums from before the redaction are not kept: they are hashes of the removed content.
    /// </summary>
    public IAsyncEnumerable<RewrittenCommit> RewrittenCommitsAsync(Guid redactionId, CancellationToken cancellationToken = default) =>
        ProviderErrors.Stream(RedactionRecords.RewrittenAsync(_store, redactionId, cancellationToken), cancellationToken);
}
