namespace Versioner.Client;

/// <summary>A spooled version the service refused for good, and why.</summary>
/// <param name="VersionId">The version's id.</param>
/// <param name="Reason">The service's explanation.</param>
/// <param name="Path">Where the version's file now is (the spool's <c>rejected</c> folder).</param>
public sealed record RejectedVersion(Guid VersionId, string Reason, string Path);
