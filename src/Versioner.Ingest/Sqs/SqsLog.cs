namespace Versioner.Ingest.Sqs;

/// <summary>The SQS adapter's log messages; event ids are stable (200-299).</summary>
internal static partial class SqsLog
{
    [LoggerMessage(200, LogLevel.Information, "Consuming {QueueUrl} with {Consumers} consumer(s); refused messages go to {ErrorQueueUrl}")]
    public static partial void Started(ILogger logger, string queueUrl, int consumers, string errorQueueUrl);

    [LoggerMessage(201, LogLevel.Warning, "Receiving from {QueueUrl} failed; retrying in {Delay}")]
    public static partial void ReceiveFailed(ILogger logger, Exception exception, string queueUrl, TimeSpan delay);

    [LoggerMessage(202, LogLevel.Warning, "Message {MessageId} can never be stored ({Reason}); moved to the error queue")]
    public static partial void Poison(ILogger logger, string messageId, string reason);

    [LoggerMessage(203, LogLevel.Error, "Message {MessageId} can never be stored ({Reason}) and no error queue is configured (Versioner:Sqs:ErrorQueueUrl); it stays in the queue until its redrive policy moves it to the dead-letter queue")]
    public static partial void PoisonWithoutErrorQueue(ILogger logger, string messageId, string reason);

    [LoggerMessage(204, LogLevel.Warning, "Storing message {MessageId} failed (receive {ReceiveCount}); it becomes visible again in {Delay}")]
    public static partial void Transient(ILogger logger, Exception exception, string messageId, int receiveCount, TimeSpan delay);

    [LoggerMessage(205, LogLevel.Warning, "Extending the visibility of a batch failed; a message may be redelivered, which is harmless")]
    public static partial void HeartbeatFailed(ILogger logger, Exception exception);

    [LoggerMessage(206, LogLevel.Warning, "Deleting {Count} stored message(s) failed; they will be redelivered and recognized as already stored")]
    public static partial void DeleteFailed(ILogger logger, Exception? exception, int count);

    [LoggerMessage(208, LogLevel.Error, "Message {MessageId} can never be stored ({Reason}), and its body of {Bytes} bytes is larger than the error queue {ErrorQueueUrl} holds ({MaxBytes} bytes, its MaximumMessageSize); it stays in the queue until its redrive policy moves it to the dead-letter queue. Raise the error queue's MaximumMessageSize to the source queue's")]
    public static partial void PoisonTooLargeForErrorQueue(ILogger logger, string messageId, string reason, int bytes, string errorQueueUrl, int maxBytes);

    [LoggerMessage(209, LogLevel.Warning, "The largest message the error queue {ErrorQueueUrl} holds could not be read (sqs:GetQueueAttributes); refused messages are fitted to {MaxBytes} bytes meanwhile")]
    public static partial void ErrorQueueLimitUnknown(ILogger logger, Exception exception, string errorQueueUrl, int maxBytes);

    [LoggerMessage(207, LogLevel.Error, "Handling a batch of {Count} message(s) failed unexpectedly; the consumer goes on in {Delay}, and messages not deleted are received again")]
    public static partial void BatchFailed(ILogger logger, Exception exception, int count, TimeSpan delay);
}
