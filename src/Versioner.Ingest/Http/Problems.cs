using Versioner.Client;
using Versioner.Ingest.Contract;
using Versioner.Ingest.Pipeline;

namespace Versioner.Ingest.Http;

/// <summary>Builds RFC 9457 problem responses: a type per kind, the status, a detail that says what to do, and the refused fields.</summary>
internal static class Problems
{
    public static IResult Create(int status, string type, string title, string detail, IReadOnlyList<IngestFieldError>? errors = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (errors is { Count: > 0 })
        {
            extensions["errors"] = errors.Select(e => new Dictionary<string, string> { ["field"] = e.Field, ["message"] = e.Message }).ToArray();
        }

        return TypedResults.Problem(detail: detail, statusCode: status, title: title, type: type, extensions: extensions);
    }

    public static IResult From(ParseFailure failure) => failure.Kind switch
    {
        ParseFailureKind.Malformed => Create(StatusCodes.Status400BadRequest, ProblemTypes.Malformed, "The body is not valid JSON", failure.Detail, failure.Errors),
        ParseFailureKind.UnsupportedSchemaVersion => Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.UnsupportedSchemaVersion, "Unsupported schema version", failure.Detail, failure.Errors),
        ParseFailureKind.InvalidValue => Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.InvalidValue, "A value cannot be stored", failure.Detail, failure.Errors),
        ParseFailureKind.TooLarge => Create(StatusCodes.Status413PayloadTooLarge, ProblemTypes.TooLarge, "Too many versions in one batch", failure.Detail, failure.Errors),
        _ => Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.SchemaMismatch, "The message does not match the contract", failure.Detail, failure.Errors),
    };

    public static IResult From(IngestRefusal refusal) => refusal.Kind switch
    {
        IngestRefusalKind.Conflict => Create(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "Conflict with stored history", refusal.Detail, refusal.Errors),
        IngestRefusalKind.NotFound => Create(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Entity not found", refusal.Detail, refusal.Errors),
        _ => Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.InvalidValue, "A value cannot be stored", refusal.Detail, refusal.Errors),
    };

    public static IResult NotFound(string detail) => Create(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", detail);

    public static IResult Unprocessable(string field, string detail) =>
        Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.SchemaMismatch, "The message does not match the contract", detail, [new(field, detail)]);
}
