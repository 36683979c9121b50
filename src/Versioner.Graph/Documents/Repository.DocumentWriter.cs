using Versioner.Internal;

namespace Versioner;

public sealed partial class Repository
{
    /// <summary>
    /// Opens a <see cref="DocumentWriter"/> on the working commit <paramref name="workingCommit"/>, inside the
    /// transaction open on the context: the bulk write path for dynamic documents, for a process that is the only
    /// writer of the branch (such as the ingest service). Write the working commit first
    /// (<see cref="Workspace.EnsureWrittenAsync"/>) and begin a transaction on the context.
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open on the context.</exception>
    /// <exception cref="RevisionNotFoundException">No commit has that id.</exception>
    /// <exception cref="WorkingCommitFinalizedException">That commit is finalized, not a working commit.</exception>
    /// <exception cref="MergeInProgressException">The working commit holds a merge in progress (finalize or abort it through its workspace).</exception>
    /// <exception cref="BranchMovedException">The branch no longer points at the working commit's parent.</exception>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    public Task<DocumentWriter> OpenDocumentWriterAsync(CommitId workingCommit, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(async () =>
        {
            EnsureWritable(nameof(OpenDocumentWriterAsync));
            return new DocumentWriter(await DocumentAppender.OpenAsync(_store, workingCommit, cancellationToken).ConfigureAwait(false));
        });
}
