namespace Versioner.Client;

/// <summary>A spooled version that was not sent and never will be: the service refused it for good, or its file was damaged.</summary>
/// <param name="VersionId">The version's id (as its file name says).</param>
/// <param name="Reason">The service's explanation, or what is wrong with the file; also in <c>{Path}.reason.txt</c>.</param>
/// <param name="Path">Where the version's file now is (the spool's <c>rejected</c> folder).</param>
public sealed record RejectedVersion(Guid VersionId, string Reason, string Path);
