using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Versioner.Ingest.Storage;

namespace Versioner.Ingest.Http;

/// <summary>
/// Turns storage failures into 503 problems with Retry-After: nothing was stored, and the same request may be sent
/// again (it is idempotent by version id). A request ASP.NET could not read (a query value that does not bind, a body
/// over Kestrel's limit) is the service's malformed (400) or too-large (413) problem. Other failures fall through to
/// the default 500 problem.
/// </summary>
internal sealed class UnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is Microsoft.AspNetCore.Http.BadHttpRequestException bad)
        {
            httpContext.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails =
                {
                    Status = bad.StatusCode,
                    Type = bad.StatusCode == 413 ? ProblemTypes.TooLarge : ProblemTypes.Malformed,
                    Title = "Bad request",
                    Detail = bad.StatusCode == 413 ? bad.Message : RequestShape.BindingFailure(httpContext.Request, bad.Message),
                },
            });
        }

        if (exception is not (DbException or Versioner.DatabaseException or TimeoutException or IngestStorageException or Microsoft.EntityFrameworkCore.DbUpdateException))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "1";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Type = ProblemTypes.Unavailable,
                Title = "Storage unavailable",
                Detail = "The database could not be written; nothing of this request was stored. Send the same request again shortly (versions are idempotent by version id).",
            },
        });
    }
}
