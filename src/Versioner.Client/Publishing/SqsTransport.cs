using System.Text.Json;
using Versioner.Client.Sqs;

namespace Versioner.Client;

/// <summary>Sends a version as one SQS message; acknowledged means the queue durably holds it.</summary>
internal sealed class SqsTransport(SqsClient sqs, string queueUrl) : IVersionTransport
{
    // Errors about the message itself: sending it again cannot succeed. Anything else (access, a missing queue,
    // throttling, the network) may pass, so the version is kept in the spool meanwhile.
    private static readonly string[] PermanentErrors = ["InvalidParameterValue", "InvalidMessageContents", "MessageTooLong", "InvalidAttributeValue"];

    public async Task<TransportResult> SendAsync(DataObjectVersion version, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(version, ContractJsonContext.Default.DataObjectVersion);
        try
        {
            await sqs.SendMessageAsync(queueUrl, body, null, cancellationToken).ConfigureAwait(false);
            return new TransportResult(TransportOutcome.Acknowledged);
        }
        catch (SqsException ex) when (ex.ErrorType is { } type && PermanentErrors.Any(p => type.Contains(p, StringComparison.Ordinal)))
        {
            return new TransportResult(TransportOutcome.Rejected, Problem: new IngestProblem { Status = ex.StatusCode, Title = ex.ErrorType, Detail = ex.Message });
        }
        catch (SqsException ex)
        {
            return new TransportResult(TransportOutcome.Transient, Error: ex);
        }
    }

    public void Dispose() => sqs.Dispose();
}
