namespace Versioner.Client;

/// <summary>
/// Sends an application's versions to Versioner. When the transport is down, a version is written to a local spool
/// and resubmitted later, in order: an outage delays history, it never loses it.
/// </summary>
/// <remarks>
/// Versions are sent one at a time, in the order published; while the spool holds versions, new ones queue behind
/// them, so an entity's versions reach the service in the order they were made. Thread-safe.
/// </remarks>
public interface IVersionPublisher : IAsyncDisposable
{
    /// <summary>
    /// Sends <paramref name="version"/> (assigning it a version id when it has none), retrying passing failures; when
    /// they persist, spools it.
    /// </summary>
    /// <returns>Acknowledged (durably stored by the service or queue) or spooled, with the version id.</returns>
    /// <exception cref="VersionRejectedException">The service refused the version for good (invalid, conflicting); it was not spooled.</exception>
    Task<PublishResult> PublishAsync(DataObjectVersion version, CancellationToken cancellationToken = default);

    /// <summary>Sends the spooled versions, oldest first, until the spool is empty or the transport fails again.</summary>
    Task<ResubmitResult> ResubmitSpooledAsync(CancellationToken cancellationToken = default);
}
