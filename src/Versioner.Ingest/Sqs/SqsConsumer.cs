using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Amazon.SQS;
using Amazon.SQS.Model;
using Microsoft.Extensions.Options;
using Versioner.Client;
using Versioner.Client.Telemetry;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Contract;
using Versioner.Ingest.Http;
using Versioner.Ingest.Pipeline;
using Versioner.Ingest.Telemetry;

namespace Versioner.Ingest.Sqs;

/// <summary>
/// The SQS adapter: several receive loops in parallel, each long-polling up to 10 messages, storing each through the
/// pipeline and deleting it only after the store committed. While a batch is being stored its visibility is extended,
/// so no other consumer gets it. A redelivered or duplicated message is recognized by its version id and changes
/// nothing. A message that can never be stored goes to the error queue with an attribute saying why; one that failed
/// for a passing reason becomes visible again after a growing delay, and past the queue's redrive policy lands in
/// its dead-letter queue.
/// </summary>
internal sealed class SqsConsumer : BackgroundService
{
    private readonly IAmazonSQS _sqs;
    private readonly IngestPipeline _pipeline;
    private readonly SqsOptions _options;
    private readonly ILogger<SqsConsumer> _logger;
    private readonly TimeProvider _time;
    private readonly string _queueUrl;
    private readonly string _queueName;
    private int? _errorQueueMaxBytes;

    public SqsConsumer(IAmazonSQS sqs, IngestPipeline pipeline, IOptions<IngestOptions> options, ILogger<SqsConsumer> logger, TimeProvider time)
    {
        _sqs = sqs;
        _time = time;
        _pipeline = pipeline;
        _options = options.Value.Sqs;
        _logger = logger;
        _queueUrl = _options.QueueUrl!;
        _queueName = QueueName(_queueUrl);
    }

    /// <summary>
    /// The version id of a message that names none: derived from its SQS message id, so a redelivery of the same
    /// message gets the same id (a second send by the publisher does not: publishers should set versionId).
    /// </summary>
    public static Guid VersionIdFor(string queueUrl, string messageId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"sqs\n{queueUrl}\n{messageId}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (custom), in Guid's little-endian layout
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SqsLog.Started(_logger, _queueUrl, _options.Consumers, _options.ErrorQueueUrl ?? "(none)");
        return Task.WhenAll(Enumerable.Range(0, _options.Consumers).Select(_ => Task.Run(() => ConsumeAsync(stoppingToken), CancellationToken.None)));
    }

    private async Task ConsumeAsync(CancellationToken stopping)
    {
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            IReadOnlyList<Message> messages;
            try
            {
                messages = await ReceiveAsync(stopping);
                failures = 0;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (SqsCallFailure.Is(ex, stopping))
            {
                var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures++)));
                SqsLog.ReceiveFailed(_logger, ex, _queueUrl, delay);
                await DelayAsync(delay, stopping);
                continue;
            }

            if (messages.Count > 0)
            {
                try
                {
                    await ProcessBatchAsync(messages, stopping);
                }
                catch (Exception ex) when (!stopping.IsCancellationRequested)
                {
                    // No message may stop the consumer (and with it the host): what was not deleted is received again.
                    var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures++)));
                    SqsLog.BatchFailed(_logger, ex, messages.Count, delay);
                    await DelayAsync(delay, stopping);
                }
            }
        }
    }

    private async Task<IReadOnlyList<Message>> ReceiveAsync(CancellationToken stopping)
    {
        var response = await _sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = _queueUrl,
            MaxNumberOfMessages = _options.MaxMessages,
            WaitTimeSeconds = _options.WaitTimeSeconds,
            VisibilityTimeout = _options.VisibilityTimeoutSeconds,
            MessageSystemAttributeNames = [MessageSystemAttributeName.ApproximateReceiveCount],
            MessageAttributeNames = ["All"],
        }, stopping);
        var messages = response.Messages ?? []; // the v4 SDK answers an empty receive with null
        if (messages.Count > 0)
        {
            IngestTelemetry.MessagesReceived.Add(messages.Count, Messaging("receive"));
        }

        return messages;
    }

    private async Task ProcessBatchAsync(IReadOnlyList<Message> messages, CancellationToken stopping)
    {
        // The OpenTelemetry messaging conventions' span for processing a batch: "process {queue}", kind consumer,
        // linked to the span that sent each message (the publisher's traceparent attribute): a batch mixes traces.
        var links = new List<ActivityLink>(messages.Count);
        foreach (var message in messages)
        {
            if (SqsTraceContext.TryExtract(message, out var sent))
            {
                links.Add(new ActivityLink(sent));
            }
        }

        using var activity = IngestTelemetry.Source.StartActivity($"process {_queueName}", ActivityKind.Consumer, parentContext: default, links: links);
        activity?.SetTag("messaging.system", "aws_sqs");
        activity?.SetTag("messaging.operation.type", "process");
        activity?.SetTag("messaging.operation.name", "process");
        activity?.SetTag("messaging.destination.name", _queueName);
        activity?.SetTag("messaging.batch.message_count", messages.Count);
        try
        {
            var (stored, rejected, left) = await ProcessAsync(messages, stopping);
            activity?.SetTag("versioner.sqs.stored", stored);
            activity?.SetTag("versioner.sqs.dead_lettered", rejected);
            activity?.SetTag("versioner.sqs.left", left);
        }
        catch (Exception exception)
        {
            activity?.SetTag("error.type", exception.GetType().FullName);
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            activity?.AddException(exception);
            throw;
        }
    }

    /// <summary>Stores a batch; returns how many messages were stored, sent to the error queue, and left in the queue.</summary>
    private async Task<(int Stored, int Rejected, int Left)> ProcessAsync(IReadOnlyList<Message> messages, CancellationToken stopping)
    {
        var (stored, rejected) = (0, 0);
        var open = new ConcurrentDictionary<string, Message>(messages.ToDictionary(m => m.MessageId));
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var heartbeat = Task.Run(() => HeartbeatAsync(open, done.Token), CancellationToken.None);
        var toDelete = new List<Message>();
        try
        {
            // All of the batch at once, in message order: the writer's group commit stores them in one transaction.
            var handling = messages.Select(message => (Message: message, Outcome: HandleAsync(message, stopping))).ToArray();
            foreach (var (message, outcome) in handling)
            {
                SqsMessageOutcome result;
                try
                {
                    result = await outcome;
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    continue; // not deleted: visible again after the timeout, and stored ones are recognized then
                }

                if (result is SqsMessageOutcome.Stored or SqsMessageOutcome.Rejected)
                {
                    toDelete.Add(message);
                    if (result == SqsMessageOutcome.Stored)
                    {
                        stored++;
                    }
                    else
                    {
                        rejected++;
                    }
                }
                else
                {
                    open.TryRemove(message.MessageId, out _); // its visibility is the redrive's or the retry's now
                }
            }
        }
        finally
        {
            await done.CancelAsync();
            await heartbeat;
            if (toDelete.Count > 0)
            {
                await DeleteAsync(toDelete);
            }
        }

        return (stored, rejected, messages.Count - stored - rejected);
    }

    private async Task<SqsMessageOutcome> HandleAsync(Message message, CancellationToken stopping)
    {
        var (version, refusal) = SqsMessageClassifier.Read(message.Body);
        if (refusal is not null)
        {
            return await RejectAsync(message, refusal, stopping);
        }

        IngestOutcome outcome;
        try
        {
            outcome = await _pipeline.IngestAsync(IngestTransport.Sqs, [IngestRequest.From(version!, VersionIdFor(_queueUrl, message.MessageId))], stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (SqsMessageClassifier.Permanent(ex) is { } permanent)
        {
            return await RejectAsync(message, permanent, stopping);
        }
        catch (Exception ex)
        {
            return await RetryLaterAsync(message, ex, stopping);
        }

        return outcome.Success ? SqsMessageOutcome.Stored : await RejectAsync(message, SqsMessageClassifier.Refused(outcome.Refusal), stopping);
    }

    private async Task<SqsMessageOutcome> RejectAsync(Message message, SqsRefusal refusal, CancellationToken stopping)
    {
        var (type, reason) = (refusal.Type, refusal.Reason);
        if (_options.ErrorQueueUrl is not { Length: > 0 } errorQueue)
        {
            SqsLog.PoisonWithoutErrorQueue(_logger, message.MessageId, reason);
            return SqsMessageOutcome.LeftForRedrive;
        }

        try
        {
            var maxBytes = await ErrorQueueMaxBytesAsync(errorQueue, stopping);
            if (SqsErrorAttributes.For(message.Body, refusal, message.MessageId, _queueUrl, maxBytes) is not { } attributes)
            {
                // Sending it would be refused every time, and retrying it as if the failure were passing goes on forever.
                SqsLog.PoisonTooLargeForErrorQueue(_logger, message.MessageId, reason, Encoding.UTF8.GetByteCount(message.Body), errorQueue, maxBytes);
                return SqsMessageOutcome.LeftForRedrive;
            }

            await _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = errorQueue, MessageBody = message.Body, MessageAttributes = attributes }, stopping);
            SqsLog.Poison(_logger, message.MessageId, reason);
            IngestTelemetry.MessagesDeadLettered.Add(1, [.. Messaging("process"), new("error.type", type)]);
            return SqsMessageOutcome.Rejected;
        }
        catch (Exception ex) when (SqsCallFailure.Is(ex, stopping))
        {
            return await RetryLaterAsync(message, ex, stopping);
        }
    }

    /// <summary>
    /// The error queue's <c>MaximumMessageSize</c>, read once; SQS's own maximum while it cannot be read (the service
    /// may lack <c>sqs:GetQueueAttributes</c> on it), asked again next time.
    /// </summary>
    private async Task<int> ErrorQueueMaxBytesAsync(string errorQueue, CancellationToken stopping)
    {
        if (_errorQueueMaxBytes is { } known)
        {
            return known;
        }

        try
        {
            var response = await _sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = errorQueue, AttributeNames = [QueueAttributeName.MaximumMessageSize] }, stopping);
            if (response.MaximumMessageSize is > 0 and var max)
            {
                _errorQueueMaxBytes = max;
                return max;
            }
        }
        catch (Exception ex) when (SqsCallFailure.Is(ex, stopping))
        {
            SqsLog.ErrorQueueLimitUnknown(_logger, ex, errorQueue, SqsErrorAttributes.MaxMessageBytes);
        }

        return SqsErrorAttributes.MaxMessageBytes;
    }

    private async Task<SqsMessageOutcome> RetryLaterAsync(Message message, Exception error, CancellationToken stopping)
    {
        var receiveCount = message.ReceiveCount();
        var delay = TimeSpan.FromTicks(Math.Min(_options.MaxRetryDelay.Ticks, _options.RetryDelay.Ticks * (1L << Math.Min(receiveCount - 1, 20))));
        SqsLog.Transient(_logger, error, message.MessageId, receiveCount, delay);
        try
        {
            await _sqs.ChangeMessageVisibilityAsync(_queueUrl, message.ReceiptHandle, (int)Math.Ceiling(delay.TotalSeconds), stopping);
        }
        catch (Exception ex) when (SqsCallFailure.Is(ex, stopping))
        {
            SqsLog.HeartbeatFailed(_logger, ex); // it becomes visible at the end of its current timeout instead
        }

        return SqsMessageOutcome.Retry;
    }

    private async Task HeartbeatAsync(ConcurrentDictionary<string, Message> open, CancellationToken done)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, _options.VisibilityTimeoutSeconds / 3.0));
        while (true)
        {
            try
            {
                await Task.Delay(interval, done);
                // At most 10 messages are open (a receive's maximum), so one batch call covers them.
                var entries = open.Values.Select((m, i) => new ChangeMessageVisibilityBatchRequestEntry
                {
                    Id = i.ToString(CultureInfo.InvariantCulture),
                    ReceiptHandle = m.ReceiptHandle,
                    VisibilityTimeout = _options.VisibilityTimeoutSeconds,
                }).ToList();
                if (entries.Count > 0)
                {
                    await _sqs.ChangeMessageVisibilityBatchAsync(_queueUrl, entries, done);
                }
            }
            catch (OperationCanceledException) when (done.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (SqsCallFailure.Is(ex, done))
            {
                SqsLog.HeartbeatFailed(_logger, ex);
            }
        }
    }

    private async Task DeleteAsync(List<Message> messages)
    {
        // Not cancelled by shutdown: the versions are stored, and deleting now saves a redelivery.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            var entries = messages.Select((m, i) => new DeleteMessageBatchRequestEntry(i.ToString(CultureInfo.InvariantCulture), m.ReceiptHandle)).ToList();
            var response = await _sqs.DeleteMessageBatchAsync(_queueUrl, entries, timeout.Token);
            var failures = response.Failed?.Count ?? 0; // null when none failed (v4 SDK)
            if (failures > 0)
            {
                SqsLog.DeleteFailed(_logger, null, failures);
            }

            if (entries.Count > failures)
            {
                IngestTelemetry.MessagesDeleted.Add(entries.Count - failures, Messaging("settle"));
            }
        }
        catch (Exception ex) when (SqsCallFailure.Is(ex, CancellationToken.None))
        {
            SqsLog.DeleteFailed(_logger, ex, messages.Count);
        }
    }

    /// <summary>The queue's name, the last segment of its URL (<c>messaging.destination.name</c>).</summary>
    private static string QueueName(string queueUrl)
    {
        var path = queueUrl.TrimEnd('/');
        return path[(path.LastIndexOf('/') + 1)..];
    }

    /// <summary>The messaging conventions' attributes of an SQS operation on the queue.</summary>
    private KeyValuePair<string, object?>[] Messaging(string operation) =>
    [
        new("messaging.system", "aws_sqs"),
        new("messaging.operation.name", operation),
        new("messaging.destination.name", _queueName),
    ];

    private async Task DelayAsync(TimeSpan delay, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(delay, _time, stopping);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
