using Microsoft.Extensions.Logging;

namespace Versioner.Internal;

/// <summary>The follower's log messages, with stable event ids (200-299).</summary>
internal static partial class FollowerLog
{
    [LoggerMessage(200, LogLevel.Information, "Following {Revision}: loaded {Commit} whole ({Entities} entities) in {Milliseconds} ms ({Why})")]
    public static partial void Loaded(ILogger logger, string revision, Commit commit, int entities, long milliseconds, string why);

    [LoggerMessage(201, LogLevel.Information, "Following {Revision}: moved from {From} to {Commit} by applying {Changes} change(s) in {Milliseconds} ms")]
    public static partial void Applied(ILogger logger, string revision, Commit from, Commit commit, int changes, long milliseconds);

    [LoggerMessage(202, LogLevel.Warning, "Following {Revision}: refused {Commit}, still serving {Current}: {Reason}")]
    public static partial void Refused(ILogger logger, string revision, Commit commit, string current, string reason);

    [LoggerMessage(203, LogLevel.Warning, "Following {Revision}: the check failed ({Failures} in a row), still serving {Current}; retrying in {Delay}")]
    public static partial void CheckFailed(ILogger logger, Exception exception, string revision, int failures, string current, TimeSpan delay);

    [LoggerMessage(204, LogLevel.Information, "Following {Revision}: the database answers again; serving {Current}")]
    public static partial void Recovered(ILogger logger, string revision, string current);

    [LoggerMessage(205, LogLevel.Debug, "Following {Revision}: listening for ref changes on PostgreSQL channel {Channel}")]
    public static partial void Listening(ILogger logger, string revision, string channel);

    [LoggerMessage(206, LogLevel.Debug, "Following {Revision}: the change listener lost its connection; polling meanwhile, reconnecting in {Delay}")]
    public static partial void ListenerLost(ILogger logger, Exception exception, string revision, TimeSpan delay);
}
