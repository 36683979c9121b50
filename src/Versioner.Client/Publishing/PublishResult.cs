namespace Versioner.Client;

/// <summary>The outcome of <see cref="IVersionPublisher.PublishAsync"/>.</summary>
/// <param name="VersionId">The version's id (the one it had, or the one assigned).</param>
/// <param name="Status">Acknowledged or spooled.</param>
/// <param name="Receipt">The service's receipt, when acknowledged over HTTP.</param>
public sealed record PublishResult(Guid VersionId, PublishStatus Status, VersionReceipt? Receipt = null);
