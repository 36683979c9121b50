using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Versioner.Client;
using Versioner.Ingest.Configuration;
using Versioner.Ingest.Http;
using Versioner.Ingest.Pipeline;
using Versioner.Ingest.Reading;
using Versioner.Ingest.Sqs;
using Versioner.Ingest.Storage;
using Versioner.Ingest.Telemetry;

namespace Versioner.Ingest;

/// <summary>
/// Composes the service: configuration, storage, the pipeline, the HTTP adapter and (when a queue is configured)
/// the SQS adapter. Tests build it the same way, bound to 127.0.0.1 port 0.
/// </summary>
internal static class IngestApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json sits beside the binary: found whatever the working directory (the SQLite file is relative to it).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        var services = builder.Services;

        services.AddOptions<IngestOptions>().Bind(builder.Configuration.GetSection(IngestOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IngestOptions>, IngestOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<IngestDbContext>((provider, options) =>
            StorageSetup.Configure(options, provider.GetRequiredService<IOptions<IngestOptions>>().Value.Storage));

        services.TryAddSingleton<IngestHooks>(); // tests register their own first
        services.AddSingleton<IngestWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestWriter>());
        services.AddSingleton<IngestPipeline>();

        // Reads: a Repository per request over the request's context (Graph's registration, opened once at start, after
        // the writer created the database), and Graph's health check behind GET /health. The writer keeps its own
        // long-lived context and connection instead (docs/ingest.md, "Storage").
        services.AddVersioning<IngestDbContext>();
        services.AddOptions<RepositoryOptions>().Configure<IOptions<IngestOptions>>((repository, ingest) => repository.DefaultBranch = ingest.Value.Storage.Branch);
        services.AddHealthChecks().AddVersionerHealthCheck();
        services.AddScoped<IngestQueries>();
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{IngestOptions.Section}:Sqs:QueueUrl"]))
        {
            services.AddSqsAdapter(builder.Configuration);
        }

        // A query or route value that does not bind (?take=abc) is thrown, so UnavailableExceptionHandler answers it with
        // the service's malformed problem naming the parameter, in every environment (not ASP.NET's bare 400).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemCustomization.Apply);
        services.AddExceptionHandler<UnavailableExceptionHandler>();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, ContractJsonContext.Default);
            options.SerializerOptions.TypeInfoResolverChain.Insert(1, ReadJsonContext.Default);
            options.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
            // Numbers are numbers (the web default also reads them from strings, and OpenAPI then types them "integer or string").
            options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.AddOpenApi(OpenApiDescription.Configure);
        services.AddIngestTelemetry(builder.Configuration);

        var app = builder.Build();
        app.Lifetime.ApplicationStarted.Register(() => StartupReport.Log(
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IngestApp).FullName!),
            app.Services.GetRequiredService<IOptions<IngestOptions>>().Value));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi().WithTags("Service");
        app.MapVersionEndpoints();
        app.MapReadEndpoints();
        return app;
    }

    /// <summary>
    /// Runs the service until it stops, and returns the process exit code: 1 when the database cannot be used as
    /// configured (a second instance on one SQLite file, say) or a background service (the writer, the SQS consumer)
    /// failed and so stopped the host, 0 for a requested stop. A supervisor that restarts a service on failure then
    /// restarts it.
    /// </summary>
    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Taken before the run: running disposes the app's services.
        var background = app.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToArray();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IngestApp).FullName!);
        try
        {
            await app.StartAsync();
        }
        catch (IngestStorageException ex)
        {
            ServiceLog.CannotStart(logger, ex.Message);
            await app.DisposeAsync();
            return 1;
        }

        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        var failed = background.FirstOrDefault(s => s.ExecuteTask is { IsFaulted: true });
        if (failed is null)
        {
            return 0;
        }

        ServiceLog.BackgroundServiceFailed(logger, failed.GetType().Name, failed.ExecuteTask!.Exception!.GetBaseException());
        return 1;
    }
}
