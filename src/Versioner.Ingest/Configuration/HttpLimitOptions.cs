namespace Versioner.Ingest.Configuration;

/// <summary>Limits of the HTTP adapter: <c>Versioner:Http</c>.</summary>
internal sealed class HttpLimitOptions
{
    /// <summary>The largest request body accepted (413 beyond).</summary>
    public long MaxRequestBytes { get; set; } = IngestDefaults.MaxRequestBytes;

    /// <summary>The most versions one batch may hold (413 beyond).</summary>
    public int MaxBatchVersions { get; set; } = IngestDefaults.MaxBatchVersions;
}
