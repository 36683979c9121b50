using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Versioner.Client;

/// <summary>Sends a version with <c>PUT /versions/{versionId}</c>: idempotent, so any attempt may be repeated safely.</summary>
internal sealed class HttpTransport(HttpClient http, bool ownsClient) : IVersionTransport
{
    public string Name => "http";

    public async Task<TransportResult> SendAsync(DataObjectVersion version, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.PutAsJsonAsync(new Uri($"versions/{version.VersionId}", UriKind.Relative), version, ContractJsonContext.Default.DataObjectVersion, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            return new TransportResult(TransportOutcome.Transient, Error: ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new TransportResult(TransportOutcome.Transient, Error: new TimeoutException("The ingest service did not answer in time.", ex));
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                // Only the service's receipt acknowledges: a 2xx without one is something else answering (a proxy's
                // maintenance page, a gateway's 204), so the version is kept and sent again (PUT is idempotent).
                return ReadReceipt(body) is { } receipt && receipt.VersionId == version.VersionId
                    ? new TransportResult(TransportOutcome.Acknowledged, receipt)
                    : new TransportResult(TransportOutcome.Transient, Error: new HttpRequestException(
                        $"The ingest service answered {status} without a receipt for version {version.VersionId}; something else may be answering at {http.BaseAddress}: {Excerpt(body)}", null, response.StatusCode));
            }

            if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
            {
                return new TransportResult(TransportOutcome.Transient, Error: new HttpRequestException($"The ingest service answered {status}: {body}", null, response.StatusCode));
            }

            return new TransportResult(TransportOutcome.Rejected, Problem: ReadProblem(body, status));
        }
    }

    public void Dispose()
    {
        if (ownsClient)
        {
            http.Dispose();
        }
    }

    private static VersionReceipt? ReadReceipt(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ContractJsonContext.Default.VersionReceipt);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Excerpt(string body) => body.Length == 0 ? "(no body)" : body.Length > 200 ? $"{body[..200]}..." : body;

    private static IngestProblem ReadProblem(string body, int status)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ContractJsonContext.Default.IngestProblem) ?? new IngestProblem { Status = status };
        }
        catch (JsonException)
        {
            return new IngestProblem { Status = status, Detail = body.Length > 0 ? body : $"HTTP {status}" };
        }
    }
}
