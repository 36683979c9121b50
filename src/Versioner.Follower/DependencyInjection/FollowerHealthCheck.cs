using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Versioner.DependencyInjection;

/// <summary>
/// Healthy while the follower is fresh, or stale for less than <see cref="FollowerOptions.DegradedAfter"/>; degraded
/// when stale for longer; the registration's failure status (unhealthy) while it has loaded nothing. Reports the state as data.
/// </summary>
internal sealed class FollowerHealthCheck(Follower follower) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = follower.State;
        var data = new Dictionary<string, object>
        {
            ["revision"] = follower.Revision,
            ["status"] = state.Status.ToString(),
            ["since"] = state.Since,
            ["commit"] = state.Commit?.ToString() ?? "(none)",
        };
        if (state.Reason is { } reason)
        {
            data["reason"] = reason;
        }

        var description = $"Versioner follower of {follower.Revision}: {state}";
        var stale = follower.Options.TimeProvider.GetUtcNow() - state.Since;
        return Task.FromResult(state.Status switch
        {
            FollowerStatus.Fresh => HealthCheckResult.Healthy(description, data),
            FollowerStatus.Stale when stale <= follower.Options.DegradedAfter => HealthCheckResult.Healthy(description, data),
            FollowerStatus.Stale => HealthCheckResult.Degraded(description, state.Error, data),
            _ => new HealthCheckResult(context.Registration.FailureStatus, description, state.Error, data),
        });
    }
}
