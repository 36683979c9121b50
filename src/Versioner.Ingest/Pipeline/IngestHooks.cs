using Versioner.Client;

namespace Versioner.Ingest.Pipeline;

/// <summary>
/// A seam for tests that need a slow or stalled store (a consumer killed mid-batch): called before each request is
/// written. Production registers it empty.
/// </summary>
internal sealed class IngestHooks
{
    public Func<IReadOnlyList<DataObjectVersion>, CancellationToken, Task>? BeforeStore { get; set; }
}
