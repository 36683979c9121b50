namespace Versioner.Client.Spool;

/// <summary>One spooled version's file.</summary>
/// <param name="Path">The file.</param>
/// <param name="VersionId">The version id its name says.</param>
/// <param name="Framed">True for a framed record (<c>.spool</c>); false for a file of the first format (<c>.json</c>, the JSON alone).</param>
internal sealed record SpoolEntry(string Path, Guid VersionId, bool Framed = true);
