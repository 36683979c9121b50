namespace Versioner.Client.Spool;

/// <summary>One spooled version's file.</summary>
internal sealed record SpoolEntry(string Path, Guid VersionId);
