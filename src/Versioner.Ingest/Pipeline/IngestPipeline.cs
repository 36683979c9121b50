using Versioner.Client;

namespace Versioner.Ingest.Pipeline;

/// <summary>
/// The one way in for every transport: validated versions go in, receipts or a refusal come out. A transport (HTTP,
/// SQS, another) only frames messages, reads them with <see cref="Contract.VersionMessageReader"/>, calls this, and
/// maps the outcome to its own acknowledgement.
/// </summary>
internal sealed class IngestPipeline(IngestWriter writer, IngestHooks hooks)
{
    /// <summary>Stores <paramref name="requests"/> all or nothing; see <see cref="IngestWriter.WriteAsync"/>.</summary>
    public async Task<IngestOutcome> IngestAsync(IReadOnlyList<IngestRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (hooks.BeforeStore is { } before)
        {
            await before([.. requests.Select(r => r.Message)], cancellationToken);
        }

        return await writer.WriteAsync(requests, cancellationToken);
    }

    /// <summary>Stores one version; the service assigns its id when the message has none.</summary>
    public Task<IngestOutcome> IngestAsync(DataObjectVersion message, CancellationToken cancellationToken) =>
        IngestAsync([IngestRequest.From(Contract.ReadVersion.Of(message), UuidV7.New())], cancellationToken);
}
