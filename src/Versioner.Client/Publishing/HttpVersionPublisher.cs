namespace Versioner.Client;

/// <summary>
/// Publishes versions to the ingest service over HTTP (<c>PUT /versions/{versionId}</c>, idempotent, so retries never
/// store twice), with retries and a durable local spool (see <see cref="IVersionPublisher"/>).
/// </summary>
/// <example>
/// <code>
/// await using var publisher = HttpVersionPublisher.Create(new Uri("http://127.0.0.1:5077/"), apiKey,
///     new VersionPublisherOptions { SpoolDirectory = "/var/lib/myapp/versioner-spool" });
/// var result = await publisher.PublishAsync(new DataObjectVersion { EntityType = "Invoice", ... });
/// </code>
/// </example>
public sealed class HttpVersionPublisher : IVersionPublisher
{
    private readonly SpoolingSender _sender;

    /// <summary>
    /// A publisher sending through <paramref name="httpClient"/>, whose <see cref="HttpClient.BaseAddress"/> is the
    /// service (ending in '/') and whose default headers carry the credential. The caller keeps ownership of the client.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="httpClient"/> has no base address, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="IOException"><see cref="VersionPublisherOptions.SpoolDirectory"/> is in use by another publisher, or cannot be created.</exception>
    public HttpVersionPublisher(HttpClient httpClient, VersionPublisherOptions? options = null)
        : this(httpClient, ownsClient: false, options)
    {
    }

    private HttpVersionPublisher(HttpClient httpClient, bool ownsClient, VersionPublisherOptions? options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        if (httpClient.BaseAddress is null)
        {
            throw new ArgumentException("The HttpClient needs a BaseAddress: the ingest service's URL, like http://127.0.0.1:5077/.", nameof(httpClient));
        }

        _sender = new SpoolingSender(new HttpTransport(httpClient, ownsClient), options);
    }

    /// <summary>A publisher with its own HTTP client for <paramref name="serviceUrl"/>, sending <paramref name="apiKey"/> as <c>X-Api-Key</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="apiKey"/> is empty, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="IOException"><see cref="VersionPublisherOptions.SpoolDirectory"/> is in use by another publisher, or cannot be created.</exception>
    public static HttpVersionPublisher Create(Uri serviceUrl, string apiKey, VersionPublisherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        var baseAddress = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return new HttpVersionPublisher(http, ownsClient: true, options);
    }

    /// <inheritdoc/>
    public Task<PublishResult> PublishAsync(DataObjectVersion version, CancellationToken cancellationToken = default) => _sender.PublishAsync(version, cancellationToken);

    /// <inheritdoc/>
    public Task<ResubmitResult> ResubmitSpooledAsync(CancellationToken cancellationToken = default) => _sender.ResubmitSpooledAsync(cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _sender.DisposeAsync();
}
