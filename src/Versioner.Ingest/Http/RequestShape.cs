namespace Versioner.Ingest.Http;

/// <summary>
/// Refusals of a request's shape that routing alone would answer wrongly: an id in the path that is not a UUID (routing
/// would say nothing answers the path, a 404, when the path is right and the id is not), and a query parameter the
/// endpoint does not read (ignored, it would answer as if it were not there: <c>?as_of=</c> would return the head).
/// </summary>
internal static class RequestShape
{
    private const string UuidExample = "0192f1c4-7a3e-7cde-8f00-1a2b3c4d5e6f";

    /// <summary>400: <paramref name="value"/>, given where <paramref name="what"/> ("a version id") goes, is not a UUID.</summary>
    public static IResult NotAnId(string what, string value) =>
        Problems.Create(StatusCodes.Status400BadRequest, ProblemTypes.Malformed, $"Not {what}",
            $"'{value}' is not {what}: {what} is a UUID such as {UuidExample}.");

    /// <summary>Refuses, with a 400 naming it and what the endpoint reads, any query parameter not in <paramref name="known"/>.</summary>
    public static TBuilder ReadsQuery<TBuilder>(this TBuilder builder, params string[] known)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var unknown = context.HttpContext.Request.Query.Keys.Where(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count == 0)
            {
                return await next(context);
            }

            var reads = known.Length == 0 ? "takes no query parameters" : $"reads only {string.Join(", ", known.Select(k => $"?{k}="))}";
            var names = string.Join(", ", unknown.Select(k => $"'{k}'"));
            return Problems.Create(StatusCodes.Status400BadRequest, ProblemTypes.Malformed, "Unknown query parameter",
                $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path} {reads}; got {names}. Remove it or check its spelling: an unknown parameter is refused rather than ignored.");
        });
}
