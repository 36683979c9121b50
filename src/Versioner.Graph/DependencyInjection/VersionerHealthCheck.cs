using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Versioner.DependencyInjection;

/// <summary>
/// Healthy when the repository's database answers with the default branch's head (one indexed read); unhealthy with
/// the reason otherwise. The head and the branch are reported as data.
/// </summary>
internal sealed class VersionerHealthCheck(IServiceProvider scope) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var branch = "(unknown)";
        try
        {
            // Resolved here, not in the registration's factory, so a repository that cannot open reports unhealthy too.
            var repository = scope.GetRequiredService<Repository>();
            branch = repository.Options.DefaultBranch;
            var head = await repository.Branches.FindAsync(branch, cancellationToken).ConfigureAwait(false);
            var data = new Dictionary<string, object> { ["branch"] = branch, ["head"] = head?.Head.ToString() ?? "(no commit yet)" };
            return HealthCheckResult.Healthy($"Versioner: {branch} at {data["head"]}", data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Versioner: the database did not answer: {ex.Message}", ex);
        }
    }
}
