namespace Versioner.Client.Spool;

/// <summary>A spooled version read back, or, when its file was damaged, where the file went and why.</summary>
internal readonly record struct SpoolRead(DataObjectVersion? Version, RejectedVersion? Rejected);
