using Microsoft.Extensions.Hosting;

namespace Versioner.DependencyInjection;

/// <summary>Runs the app's <see cref="Follower"/> for the host's lifetime (<see cref="Follower.RunAsync"/>).</summary>
internal sealed class FollowerService(Follower follower) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => follower.RunAsync(stoppingToken);
}
