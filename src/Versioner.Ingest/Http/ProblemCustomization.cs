namespace Versioner.Ingest.Http;

/// <summary>
/// Gives the problems ASP.NET writes itself (415 from content-type matching, 404/405 from routing) the service's
/// problem types and a detail that says what to do, like its own.
/// </summary>
internal static class ProblemCustomization
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var request = context.HttpContext.Request;
        if (problem.Type is not null && problem.Type.StartsWith("urn:versioner:", StringComparison.Ordinal))
        {
            return;
        }

        switch (problem.Status)
        {
            case StatusCodes.Status415UnsupportedMediaType:
                problem.Type = ProblemTypes.UnsupportedMediaType;
                var got = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"'{request.ContentType}'";
                problem.Detail ??= $"The body must be JSON sent as Content-Type: application/json; got {got}.";
                break;
            case StatusCodes.Status404NotFound:
                problem.Type = ProblemTypes.NotFound;
                problem.Detail ??= $"Nothing answers {request.Method} {request.Path}. The endpoints are described at /openapi/v1.json.";
                break;
            case StatusCodes.Status405MethodNotAllowed:
                problem.Type = ProblemTypes.MethodNotAllowed;
                problem.Detail ??= $"{request.Path} does not answer {request.Method} (the Allow header lists what it answers). The endpoints are described at /openapi/v1.json.";
                break;
        }
    }
}
