using Microsoft.Extensions.Logging;

namespace Versioner.Ingest.Pipeline;

/// <summary>The pipeline's log messages; event ids are stable (100-199).</summary>
internal static partial class IngestLog
{
    [LoggerMessage(100, LogLevel.Information, "Storing versions on branch {Branch} through working commit {WorkingCommit} ({Policy} commits)")]
    public static partial void Opened(ILogger logger, string branch, Guid workingCommit, string policy);

    [LoggerMessage(101, LogLevel.Debug, "Stored {Count} version(s), {Repeated} repeated, in commit {CommitId}")]
    public static partial void Stored(ILogger logger, int count, int repeated, Guid commitId);

    [LoggerMessage(102, LogLevel.Information, "Finalized commit {Checksum} with {Count} version(s) by {Author}")]
    public static partial void Finalized(ILogger logger, string checksum, int count, string author);

    [LoggerMessage(103, LogLevel.Information, "Refused a request ({Kind}): {Detail}")]
    public static partial void Refused(ILogger logger, IngestRefusalKind kind, string detail);

    [LoggerMessage(104, LogLevel.Warning, "Branch {Branch} moved under the service (another writer?); checking it out again and retrying")]
    public static partial void BranchMoved(ILogger logger, string branch);

    [LoggerMessage(105, LogLevel.Error, "Writing versions failed; nothing of the request was stored")]
    public static partial void WriteFailed(ILogger logger, Exception exception);

    [LoggerMessage(106, LogLevel.Information, "Recovered {Count} pending version(s) in working commit {WorkingCommit} from the last run")]
    public static partial void Recovered(ILogger logger, int count, Guid workingCommit);

    [LoggerMessage(107, LogLevel.Error, "Finalizing the pending group failed; it stays pending and is retried")]
    public static partial void FlushFailed(ILogger logger, Exception exception);

    [LoggerMessage(108, LogLevel.Warning, "A transaction shared by {Count} requests failed; writing each of them alone")]
    public static partial void GroupFailed(ILogger logger, Exception exception, int count);
}
