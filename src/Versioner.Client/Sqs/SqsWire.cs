using System.Text.Json.Serialization;

namespace Versioner.Client.Sqs;

// Request and response shapes of the SQS actions used, in AWS JSON 1.0 (PascalCase members, as AWS names them).

internal sealed record CreateQueueRequest(string QueueName, Dictionary<string, string>? Attributes);

internal sealed record GetQueueUrlRequest(string QueueName);

internal sealed record QueueUrlResponse(string QueueUrl);

internal sealed record GetQueueAttributesRequest(string QueueUrl, IReadOnlyList<string> AttributeNames);

internal sealed record GetQueueAttributesResponse(Dictionary<string, string>? Attributes);

internal sealed record SendMessageRequest(string QueueUrl, string MessageBody, Dictionary<string, SqsMessageAttribute>? MessageAttributes, int? DelaySeconds);

internal sealed record SendMessageResponse(string MessageId);

internal sealed record ReceiveMessageRequest(
    string QueueUrl, int MaxNumberOfMessages, int WaitTimeSeconds, int? VisibilityTimeout,
    IReadOnlyList<string> MessageSystemAttributeNames, IReadOnlyList<string> AttributeNames, IReadOnlyList<string> MessageAttributeNames);

internal sealed record ReceiveMessageResponse(IReadOnlyList<SqsMessage>? Messages);

internal sealed record DeleteMessageBatchRequest(string QueueUrl, IReadOnlyList<DeleteEntry> Entries);

internal sealed record DeleteEntry(string Id, string ReceiptHandle);

internal sealed record BatchResponse(IReadOnlyList<BatchResultEntry>? Successful, IReadOnlyList<BatchResultEntry>? Failed);

internal sealed record BatchResultEntry(string Id, string? Code, string? Message, bool? SenderFault);

internal sealed record ChangeMessageVisibilityRequest(string QueueUrl, string ReceiptHandle, int VisibilityTimeout);

internal sealed record ChangeMessageVisibilityBatchRequest(string QueueUrl, IReadOnlyList<VisibilityEntry> Entries);

internal sealed record VisibilityEntry(string Id, string ReceiptHandle, int VisibilityTimeout);

internal sealed record EmptyResponse;

/// <summary>A received message.</summary>
internal sealed record SqsMessage(string MessageId, string ReceiptHandle, string Body, Dictionary<string, string>? Attributes, Dictionary<string, SqsMessageAttribute>? MessageAttributes)
{
    /// <summary>How many times SQS has handed this message out (1 on first delivery).</summary>
    public int ReceiveCount => Attributes?.TryGetValue("ApproximateReceiveCount", out var count) == true && int.TryParse(count, out var n) ? n : 1;
}

/// <summary>A string message attribute.</summary>
internal sealed record SqsMessageAttribute(string DataType, string? StringValue)
{
    public static SqsMessageAttribute String(string value) => new("String", value);
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateQueueRequest))]
[JsonSerializable(typeof(GetQueueUrlRequest))]
[JsonSerializable(typeof(QueueUrlResponse))]
[JsonSerializable(typeof(GetQueueAttributesRequest))]
[JsonSerializable(typeof(GetQueueAttributesResponse))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(SendMessageResponse))]
[JsonSerializable(typeof(ReceiveMessageRequest))]
[JsonSerializable(typeof(ReceiveMessageResponse))]
[JsonSerializable(typeof(DeleteMessageBatchRequest))]
[JsonSerializable(typeof(BatchResponse))]
[JsonSerializable(typeof(ChangeMessageVisibilityRequest))]
[JsonSerializable(typeof(ChangeMessageVisibilityBatchRequest))]
[JsonSerializable(typeof(EmptyResponse))]
internal sealed partial class SqsJsonContext : JsonSerializerContext;
