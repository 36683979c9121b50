namespace Versioner.Client.Spool;

/// <summary>Why a spooled version is moved to <c>rejected/</c> instead of being sent: refused by the service, or its file damaged.</summary>
/// <param name="Kind">A short, stable classification (the <c>error.type</c> of the rejection metric): <c>refused</c>, <c>checksum_mismatch</c>, <c>truncated</c>...</param>
/// <param name="Reason">What is wrong, for the <c>.reason.txt</c> beside the file and <see cref="RejectedVersion.Reason"/>.</param>
internal sealed record SpoolRejection(string Kind, string Reason);
