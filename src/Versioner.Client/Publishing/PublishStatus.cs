namespace Versioner.Client;

/// <summary>Where a published version is.</summary>
public enum PublishStatus
{
    /// <summary>The service (HTTP) or the queue (SQS) durably holds it.</summary>
    Acknowledged,

    /// <summary>Written to the local spool; it will be resubmitted.</summary>
    Spooled,
}
