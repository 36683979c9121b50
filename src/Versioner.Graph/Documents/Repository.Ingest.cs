using Versioner.Internal;

namespace Versioner;

public sealed partial class Repository
{
    /// <summary>
    /// Opens the lean document write path on <paramref name="workingCommit"/> inside the context's current
    /// transaction (see <see cref="DocumentAppender"/>): for the ingest service, the only writer of its branch.
    /// </summary>
    internal Task<DocumentAppender> OpenDocumentAppenderAsync(CommitId workingCommit, CancellationToken cancellationToken = default) =>
        DocumentAppender.OpenAsync(_store, workingCommit, cancellationToken);
}
