using System.Net.Sockets;
using Amazon.Runtime;

namespace Versioner.Client;

/// <summary>Which exceptions out of an <c>IAmazonSQS</c> call mean "the call failed", as opposed to a bug or a cancellation.</summary>
internal static class SqsCallFailure
{
    /// <summary>
    /// True for SQS's refusals (<see cref="AmazonServiceException"/>), the SDK's own failures (no credentials, no
    /// region: <see cref="AmazonClientException"/>), the network, and a timeout (a cancellation nobody asked for).
    /// </summary>
    public static bool Is(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        AmazonServiceException or AmazonClientException or HttpRequestException or IOException or SocketException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
