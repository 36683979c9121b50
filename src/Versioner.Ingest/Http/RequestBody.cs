using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Versioner.Ingest.Http;

/// <summary>Reads a JSON request body up to a size limit, refusing other media types and compressed bodies (415) and larger bodies (413).</summary>
/// <remarks>
/// Only <c>application/json</c> (UTF-8) is read: a <c>+json</c> type such as <c>application/merge-patch+json</c> says the
/// body means something else (a patch, a problem), and storing it as a version would be a guess.
/// </remarks>
internal static class RequestBody
{
    /// <summary>The body, to dispose once parsed, or the problem with the request.</summary>
    public static async Task<(RequestBuffer? Body, IResult? Problem)> ReadJsonAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            var got = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"'{request.ContentType}'";
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "Unsupported media type",
                $"The body must be JSON sent as Content-Type: application/json; got {got}."));
        }

        if (request.Headers.ContentEncoding is { Count: > 0 } encoding && !IsIdentity(encoding))
        {
            // Kestrel does not decode a compressed body: read as it is, it would be refused as "not JSON", or stored as
            // sent when it was labelled but not compressed. RFC 9110: 415, with Accept-Encoding naming what is read.
            request.HttpContext.Response.Headers.AcceptEncoding = "identity";
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "Unsupported content encoding",
                $"The body must be sent uncompressed; got Content-Encoding: {encoding}. Send the JSON as it is, without a Content-Encoding header."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(request.ContentLength.Value, maxBytes));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 1;
        }

        RequestBuffer? body;
        try
        {
            body = await RequestBuffer.ReadAsync(request.Body, request.ContentLength, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body without Content-Length (chunked) meets Kestrel's limit as it arrives, before the buffer is full.
            body = null;
        }

        return body is null ? (null, TooLarge(null, maxBytes)) : (body, null);
    }

    /// <summary>Whether the content type is <c>application/json</c>, with no charset or UTF-8.</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || type.Charset.Equals("\"utf-8\"", StringComparison.OrdinalIgnoreCase));

    private static bool IsIdentity(Microsoft.Extensions.Primitives.StringValues encoding) =>
        encoding.All(value => value is not null && value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(coding => coding.Equals("identity", StringComparison.OrdinalIgnoreCase)));

    private static IResult TooLarge(long? length, long maxBytes) =>
        Problems.Create(StatusCodes.Status413PayloadTooLarge, ProblemTypes.TooLarge, "Request body too large",
            $"The body{(length is { } l ? $" has {l} bytes; it" : "")} exceeds the limit of {maxBytes} bytes (Versioner:Http:MaxRequestBytes). Send fewer versions per request.");
}
