using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Versioner.Client;
using Versioner.Client.Sqs;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Contract;
using Versioner.Ingest.Http;
using Versioner.Ingest.Pipeline;

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
    private readonly SqsClient _sqs;
    private readonly IngestPipeline _pipeline;
    private readonly SqsOptions _options;
    private readonly ILogger<SqsConsumer> _logger;
    private readonly string _queueUrl;

    public SqsConsumer(SqsClient sqs, IngestPipeline pipeline, IOptions<IngestOptions> options, ILogger<SqsConsumer> logger)
    {
        _sqs = sqs;
        _pipeline = pipeline;
        _options = options.Value.Sqs;
        _logger = logger;
        _queueUrl = _options.QueueUrl!;
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
            IReadOnlyList<SqsMessage> messages;
            try
            {
                messages = await _sqs.ReceiveMessagesAsync(_queueUrl, _options.MaxMessages, _options.WaitTimeSeconds, _options.VisibilityTimeoutSeconds, stopping);
                failures = 0;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (SqsException ex)
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

    private async Task ProcessBatchAsync(IReadOnlyList<SqsMessage> messages, CancellationToken stopping)
    {
        var open = new ConcurrentDictionary<string, SqsMessage>(messages.ToDictionary(m => m.MessageId));
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var heartbeat = Task.Run(() => HeartbeatAsync(open, done.Token), CancellationToken.None);
        var toDelete = new List<SqsMessage>();
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
    }

    private async Task<SqsMessageOutcome> HandleAsync(SqsMessage message, CancellationToken stopping)
    {
        var (version, refusal) = SqsMessageClassifier.Read(message.Body);
        if (refusal is not null)
        {
            return await RejectAsync(message, refusal, stopping);
        }

        IngestOutcome outcome;
        try
        {
            outcome = await _pipeline.IngestAsync([IngestRequest.From(version!, VersionIdFor(_queueUrl, message.MessageId))], stopping);
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

    private async Task<SqsMessageOutcome> RejectAsync(SqsMessage message, SqsRefusal refusal, CancellationToken stopping)
    {
        var (type, reason) = (refusal.Type, refusal.Reason);
        if (_options.ErrorQueueUrl is not { Length: > 0 } errorQueue)
        {
            SqsLog.PoisonWithoutErrorQueue(_logger, message.MessageId, reason);
            return SqsMessageOutcome.LeftForRedrive;
        }

        try
        {
            var attributes = new Dictionary<string, string>
            {
                [SqsErrorAttributes.Error] = reason.Length > 4000 ? reason[..4000] : reason,
                [SqsErrorAttributes.ErrorType] = type,
                [SqsErrorAttributes.SourceMessageId] = message.MessageId,
                [SqsErrorAttributes.SourceQueue] = _queueUrl,
            };
            await _sqs.SendMessageAsync(errorQueue, message.Body, attributes, stopping);
            SqsLog.Poison(_logger, message.MessageId, reason);
            return SqsMessageOutcome.Rejected;
        }
        catch (SqsException ex)
        {
            return await RetryLaterAsync(message, ex, stopping);
        }
    }

    private async Task<SqsMessageOutcome> RetryLaterAsync(SqsMessage message, Exception error, CancellationToken stopping)
    {
        var delay = TimeSpan.FromTicks(Math.Min(_options.MaxRetryDelay.Ticks, _options.RetryDelay.Ticks * (1L << Math.Min(message.ReceiveCount - 1, 20))));
        SqsLog.Transient(_logger, error, message.MessageId, message.ReceiveCount, delay);
        try
        {
            await _sqs.ChangeVisibilityAsync(_queueUrl, message.ReceiptHandle, (int)Math.Ceiling(delay.TotalSeconds), stopping);
        }
        catch (SqsException ex)
        {
            SqsLog.HeartbeatFailed(_logger, ex); // it becomes visible at the end of its current timeout instead
        }

        return SqsMessageOutcome.Retry;
    }

    private async Task HeartbeatAsync(ConcurrentDictionary<string, SqsMessage> open, CancellationToken done)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, _options.VisibilityTimeoutSeconds / 3.0));
        while (true)
        {
            try
            {
                await Task.Delay(interval, done);
                var entries = open.Values.Select((m, i) => new VisibilityEntry(i.ToString(System.Globalization.CultureInfo.InvariantCulture), m.ReceiptHandle, _options.VisibilityTimeoutSeconds)).ToArray();
                if (entries.Length > 0)
                {
                    await _sqs.ChangeVisibilityAsync(_queueUrl, entries, done);
                }
            }
            catch (OperationCanceledException) when (done.IsCancellationRequested)
            {
                return;
            }
            catch (SqsException ex)
            {
                SqsLog.HeartbeatFailed(_logger, ex);
            }
        }
    }

    private async Task DeleteAsync(List<SqsMessage> messages)
    {
        // Not cancelled by shutdown: the versions are stored, and deleting now saves a redelivery.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            var entries = messages.Select((m, i) => new DeleteEntry(i.ToString(System.Globalization.CultureInfo.InvariantCulture), m.ReceiptHandle)).ToArray();
            var failed = await _sqs.DeleteMessagesAsync(_queueUrl, entries, timeout.Token);
            if (failed.Count > 0)
            {
                SqsLog.DeleteFailed(_logger, null, failed.Count);
            }
        }
        catch (Exception ex) when (ex is SqsException or OperationCanceledException)
        {
            SqsLog.DeleteFailed(_logger, ex, messages.Count);
        }
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(delay, stopping);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
