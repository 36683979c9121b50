using Versioner.Client;

namespace Versioner.Ingest.Pipeline;

/// <summary>
/// Seams for tests that need a slow, stalled or failing store (a consumer killed mid-batch, requests held back until
/// they share a transaction, a request that breaks its transaction). Production registers them empty.
/// </summary>
internal sealed class IngestHooks
{
    /// <summary>Called before each request is queued for the writer, with its versions.</summary>
    public Func<IReadOnlyList<DataObjectVersion>, CancellationToken, Task>? BeforeStore { get; set; }

    /// <summary>
    /// Called by the writer inside each transaction, before anything is written, with the versions of every request
    /// the transaction holds (in queue order). Throwing fails the transaction like a database error.
    /// </summary>
    public Func<IReadOnlyList<DataObjectVersion>, Task>? InTransaction { get; set; }
}
