using System.Diagnostics;
using System.Diagnostics.Metrics;
using Versioner.Ingest.Pipeline;

namespace Versioner.Ingest.Telemetry;

/// <summary>
/// The ingest service's spans and instruments, under the same names as Graph's (<see cref="VersionerDiagnostics"/>),
/// so one <c>AddSource("Versioner")</c> / <c>AddMeter("Versioner")</c> collects the engine and the service.
/// </summary>
/// <remarks>
/// Spans: <c>versioner.ingest</c> per request through the pipeline; <c>process {queue}</c> (kind consumer, the
/// OpenTelemetry messaging conventions) per SQS batch, linked to the span that sent each message (the client's
/// <c>traceparent</c> message attribute). Metrics: <c>versioner.ingest.queue.depth</c>,
/// <c>versioner.ingest.commit_group.size</c>, <c>messaging.client.consumed.messages</c>,
/// <c>versioner.sqs.messages.deleted</c>, <c>versioner.sqs.messages.dead_lettered</c>. docs/ingest.md lists them.
/// </remarks>
internal static class IngestTelemetry
{
    private static readonly string? Version = typeof(IngestTelemetry).Assembly.GetName().Version?.ToString();
    private static readonly List<IngestWriter> Writers = [];

    public static readonly ActivitySource Source = new(VersionerDiagnostics.ActivitySourceName, Version);

    public static readonly Meter Meter = new(VersionerDiagnostics.MeterName, Version);

    /// <summary>Requests through the pipeline, one histogram sample per transaction the writer commits (group commit).</summary>
    public static readonly Histogram<long> CommitGroupSize = Meter.CreateHistogram<long>(
        "versioner.ingest.commit_group.size", "{request}", "Requests written in one transaction of the ingest writer (group commit).",
        advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024] });

    /// <summary>SQS messages received (the OpenTelemetry messaging metric).</summary>
    public static readonly Counter<long> MessagesReceived = Meter.CreateCounter<long>(
        "messaging.client.consumed.messages", "{message}", "SQS messages received by the ingest service.");

    /// <summary>SQS messages deleted after they were stored or sent to the error queue.</summary>
    public static readonly Counter<long> MessagesDeleted = Meter.CreateCounter<long>(
        "versioner.sqs.messages.deleted", "{message}", "SQS messages deleted from the queue once handled (stored or sent to the error queue).");

    /// <summary>SQS messages that can never be stored, sent to the error queue; <c>error.type</c> says why.</summary>
    public static readonly Counter<long> MessagesDeadLettered = Meter.CreateCounter<long>(
        "versioner.sqs.messages.dead_lettered", "{message}", "SQS messages sent to the error queue because they can never be stored, by error.type.");

    static IngestTelemetry()
    {
        Meter.CreateObservableGauge("versioner.ingest.queue.depth", QueueDepth, "{request}", "Requests waiting for the ingest writer's next transaction.");
    }

    /// <summary>Counts <paramref name="writer"/>'s queue in <c>versioner.ingest.queue.depth</c> until <see cref="Forget"/>.</summary>
    public static void Observe(IngestWriter writer)
    {
        lock (Writers)
        {
            Writers.Add(writer);
        }
    }

    /// <summary>Stops counting <paramref name="writer"/>'s queue.</summary>
    public static void Forget(IngestWriter writer)
    {
        lock (Writers)
        {
            Writers.Remove(writer);
        }
    }

    /// <summary>
    /// Runs one request through <paramref name="work"/> in a <c>versioner.ingest</c> span tagged with the transport, the
    /// operation and entity type (when the request has one), the batch size and the outcome: <c>stored</c>,
    /// <c>refused</c> (with <c>error.type</c> the refusal) or <c>error</c> (status error, the exception as an event).
    /// </summary>
    public static async Task<IngestOutcome> TraceIngestAsync(string transport, IReadOnlyList<IngestRequest> requests, Func<Task<IngestOutcome>> work)
    {
        using var activity = Source.StartActivity("versioner.ingest", ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("versioner.ingest.transport", transport);
            activity.SetTag("versioner.ingest.batch.size", requests.Count);
            if (requests.Count > 0)
            {
                var first = requests[0].Message;
                if (requests.All(r => r.Message.Operation == first.Operation))
                {
                    activity.SetTag("versioner.operation", first.Operation == Client.VersionOperation.Upsert ? "upsert" : "delete");
                }

                if (requests.All(r => string.Equals(r.Message.EntityType, first.EntityType, StringComparison.Ordinal)))
                {
                    activity.SetTag("versioner.entity_type", first.EntityType);
                }
            }
        }

        try
        {
            var outcome = await work().ConfigureAwait(false);
            if (activity is not null)
            {
                activity.SetTag("versioner.ingest.outcome", outcome.Success ? "stored" : "refused");
                if (!outcome.Success)
                {
                    activity.SetTag("error.type", outcome.Refusal.Kind.ToString());
                }
            }

            return outcome;
        }
        catch (Exception exception)
        {
            if (activity is not null)
            {
                activity.SetTag("versioner.ingest.outcome", "error");
                activity.SetTag("error.type", exception.GetType().FullName);
                activity.SetStatus(ActivityStatusCode.Error, exception.Message);
                activity.AddException(exception);
            }

            throw;
        }
    }

    private static IEnumerable<Measurement<int>> QueueDepth()
    {
        lock (Writers)
        {
            return Writers.Count == 0 ? [] : [new Measurement<int>(Writers.Sum(w => w.Queued))];
        }
    }
}
