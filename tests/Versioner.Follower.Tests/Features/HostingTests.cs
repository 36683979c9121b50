using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Versioner.Tests.Following.Infrastructure;

namespace Versioner.Tests.Following.Features;

public sealed class HostingTests_Sqlite : HostingTests<SqliteProvider>;

public sealed class HostingTests_Postgres : HostingTests<PostgresProvider>;

/// <summary>The follower in a .NET host: registration, hosted service, health check (readiness).</summary>
public abstract class HostingTests<TProvider> : FollowerTest<TProvider>
    where TProvider : TestProvider, new()
{
    [FollowerFact]
    public async Task The_health_check_fails_until_loaded_then_is_healthy_and_degrades_when_stale_too_long()
    {
        var euro = new Rate { Code = "EUR", PerDay = 100 };
        await CommitAsync("Rates", euro);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddDbContext<CatalogContext>(Provider.Configure);
        builder.Services.AddVersionerFollower<CatalogContext>(o => o
            .Include<Rate>()
            .Validate(s => s.All<Rate>().All(r => r.PerDay > 0) ? ValidationResult.Success : new ValidationResult("a rate is not positive")));
        builder.Services.Configure<FollowerOptions>(o => { o.PollInterval = TimeSpan.FromSeconds(1); o.MaxRetryDelay = TimeSpan.FromSeconds(1); o.Jitter = 0; o.DegradedAfter = TimeSpan.FromMinutes(1); });
        builder.Services.AddHealthChecks().AddVersionerFollowerHealthCheck();
        using var host = builder.Build();
        var health = host.Services.GetRequiredService<HealthCheckService>();
        var follower = host.Services.GetRequiredService<Follower>();

        (await health.CheckHealthAsync()).Status.Should().Be(HealthStatus.Unhealthy, "nothing is loaded before the host starts");

        await host.StartAsync();
        await EventuallyAsync(() => follower.State.Status == FollowerStatus.Fresh, "the hosted follower loads");
        (await health.CheckHealthAsync()).Status.Should().Be(HealthStatus.Healthy);
        follower.Current.Find<Rate>(euro.EternalId)!.PerDay.Should().Be(100);

        euro.PerDay = -1;
        var refused = await CommitAsync("Refused", euro);
        await EventuallyAsync(() => follower.State.Status == FollowerStatus.Stale, "the follower refuses the version", between: () => Clock.Advance(TimeSpan.FromSeconds(1)));
        follower.State.Pending!.Id.Should().Be(refused.Id);
        (await health.CheckHealthAsync()).Status.Should().Be(HealthStatus.Healthy, "stale for less than DegradedAfter");
        Clock.Advance(TimeSpan.FromMinutes(2));
        var report = await health.CheckHealthAsync();
        report.Status.Should().Be(HealthStatus.Degraded);
        report.Entries["versioner-follower"].Description.Should().Contain("a rate is not positive");

        await host.StopAsync();
    }
}
