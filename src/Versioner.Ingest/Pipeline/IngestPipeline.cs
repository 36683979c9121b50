using Versioner.Client;
using Versioner.Ingest.Telemetry;

namespace Versioner.Ingest.Pipeline;

/// <summary>
/// The one way in for every transport: validated versions go in, receipts or a refusal come out. A transport (HTTP,
/// SQS, another) only frames messages, reads them with <see cref="Contract.VersionMessageReader"/>, calls this, and
/// maps the outcome to its own acknowledgement.
/// </summary>
internal sealed class IngestPipeline(IngestWriter writer, IngestHooks hooks)
{
    /// <summary>
    /// Stores <paramref name="requests"/> all or nothing (see <see cref="IngestWriter.WriteAsync"/>), traced as a
    /// <c>versioner.ingest</c> span tagged with <paramref name="transport"/> (<see cref="IngestTransport"/>).
    /// </summary>
    public Task<IngestOutcome> IngestAsync(string transport, IReadOnlyList<IngestRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return IngestTelemetry.TraceIngestAsync(transport, requests, async () =>
        {
            if (hooks.BeforeStore is { } before)
            {
                await before([.. requests.Select(r => r.Message)], cancellationToken);
            }

            return await writer.WriteAsync(requests, cancellationToken);
        });
    }

    /// <summary>Stores one version; the service assigns its id when the message has none.</summary>
    public Task<IngestOutcome> IngestAsync(string transport, DataObjectVersion message, CancellationToken cancellationToken) =>
        IngestAsync(transport, [IngestRequest.From(Contract.ReadVersion.Of(message), VersionId.New().Value)], cancellationToken);
}
