using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Versioner.Ingest.Sqs;

/// <summary>What the consumer reads off a received message.</summary>
internal static class SqsMessageExtensions
{
    /// <summary>How many times SQS has handed this message out (1 on first delivery, and when SQS did not say).</summary>
    public static int ReceiveCount(this Message message) =>
        message.Attributes?.TryGetValue(MessageSystemAttributeName.ApproximateReceiveCount, out var count) == true
        && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
}
