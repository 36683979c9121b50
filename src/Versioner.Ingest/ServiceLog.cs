namespace Versioner.Ingest;

/// <summary>The service's own log messages (start and stop); event ids are stable (1-99).</summary>
internal static partial class ServiceLog
{
    [LoggerMessage(1, LogLevel.Information, "Versions are stored in {Database} on branch {Branch}. Writes: {Writes}. Reads: {Reads}")]
    public static partial void Started(ILogger logger, string database, string branch, string writes, string reads);

    [LoggerMessage(2, LogLevel.Critical, "The service stopped because {Service} failed; exiting with code 1")]
    public static partial void BackgroundServiceFailed(ILogger logger, string service, Exception exception);

    [LoggerMessage(3, LogLevel.Warning, "Anyone who can reach the service can write versions (Versioner:Auth:AllowAnonymousWrites=true); set it only on a trusted network")]
    public static partial void WritesOpenToAnyone(ILogger logger);

    [LoggerMessage(4, LogLevel.Critical, "The service cannot start: {Reason} Exiting with code 1")]
    public static partial void CannotStart(ILogger logger, string reason);
}
