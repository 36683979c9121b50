using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Versioner.Client;

/// <summary>Sends a version as one SQS message; acknowledged means the queue durably holds it.</summary>
internal sealed class SqsTransport(IAmazonSQS sqs, string queueUrl, bool ownsClient) : IVersionTransport
{
    // Errors about the message itself: sending it again cannot succeed. Anything else (access, a missing queue,
    // throttling, the network) may pass, so the version is kept in the spool meanwhile.
    private static readonly string[] PermanentErrors = ["InvalidParameterValue", "InvalidMessageContents", "MessageTooLong", "InvalidAttributeValue", "InvalidAttributeName"];

    public string Name => "sqs";

    public async Task<TransportResult> SendAsync(DataObjectVersion version, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(version, ContractJsonContext.Default.DataObjectVersion);
        try
        {
            await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = queueUrl, MessageBody = body }, cancellationToken).ConfigureAwait(false);
            return new TransportResult(TransportOutcome.Acknowledged);
        }
        catch (AmazonSQSException ex) when (ex.ErrorCode is { } code && PermanentErrors.Any(p => code.Contains(p, StringComparison.Ordinal)))
        {
            return new TransportResult(TransportOutcome.Rejected, Problem: new IngestProblem { Status = (int)ex.StatusCode, Title = ex.ErrorCode, Detail = ex.Message });
        }
        catch (Exception ex) when (SqsCallFailure.Is(ex, cancellationToken))
        {
            return new TransportResult(TransportOutcome.Transient, Error: ex);
        }
    }

    public void Dispose()
    {
        if (ownsClient)
        {
            sqs.Dispose();
        }
    }
}
