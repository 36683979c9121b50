using Microsoft.Extensions.Diagnostics.HealthChecks;
using Versioner;
using Versioner.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Versioner's health check to an app's health checks.</summary>
public static class VersionerHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a check that the repository registered by
    /// <see cref="VersioningServiceCollectionExtensions.AddVersioning{TContext}"/> answers: it reads the default
    /// branch's head (one indexed read) and reports it; a database that does not answer reports
    /// <paramref name="failureStatus"/> (default unhealthy) with the reason.
    /// </summary>
    public static IHealthChecksBuilder AddVersionerHealthCheck(
        this IHealthChecksBuilder builder, string name = "versioner", HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(name, provider => new VersionerHealthCheck(provider), failureStatus, tags));
    }
}
