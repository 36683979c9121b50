using Microsoft.Extensions.Diagnostics.HealthChecks;
using HealthReport = Versioner.Ingest.Reading.HealthReport;
using Microsoft.Extensions.Options;
using Versioner.Client;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Reading;

namespace Versioner.Ingest.Http;

/// <summary>Entities as of a point in time, their history, commits, health and the published schema.</summary>
internal static class ReadEndpoints
{
    private const int MaxPage = 500;
    private static readonly Lazy<string> Schema = new(ContractSchema.Generate);

    public static void MapReadEndpoints(this IEndpointRouteBuilder app)
    {
        var read = new AccessFilter(Access.Read);
        app.MapGet("/entities/{entityType}/{eternalId:guid}", EntityAsync).RequireAccess(read).ReadsQuery("asOf").WithTags("Entities")
            .WithSummary("The entity's fields as of the branch head, a revision (?asOf=<commit id, checksum or prefix, main~3>) or a time (?asOf=2025-01-31T09:30:00Z).")
            .Produces<EntityState>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/entities/{entityType}/{eternalId:guid}/history", HistoryAsync).RequireAccess(read).ReadsQuery("skip", "take").WithTags("Entities")
            .WithSummary("The commits that changed the entity, newest first, paged with ?skip=&take= (take at most 500).")
            .Produces<EntityHistory>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/commits/{id}", CommitAsync).RequireAccess(read).ReadsQuery().WithTags("Commits")
            .WithSummary("A commit by id, checksum or checksum prefix, with the ingested versions it holds.")
            .Produces<CommitDetails>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        // An eternal id that is no UUID: a 400 naming it, not the 404 of a path nothing answers.
        app.MapGet("/entities/{entityType}/{eternalId}", (string eternalId) => RequestShape.NotAnId("an eternal id", eternalId)).RequireAccess(read).ExcludeFromDescription();
        app.MapGet("/entities/{entityType}/{eternalId}/history", (string eternalId) => RequestShape.NotAnId("an eternal id", eternalId)).RequireAccess(read).ExcludeFromDescription();

        app.MapGet("/health", HealthAsync).WithTags("Service")
            .WithSummary("200 when the database answers, 503 otherwise. Needs no credential.")
            .Produces<HealthReport>().Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);

        app.MapGet("/schema/v1.json", () => TypedResults.Text(Schema.Value, "application/schema+json")).WithTags("Service")
            .WithSummary("The JSON Schema of DataObjectVersion (docs/schema/v1.json). Needs no credential.");
    }

    private static async Task<IResult> EntityAsync(string entityType, Guid eternalId, string? asOf, IngestQueries queries, CancellationToken cancellationToken)
    {
        return Answer(await queries.EntityAsync(entityType, eternalId, asOf, cancellationToken));
    }

    private static async Task<IResult> HistoryAsync(string entityType, Guid eternalId, long? skip, int? take, IngestQueries queries, CancellationToken cancellationToken)
    {
        if (skip < 0 || take is < 1 or > MaxPage)
        {
            return Problems.Create(StatusCodes.Status400BadRequest, ProblemTypes.Malformed, "Bad paging", $"skip must be 0 or more and take 1 to {MaxPage}.");
        }

        return Answer(await queries.HistoryAsync(entityType, eternalId, skip ?? 0, take ?? 100, cancellationToken));
    }

    private static async Task<IResult> CommitAsync(string id, IngestQueries queries, CancellationToken cancellationToken)
    {
        return Answer(await queries.CommitAsync(id, cancellationToken));
    }

    /// <summary>200 with what was found, 400 for a request that names nothing (a revision that does not parse), else 404.</summary>
    private static IResult Answer<T>(ReadResult<T> found)
        where T : class =>
        found.Found ? TypedResults.Ok(found.Value)
        : found.Invalid ? Problems.Create(StatusCodes.Status400BadRequest, ProblemTypes.Malformed, "Not a revision", found.NotFound)
        : Problems.NotFound(found.NotFound);

    /// <summary>Graph's health check (<c>AddVersionerHealthCheck</c>: the branch head read through a repository), as this service's report.</summary>
    private static async Task<IResult> HealthAsync(HealthCheckService health, IOptions<IngestOptions> options, CancellationToken cancellationToken)
    {
        var checks = await health.CheckHealthAsync(cancellationToken);
        var branch = options.Value.Storage.Branch;
        if (checks.Status == HealthStatus.Healthy)
        {
            return TypedResults.Ok(new HealthReport("ok", branch));
        }

        var detail = string.Join(" ", checks.Entries.Values.Where(e => e.Status != HealthStatus.Healthy).Select(e => e.Description));
        return TypedResults.Json(new HealthReport("unavailable", branch, detail), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
