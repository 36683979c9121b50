namespace Versioner.Ingest.Reading;

/// <summary>An ingested version named briefly.</summary>
internal sealed record VersionRef(Guid VersionId, string EntityType, Guid EternalId, string Operation);
