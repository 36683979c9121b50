namespace Versioner.Ingest.Http;

/// <summary>
/// Refusals of a request's shape that routing alone would answer wrongly: an id in the path that is not a UUID (routing
/// would say nothing answers the path, a 404, when the path is right and the id is not), and a query parameter the
/// endpoint does not read (ignored, it would answer as if it were not there: <c>?as_of=</c> would return the head),
/// and one given twice (bound as the two values joined by a comma).
/// </summary>
internal static class RequestShape
{
    private const string UuidExample = "0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f";

    /// <summary>400: <paramref name="value"/>, given where <paramref name="what"/> ("a version id") goes, is not a UUID.</summary>
    public static IResult NotAnId(string what, string value) =>
        Problems.Create(StatusCodes.Status400BadRequest, ProblemTypes.Malformed, $"Not {what}",
            $"'{value}' is not {what}: {what} is a UUID such as {UuidExample}.");

    /// <summary>
    /// 400 for <c>/versions/{value}</c> whose value is not a version id, except <c>/versions/batch</c>: that path is, and
    /// answers POST only, so another method is a 405 with <c>Allow: POST</c> (the id route would read "batch" as an id).
    /// </summary>
    public static IResult NotAnIdOrBatch(HttpContext http, string value)
    {
        if (!string.Equals(value, "batch", StringComparison.Ordinal))
        {
            return NotAnId("a version id", value);
        }

        http.Response.Headers.Allow = HttpMethods.Post;
        return Problems.Create(StatusCodes.Status405MethodNotAllowed, ProblemTypes.MethodNotAllowed, "Method not allowed",
            $"{http.Request.Path} does not answer {http.Request.Method} (the Allow header lists what it answers). The endpoints are described at /openapi/v1.json.");
    }

    /// <summary>
    /// The detail of a query value ASP.NET could not bind, in the request's terms: a parameter given twice says so (it
    /// is bound as the values joined by a comma), a value that is not a number names the parameter and the value,
    /// without the .NET type ("Nullable&lt;int&gt;") ASP.NET's message names.
    /// </summary>
    public static string BindingFailure(HttpRequest request, string message)
    {
        if (request.Query.FirstOrDefault(q => q.Value.Count > 1) is { Key: { } repeated } twice)
        {
            return $"?{repeated}= is given {twice.Value.Count} times; give it once.";
        }

        var failed = System.Text.RegularExpressions.Regex.Match(message, "^Failed to bind parameter \"(?<type>[^\"]+) (?<name>[^\" ]+)\" from \"(?<value>.*)\"\\.$");
        if (failed.Success && failed.Groups["type"].Value is var type
            && (type.Contains("int", StringComparison.OrdinalIgnoreCase) || type.Contains("long", StringComparison.OrdinalIgnoreCase)))
        {
            return $"?{failed.Groups["name"].Value}= must be a whole number; got '{failed.Groups["value"].Value}'. Check the query string against /openapi/v1.json.";
        }

        if (message.StartsWith("Failed to bind parameter", StringComparison.Ordinal))
        {
            return $"{message} Check the query string and the route against /openapi/v1.json.";
        }

        // Not a value that failed to bind but the request itself (a chunked body framed wrongly, a body cut short).
        return $"The request could not be read: {message} Nothing was stored; send the whole request again.";
    }

    /// <summary>Refuses, with a 400 naming it and what the endpoint reads, any query parameter not in <paramref name="known"/>.</summary>
    public static TBuilder ReadsQuery<TBuilder>(this TBuilder builder, params string[] known)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var query = context.HttpContext.Request.Query;
            var unknown = query.Keys.Where(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count == 0)
            {
                // One value each: two would be bound joined ("a,b"), a revision or number nobody sent.
                if (query.FirstOrDefault(q => q.Value.Count > 1) is { Key: { } repeated } twice)
                {
                    return Problems.Create(StatusCodes.Status400BadRequest, ProblemTypes.Malformed, "Repeated query parameter",
                        $"?{repeated}= is given {twice.Value.Count} times; give it once.");
                }

                return await next(context);
            }

            var reads = known.Length == 0 ? "takes no query parameters" : $"reads only {string.Join(", ", known.Select(k => $"?{k}="))}";
            var names = string.Join(", ", unknown.Select(k => $"'{k}'"));
            return Problems.Create(StatusCodes.Status400BadRequest, ProblemTypes.Malformed, "Unknown query parameter",
                $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path} {reads}; got {names}. Remove it or check its spelling: an unknown parameter is refused rather than ignored.");
        });
}
