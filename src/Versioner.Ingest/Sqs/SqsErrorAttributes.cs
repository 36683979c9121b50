using System.Text;
using Amazon.SQS.Model;

namespace Versioner.Ingest.Sqs;

/// <summary>The message attributes a refused message carries in the error queue.</summary>
internal static class SqsErrorAttributes
{
    /// <summary>Why the message can never be stored, and what to do.</summary>
    public const string Error = "VersionerError";

    /// <summary>The problem type, as the HTTP API would return it (<c>urn:versioner:problem:schema-mismatch</c>...).</summary>
    public const string ErrorType = "VersionerErrorType";

    /// <summary>The message's id in the queue it came from.</summary>
    public const string SourceMessageId = "VersionerSourceMessageId";

    /// <summary>The queue it came from.</summary>
    public const string SourceQueue = "VersionerSourceQueue";

    /// <summary>The largest message SQS accepts (1 MiB): what an error queue whose limit cannot be read is taken to hold.</summary>
    public const int MaxMessageBytes = 1_048_576;

    private const string DataType = "String";
    private const string Shortened = "...";

    /// <summary>
    /// The attributes of a refused message moved, body unchanged, to an error queue holding messages of up to
    /// <paramref name="maxMessageBytes"/>. SQS counts the body and each attribute's name, type and value (UTF-8) against
    /// that limit, and refuses a larger message for good, so the attributes are fitted to it: the reason is shortened
    /// (ending in "..."), then left out, then the source queue and message id; null when the body alone does not fit.
    /// </summary>
    public static Dictionary<string, MessageAttributeValue>? For(string body, SqsRefusal refusal, string sourceMessageId, string sourceQueue, int maxMessageBytes)
    {
        var room = maxMessageBytes - Encoding.UTF8.GetByteCount(body);
        if (room < 0)
        {
            return null;
        }

        var attributes = new Dictionary<string, MessageAttributeValue>();
        foreach (var (name, value) in new[] { (ErrorType, refusal.Type), (SourceMessageId, sourceMessageId), (SourceQueue, sourceQueue) })
        {
            var size = Size(name, value);
            if (size <= room)
            {
                attributes[name] = Text(value);
                room -= size;
            }
        }

        var reason = Fit(refusal.Reason, room - Size(Error, ""));
        if (reason.Length > 0)
        {
            attributes[Error] = Text(reason);
        }

        return attributes;
    }

    private static int Size(string name, string value) => Encoding.UTF8.GetByteCount(name) + DataType.Length + Encoding.UTF8.GetByteCount(value);

    /// <summary><paramref name="text"/>, or as much of it as fits in <paramref name="maxBytes"/> followed by "...", never splitting a surrogate pair; empty when too little fits to say anything.</summary>
    private static string Fit(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var budget = maxBytes - Shortened.Length;
        if (budget < 16)
        {
            return "";
        }

        var (length, bytes) = (0, 0);
        while (length < text.Length)
        {
            var step = char.IsHighSurrogate(text[length]) && length + 1 < text.Length && char.IsLowSurrogate(text[length + 1]) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(length, step));
            if (bytes + size > budget)
            {
                break;
            }

            (length, bytes) = (length + step, bytes + size);
        }

        return string.Concat(text.AsSpan(0, length), Shortened);
    }

    private static MessageAttributeValue Text(string value) => new() { DataType = DataType, StringValue = value };
}
