using Microsoft.Extensions.Options;
using Versioner.Client;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Contract;
using Versioner.Ingest.Pipeline;
using Versioner.Ingest.Reading;

namespace Versioner.Ingest.Http;

/// <summary>The HTTP adapter's write endpoints and the version lookup.</summary>
internal static class VersionEndpoints
{
    public static void MapVersionEndpoints(this IEndpointRouteBuilder app)
    {
        var versions = app.MapGroup("/versions").WithTags("Versions");
        var write = new AccessFilter(Access.Write);

        versions.MapPost("/", PostAsync).RequireAccess(write).ReadsQuery()
            .WithSummary("Store a version; the service assigns its id when the message has none.")
            .Accepts<DataObjectVersion>("application/json")
            .Produces<VersionReceipt>(StatusCodes.Status201Created).Produces<VersionReceipt>(StatusCodes.Status200OK)
            .WriteProblems();

        versions.MapPut("/{versionId:guid}", PutAsync).RequireAccess(write).ReadsQuery()
            .WithSummary("Store a version under a client-assigned id: idempotent (the same content again returns the same receipt; other content is a 409).")
            .Accepts<DataObjectVersion>("application/json")
            .Produces<VersionReceipt>(StatusCodes.Status201Created).Produces<VersionReceipt>(StatusCodes.Status200OK)
            .WriteProblems();

        versions.MapPost("/batch", BatchAsync).RequireAccess(write).ReadsQuery()
            .WithSummary("Store a JSON array of versions, all or nothing, in one transaction.")
            .Accepts<List<DataObjectVersion>>("application/json")
            .Produces<VersionBatchReceipt>(StatusCodes.Status201Created).Produces<VersionBatchReceipt>(StatusCodes.Status200OK)
            .WriteProblems();

        versions.MapGet("/{versionId:guid}", GetAsync).RequireAccess(new AccessFilter(Access.Read)).ReadsQuery()
            .WithSummary("A version as ingested, with its data and commit.")
            .Produces<StoredVersion>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        // A path of the right shape whose id is no UUID: a 400 naming it, not the 404 of a path nothing answers (the
        // UUID-constrained routes above take precedence over these).
        versions.MapPut("/{versionId}", (HttpContext http, string versionId) => RequestShape.NotAnIdOrBatch(http, versionId)).RequireAccess(write).ExcludeFromDescription();
        versions.MapGet("/{versionId}", (HttpContext http, string versionId) => RequestShape.NotAnIdOrBatch(http, versionId)).RequireAccess(new AccessFilter(Access.Read)).ExcludeFromDescription();
    }

    private static RouteHandlerBuilder WriteProblems(this RouteHandlerBuilder builder)
    {
        foreach (var status in new[] { 400, 401, 404, 409, 413, 415, 422, 503 })
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }

    /// <summary>The body of a single-version request, read within the size limit and parsed, or the problem with it.</summary>
    private static async Task<(ReadVersion? Message, IResult? Problem)> ReadMessageAsync(HttpRequest request, IngestOptions options, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadJsonAsync(request, options.Http.MaxRequestBytes, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        using (body)
        {
            var parsed = VersionMessageReader.Read(body!.Memory);
            return parsed.Success ? (parsed.Value, null) : (null, Problems.From(parsed.Failure));
        }
    }

    private static async Task<IResult> PostAsync(HttpRequest request, IngestPipeline pipeline, IOptions<IngestOptions> options, CancellationToken cancellationToken)
    {
        var (message, problem) = await ReadMessageAsync(request, options.Value, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var outcome = await pipeline.IngestAsync(IngestTransport.Http, [IngestRequest.From(message!, VersionId.New().Value)], cancellationToken);
        return Acknowledge(outcome);
    }

    private static async Task<IResult> PutAsync(Guid versionId, HttpRequest request, IngestPipeline pipeline, IOptions<IngestOptions> options, CancellationToken cancellationToken)
    {
        if (versionId == Guid.Empty)
        {
            return Problems.Unprocessable("versionId", "The version id in the URL must not be the empty UUID.");
        }

        var (message, problem) = await ReadMessageAsync(request, options.Value, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (message!.Message.VersionId is { } inBody && inBody != versionId)
        {
            return Problems.Unprocessable("versionId", $"The body's versionId {inBody} differs from the URL's {versionId}. Omit it from the body, or send the same id in both.");
        }

        var outcome = await pipeline.IngestAsync(IngestTransport.Http, [IngestRequest.From(message, versionId)], cancellationToken);
        return Acknowledge(outcome);
    }

    private static async Task<IResult> BatchAsync(HttpRequest request, IngestPipeline pipeline, IOptions<IngestOptions> options, CancellationToken cancellationToken)
    {
        var limits = options.Value.Http;
        var (body, problem) = await RequestBody.ReadJsonAsync(request, limits.MaxRequestBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        ParseResult<IReadOnlyList<ReadVersion>> parsed;
        using (body)
        {
            parsed = VersionMessageReader.ReadBatch(body!.Memory, limits.MaxBatchVersions);
        }

        if (!parsed.Success)
        {
            return Problems.From(parsed.Failure);
        }

        var requests = parsed.Value.Select((message, i) => IngestRequest.From(message, VersionId.New().Value, $"[{i}]")).ToArray();
        var outcome = await pipeline.IngestAsync(IngestTransport.Http, requests, cancellationToken);
        if (!outcome.Success)
        {
            return Problems.From(outcome.Refusal);
        }

        var receipt = new VersionBatchReceipt { Versions = outcome.Receipts };
        return outcome.Receipts.All(r => r.AlreadyStored) ? TypedResults.Ok(receipt) : TypedResults.Created((string?)null, receipt);
    }

    private static async Task<IResult> GetAsync(Guid versionId, IngestQueries queries, CancellationToken cancellationToken)
    {
        var found = await queries.VersionAsync(versionId, cancellationToken);
        return found.Found ? TypedResults.Ok(found.Value) : Problems.NotFound(found.NotFound);
    }

    private static IResult Acknowledge(IngestOutcome outcome)
    {
        if (!outcome.Success)
        {
            return Problems.From(outcome.Refusal);
        }

        var receipt = outcome.Receipts[0];
        return receipt.AlreadyStored ? TypedResults.Ok(receipt) : TypedResults.Created($"/versions/{receipt.VersionId}", receipt);
    }
}
