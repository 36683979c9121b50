namespace Versioner.Ingest.Reading;

/// <summary><c>GET /health</c>.</summary>
internal sealed record HealthReport(string Status, string Branch, string? Detail = null);
