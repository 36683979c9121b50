using Versioner.Internal;

namespace Versioner;

/// <summary>
/// Appends versions of dynamic documents to a working commit in batches and finalizes them as commits, for a process
/// that is the only writer of its branch and writes many versions a second (the ingest service is one). Versions,
/// change rows and eternal ids are queued and written in bulk, statements stay prepared from one transaction to the
/// next, and the branch moves once per transaction. It writes exactly the rows
/// <see cref="Workspace.SaveDocumentAsync(string, EternalId, System.Text.Json.JsonElement, VersionId?, CancellationToken)"/>,
/// <see cref="Workspace.RemoveDocumentAsync"/> and <see cref="Workspace.FinalizeAsync"/> write, with the same
/// checksums (through the same commit writer), so every read and Verify see no difference.
/// </summary>
/// <remarks>
/// <para>
/// Open it with <see cref="Repository.OpenDocumentWriterAsync"/> inside a transaction on the repository's context,
/// whose connection stays open while the writer lives (<c>Database.OpenConnectionAsync()</c> first: prepared statements
/// belong to a connection). The caller owns the transactions: call <see cref="Enlist"/> at the start of every later one and
/// <see cref="FlushAsync"/> before each commit. Keep the writer across transactions that commit; after a rollback it
/// no longer matches the database: dispose it and open a new one (on the working commit the database has).
/// </para>
/// <para>
/// Each finalize makes a commit of everything appended since the last and opens the next working commit on top of
/// it (<see cref="WorkingCommit"/> changes). A document can change once per commit: finalize before appending another
/// version of one already in the working commit. Documents have no snapshot constraints or declared references, so
/// finalize checks none. Not thread-safe: one writer, one caller at a time.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// await db.Database.OpenConnectionAsync();
/// var workspace = await repository.CheckoutAsync("ingest");
/// await workspace.EnsureWrittenAsync();
/// await using var transaction = await db.Database.BeginTransactionAsync();
/// using var writer = await repository.OpenDocumentWriterAsync(workspace.Id);
/// foreach (var (eternalId, json) in batch)
/// {
///     await writer.SaveAsync(DocumentVersion.Create("Reading", eternalId, CanonicalDocument.Read(json)));
/// }
///
/// var commit = await writer.FinalizeAsync("sensor-gateway", "readings of 12:00");
/// await writer.FlushAsync();
/// await transaction.CommitAsync();
/// </code>
/// </example>
public sealed class DocumentWriter : IDisposable
{
    private readonly DocumentAppender _appender;

    internal DocumentWriter(DocumentAppender appender) => _appender = appender;

    /// <summary>The working commit versions go into now (a new one after each <see cref="FinalizeAsync"/>).</summary>
    public CommitId WorkingCommit => _appender.WorkingId;

    /// <summary>The branch the working commit finalizes onto.</summary>
    public string Branch => _appender.Branch;

    /// <summary>Runs the next statements in the context's current transaction: call at the start of each transaction after the first.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open on the context.</exception>
    public void Enlist() => _appender.Enlist();

    /// <summary>The entity types of those of <paramref name="eternalIds"/> that exist (in any commit), in one query whatever their number (one list parameter); unknown ids are left out.</summary>
    public Task<IReadOnlyDictionary<EternalId, string>> FindEntityTypesAsync(IEnumerable<EternalId> eternalIds, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => _appender.EntityTypesAsync(eternalIds, cancellationToken));

    /// <summary>True when the document <paramref name="eternalId"/> is present (not removed) in the working state: the working commit on top of its parent.</summary>
    public Task<bool> IsPresentAsync(EternalId eternalId, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => _appender.IsPresentAsync(eternalId, cancellationToken));

    /// <summary>
    /// Appends a version of a document to the working commit (queued; written by the next flush, read or finalize).
    /// The document must have no change in the working commit yet.
    /// </summary>
    /// <exception cref="NotADocumentTypeException">The entity type is a CLR entity type of the model (save those through a workspace); nothing was appended.</exception>
    /// <exception cref="EntityTypeMismatchException">The eternal id belongs to another entity type; nothing was appended.</exception>
    public async ValueTask SaveAsync(DocumentVersion version, CancellationToken cancellationToken = default)
    {
        try
        {
            await _appender.SaveAsync(version, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (ProviderErrors.Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Appends the removal of a document to the working commit (which must hold no change of it yet).</summary>
    /// <exception cref="EntityTypeMismatchException">The eternal id belongs to another entity type.</exception>
    /// <exception cref="EntityNotFoundException">The document is not in the working state, so there is nothing to remove.</exception>
    public Task RemoveAsync(string entityType, EternalId eternalId, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => _appender.RemoveAsync(entityType, eternalId, cancellationToken));

    /// <summary>
    /// Finalizes the working commit as <see cref="Workspace.FinalizeAsync"/> does for a whole one (placed, checksummed
    /// from the versions' checksums, its branch moved to it by compare-and-swap at the next <see cref="FlushAsync"/>),
    /// and opens the next working commit on top of it.
    /// </summary>
    /// <returns>The finalized commit.</returns>
    /// <exception cref="NothingToCommitException">The working commit holds no change.</exception>
    /// <exception cref="InvalidFieldValueException">The author or message has a NUL or an unpaired surrogate.</exception>
    public Task<Commit> FinalizeAsync(string author, string message, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => _appender.FinalizeAsync(author, message, cancellationToken));

    /// <summary>
    /// Writes everything queued and moves the branch to the last commit finalized (compare-and-swap): call before
    /// committing the transaction.
    /// </summary>
    /// <exception cref="BranchMovedException">The branch moved under this writer (another writer finalized on it); roll the transaction back and open a new writer.</exception>
    public Task FlushAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => _appender.FlushAsync(cancellationToken));

    /// <summary>Releases the prepared statements.</summary>
    public void Dispose() => _appender.Dispose();
}
