using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Versioner.Ingest.Telemetry;

/// <summary>
/// Wires OpenTelemetry when an OTLP endpoint is configured through the standard variables
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or a signal's <c>OTEL_EXPORTER_OTLP_TRACES_ENDPOINT</c>,
/// <c>..._METRICS_ENDPOINT</c>, <c>..._LOGS_ENDPOINT</c>): traces of source <c>Versioner</c> and ASP.NET Core, metrics of meter
/// <c>Versioner</c>, ASP.NET Core and the runtime, and logs, exported over OTLP as the other <c>OTEL_*</c> variables
/// say (protocol, headers, intervals, resource). Without an endpoint nothing is wired: the sources and meters are still
/// there for <c>dotnet-counters</c> or <c>dotnet-trace</c>, at no cost when nothing listens.
/// </summary>
internal static class TelemetrySetup
{
    private const string DefaultServiceName = "versioner-ingest";

    private static readonly string[] EndpointKeys = ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT"];

    public static void AddIngestTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (!ExportConfigured(configuration))
        {
            return;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // OTEL_SERVICE_NAME (or service.name in OTEL_RESOURCE_ATTRIBUTES) wins over the default name.
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"])
                    && !(configuration["OTEL_RESOURCE_ATTRIBUTES"] ?? "").Contains("service.name=", StringComparison.Ordinal))
                {
                    resource.AddService(DefaultServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString());
                }
            })
            .WithTracing(tracing => tracing.AddSource(VersionerDiagnostics.ActivitySourceName).AddAspNetCoreInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(VersionerDiagnostics.MeterName).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation())
            .UseOtlpExporter();
    }

    /// <summary>Whether an OTLP endpoint is set, for all signals or for one of them.</summary>
    public static bool ExportConfigured(IConfiguration configuration) =>
        EndpointKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
}
