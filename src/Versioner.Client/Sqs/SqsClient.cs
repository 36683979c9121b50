using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Signing;

namespace Versioner.Client.Sqs;

/// <summary>
/// The few SQS actions Versioner uses, spoken directly in SQS's AWS JSON 1.0 protocol over <see cref="HttpClient"/>
/// (POST / with <c>X-Amz-Target: AmazonSQS.Action</c>), each request signed with SigV4 by AWSSDK.Core's
/// <see cref="SigV4SigningHandler"/>. Thread-safe.
/// </summary>
internal sealed class SqsClient : IDisposable
{
    private const string MediaType = "application/x-amz-json-1.0";
    private readonly HttpClient _http;
    private readonly Uri _endpoint;

    public SqsClient(HttpClient http, Uri endpoint)
    {
        _http = http;
        _endpoint = endpoint;
    }

    /// <summary>A client for the queue at <paramref name="queueUrl"/>, signing with the configured or default credentials.</summary>
    public static SqsClient Create(string queueUrl, SqsConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.ServiceUrl ?? new Uri(new Uri(queueUrl).GetLeftPart(UriPartial.Authority));
        AWSCredentials credentials = options.AccessKeyId is { Length: > 0 } key
            ? new BasicAWSCredentials(key, options.SecretAccessKey)
            : DefaultAWSCredentialsIdentityResolver.GetCredentials(null);
        var transport = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var signing = new SigV4SigningHandler(credentials, RegionEndpoint.GetBySystemName(options.Region), "sqs", transport);
        // Long polls hold a request open for up to 20 s on top of the request timeout.
        var http = new HttpClient(signing) { Timeout = options.RequestTimeout + TimeSpan.FromSeconds(20) };
        return new SqsClient(http, endpoint);
    }

    public async Task<string> CreateQueueAsync(string name, Dictionary<string, string>? attributes, CancellationToken cancellationToken) =>
        (await CallAsync("CreateQueue", new CreateQueueRequest(name, attributes), SqsJsonContext.Default.CreateQueueRequest, SqsJsonContext.Default.QueueUrlResponse, cancellationToken)).QueueUrl;

    public async Task<string> GetQueueUrlAsync(string name, CancellationToken cancellationToken) =>
        (await CallAsync("GetQueueUrl", new GetQueueUrlRequest(name), SqsJsonContext.Default.GetQueueUrlRequest, SqsJsonContext.Default.QueueUrlResponse, cancellationToken)).QueueUrl;

    public async Task<IReadOnlyDictionary<string, string>> GetQueueAttributesAsync(string queueUrl, IReadOnlyList<string> names, CancellationToken cancellationToken) =>
        (await CallAsync("GetQueueAttributes", new GetQueueAttributesRequest(queueUrl, names), SqsJsonContext.Default.GetQueueAttributesRequest, SqsJsonContext.Default.GetQueueAttributesResponse, cancellationToken)).Attributes
        ?? [];

    public async Task<string> SendMessageAsync(string queueUrl, string body, IReadOnlyDictionary<string, string>? attributes, CancellationToken cancellationToken)
    {
        var messageAttributes = attributes?.ToDictionary(a => a.Key, a => SqsMessageAttribute.String(a.Value));
        var response = await CallAsync("SendMessage", new SendMessageRequest(queueUrl, body, messageAttributes, null),
            SqsJsonContext.Default.SendMessageRequest, SqsJsonContext.Default.SendMessageResponse, cancellationToken);
        return response.MessageId;
    }

    /// <summary>Receives up to <paramref name="max"/> messages, waiting up to <paramref name="waitSeconds"/> for the first (long polling).</summary>
    public async Task<IReadOnlyList<SqsMessage>> ReceiveMessagesAsync(string queueUrl, int max, int waitSeconds, int? visibilityTimeout, CancellationToken cancellationToken)
    {
        var request = new ReceiveMessageRequest(queueUrl, max, waitSeconds, visibilityTimeout, ["ApproximateReceiveCount"], ["ApproximateReceiveCount"], ["All"]);
        var response = await CallAsync("ReceiveMessage", request, SqsJsonContext.Default.ReceiveMessageRequest, SqsJsonContext.Default.ReceiveMessageResponse, cancellationToken);
        return response.Messages ?? [];
    }

    /// <summary>Deletes messages; returns the ids of entries SQS could not delete.</summary>
    public async Task<IReadOnlyList<BatchResultEntry>> DeleteMessagesAsync(string queueUrl, IReadOnlyList<DeleteEntry> entries, CancellationToken cancellationToken)
    {
        var failed = new List<BatchResultEntry>();
        foreach (var chunk in entries.Chunk(10))
        {
            var response = await CallAsync("DeleteMessageBatch", new DeleteMessageBatchRequest(queueUrl, chunk), SqsJsonContext.Default.DeleteMessageBatchRequest, SqsJsonContext.Default.BatchResponse, cancellationToken);
            failed.AddRange(response.Failed ?? []);
        }

        return failed;
    }

    public Task ChangeVisibilityAsync(string queueUrl, string receiptHandle, int seconds, CancellationToken cancellationToken) =>
        CallAsync("ChangeMessageVisibility", new ChangeMessageVisibilityRequest(queueUrl, receiptHandle, seconds), SqsJsonContext.Default.ChangeMessageVisibilityRequest, SqsJsonContext.Default.EmptyResponse, cancellationToken);

    public async Task<IReadOnlyList<BatchResultEntry>> ChangeVisibilityAsync(string queueUrl, IReadOnlyList<VisibilityEntry> entries, CancellationToken cancellationToken)
    {
        var failed = new List<BatchResultEntry>();
        foreach (var chunk in entries.Chunk(10))
        {
            var response = await CallAsync("ChangeMessageVisibilityBatch", new ChangeMessageVisibilityBatchRequest(queueUrl, chunk), SqsJsonContext.Default.ChangeMessageVisibilityBatchRequest, SqsJsonContext.Default.BatchResponse, cancellationToken);
            failed.AddRange(response.Failed ?? []);
        }

        return failed;
    }

    public void Dispose() => _http.Dispose();

    private async Task<TResponse> CallAsync<TRequest, TResponse>(string action, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        message.Headers.Add("X-Amz-Target", $"AmazonSQS.{action}");
        message.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, requestType));
        message.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new SqsException(action, null, $"{ex.Message} (endpoint {_endpoint})", null, isTransient: true, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SqsException(action, null, $"timed out (endpoint {_endpoint})", null, isTransient: true, ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return body.Length == 0 ? JsonSerializer.Deserialize("{}", responseType)! : JsonSerializer.Deserialize(body, responseType)!;
            }

            var (type, text) = ReadError(body);
            var status = (int)response.StatusCode;
            var transient = status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests
                || type?.Contains("Throttl", StringComparison.OrdinalIgnoreCase) == true
                || type?.Contains("RequestThrottled", StringComparison.OrdinalIgnoreCase) == true;
            throw new SqsException(action, type, text ?? $"HTTP {status}", status, transient);
        }
    }

    private static (string? Type, string? Message) ReadError(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var type = root.TryGetProperty("__type", out var t) ? t.GetString() : null;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() : root.TryGetProperty("Message", out var m2) ? m2.GetString() : null;
            return (type, message);
        }
        catch (JsonException)
        {
            return (null, body.Length == 0 ? null : Encoding.UTF8.GetString(body));
        }
    }
}
