using Microsoft.Extensions.Diagnostics.HealthChecks;
using Versioner;
using Versioner.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the follower's health check to an app's health checks.</summary>
public static class FollowerHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a check of the <see cref="Follower"/> registered by
    /// <see cref="FollowerServiceCollectionExtensions.AddVersionerFollower{TContext}"/>: healthy when fresh (or stale for
    /// less than <see cref="FollowerOptions.DegradedAfter"/>), degraded when stale for longer, and
    /// <paramref name="failureStatus"/> (default unhealthy) until the first load, so a readiness probe keeps traffic away
    /// from an instance with nothing to serve. It reads the follower's state only, never the database.
    /// </summary>
    public static IHealthChecksBuilder AddVersionerFollowerHealthCheck(
        this IHealthChecksBuilder builder, string name = "versioner-follower", HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(name, provider => new FollowerHealthCheck(provider.GetRequiredService<Follower>()), failureStatus, tags));
    }
}
