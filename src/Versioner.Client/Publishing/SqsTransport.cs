using System.Diagnostics;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using Versioner.Client.Telemetry;

namespace Versioner.Client;

/// <summary>Sends a version as one SQS message; acknowledged means the queue durably holds it.</summary>
internal sealed class SqsTransport(IAmazonSQS sqs, string queueUrl, bool ownsClient) : IVersionTransport
{
    // Errors about the message itself: sending it again cannot succeed. Anything else (access, a missing queue,
    // throttling, the network) may pass, so the version is kept in the spool meanwhile.
    private static readonly string[] PermanentErrors = ["InvalidParameterValue", "InvalidMessageContents", "MessageTooLong", "InvalidAttributeValue", "InvalidAttributeName"];

    private readonly string _queueName = queueUrl.TrimEnd('/')[(queueUrl.TrimEnd('/').LastIndexOf('/') + 1)..];

    public string Name => "sqs";

    public async Task<TransportResult> SendAsync(DataObjectVersion version, CancellationToken cancellationToken)
    {
        // The OpenTelemetry messaging conventions' span for one send: "send {queue}", kind producer.
        using var activity = ClientTracing.Source.StartActivity($"send {_queueName}", ActivityKind.Producer);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("messaging.system", "aws_sqs");
            activity.SetTag("messaging.operation.type", "send");
            activity.SetTag("messaging.operation.name", "send");
            activity.SetTag("messaging.destination.name", _queueName);
            activity.SetTag("versioner.version.id", version.VersionId?.ToString());
        }

        var body = JsonSerializer.Serialize(version, ContractJsonContext.Default.DataObjectVersion);
        var attributes = new Dictionary<string, MessageAttributeValue>();
        SqsTraceContext.Inject(activity ?? Activity.Current, attributes);
        try
        {
            var response = await sqs.SendMessageAsync(new SendMessageRequest
            {
                QueueUrl = queueUrl,
                MessageBody = body,
                MessageAttributes = attributes.Count > 0 ? attributes : null,
            }, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("messaging.message.id", response.MessageId);
            return new TransportResult(TransportOutcome.Acknowledged);
        }
        catch (AmazonSQSException ex) when (ex.ErrorCode is { } code && PermanentErrors.Any(p => code.Contains(p, StringComparison.Ordinal)))
        {
            activity.Failed(ex);
            return new TransportResult(TransportOutcome.Rejected, Problem: new IngestProblem { Status = (int)ex.StatusCode, Title = ex.ErrorCode, Detail = ex.Message });
        }
        catch (Exception ex) when (SqsCallFailure.Is(ex, cancellationToken))
        {
            activity.Failed(ex);
            return new TransportResult(TransportOutcome.Transient, Error: ex);
        }
        catch (Exception ex)
        {
            activity.Failed(ex);
            throw;
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
