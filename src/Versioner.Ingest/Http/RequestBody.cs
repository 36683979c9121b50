using Microsoft.AspNetCore.Http.Features;

namespace Versioner.Ingest.Http;

/// <summary>Reads a JSON request body up to a size limit, refusing other media types (415) and larger bodies (413).</summary>
internal static class RequestBody
{
    /// <summary>The body, to dispose once parsed, or the problem with the request.</summary>
    public static async Task<(RequestBuffer? Body, IResult? Problem)> ReadJsonAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            var got = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"'{request.ContentType}'";
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "Unsupported media type",
                $"The body must be JSON sent as Content-Type: application/json; got {got}."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(request.ContentLength.Value, maxBytes));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 1;
        }

        var body = await RequestBuffer.ReadAsync(request.Body, request.ContentLength, maxBytes, cancellationToken);
        return body is null ? (null, TooLarge(null, maxBytes)) : (body, null);
    }

    private static IResult TooLarge(long? length, long maxBytes) =>
        Problems.Create(StatusCodes.Status413PayloadTooLarge, ProblemTypes.TooLarge, "Request body too large",
            $"The body{(length is { } l ? $" has {l} bytes; it" : "")} exceeds the limit of {maxBytes} bytes (Versioner:Http:MaxRequestBytes). Send fewer versions per request.");
}
