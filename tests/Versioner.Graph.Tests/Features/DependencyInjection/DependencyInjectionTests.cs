using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>AddVersioning and the health check, in a host built the way an ASP.NET Core app builds its own.</summary>
public abstract class DependencyInjectionTests<TProvider> : GraphTest<TProvider>
    where TProvider : TestProvider, new()
{
    private IHost BuildHost(Dictionary<string, string?>? configuration = null, Action<RepositoryOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(configuration ?? []);
        builder.Services.AddDbContext<LibraryContext>(Provider.Configure);
        builder.Services.AddVersioning<LibraryContext>(configure);
        builder.Services.AddHealthChecks().AddVersionerHealthCheck();
        return builder.Build();
    }

    [GraphFact]
    public async Task Each_scope_gets_a_repository_over_its_own_context_and_sees_what_another_scope_finalized()
    {
        using var host = BuildHost();
        await host.StartAsync();

        Commit commit;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var repo = scope.ServiceProvider.GetRequiredService<Repository>();
            repo.Context.Should().BeSameAs(scope.ServiceProvider.GetRequiredService<LibraryContext>());
            scope.ServiceProvider.GetRequiredService<Repository>().Should().BeSameAs(repo, "the repository is scoped, opened once per scope");
            var ws = await repo.CheckoutAsync();
            await ws.SaveAsync(new Book { Title = "Dune" });
            commit = await ws.FinalizeAsync("ada", "from a request");
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var repo = scope.ServiceProvider.GetRequiredService<Repository>();
            (await repo.LogAsync("main")).Select(c => c.Id).Should().Equal(commit.Id);
        }

        await host.StopAsync();
    }

    [GraphFact]
    public async Task A_repository_resolved_before_the_host_starts_is_opened_by_its_first_scope()
    {
        using var host = BuildHost(); // not started: a tool or a test resolving services directly

        await using var scope = host.Services.CreateAsyncScope();
        var repo = scope.ServiceProvider.GetRequiredService<Repository>();
        var ws = await repo.CheckoutAsync();
        await ws.SaveAsync(new Book { Title = "Dune" });
        var commit = await ws.FinalizeAsync("ada", "before start");

        (await Repo.LogAsync("main")).Select(c => c.Id).Should().Equal(commit.Id);
    }

    [GraphFact]
    public async Task Options_come_from_the_Versioner_section_then_the_callback_and_the_clock_from_the_container()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Versioner:DefaultBranch"] = "trunk" });
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddDbContext<LibraryContext>(Provider.Configure);
        builder.Services.AddVersioning<LibraryContext>(o => o.InstallDatabaseGuards = true);
        using var host = builder.Build();
        await host.StartAsync();

        await using var scope = host.Services.CreateAsyncScope();
        var repo = scope.ServiceProvider.GetRequiredService<Repository>();
        repo.Options.DefaultBranch.Should().Be("trunk");
        repo.Options.TimeProvider.Should().BeSameAs(Clock);
        var ws = await repo.CheckoutAsync();
        await ws.SaveAsync(new Book { Title = "Dune" });
        var commit = await ws.FinalizeAsync("ada", "on trunk");
        commit.Timestamp.Should().Be(Clock.GetUtcNow());
        (await repo.BranchesAsync()).Select(b => b.Name).Should().Contain("trunk");
    }

    [GraphFact]
    public async Task A_bad_option_stops_the_host_at_start_naming_the_setting()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["Versioner:DefaultBranch"] = "my branch" });

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Message.Should().Contain("Versioner:DefaultBranch").And.Contain("'my branch' is not a valid branch or tag name");
    }

    [GraphFact]
    public async Task The_health_check_reports_the_default_branch_head()
    {
        using var host = BuildHost();
        await host.StartAsync();
        var commit = await CommitAsync();

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        report.Status.Should().Be(HealthStatus.Healthy);
        var entry = report.Entries["versioner"];
        entry.Data["branch"].Should().Be("main");
        entry.Data["head"].Should().Be(commit.Id.ToString());
    }

    [GraphFact]
    public async Task The_health_check_is_unhealthy_with_the_reason_when_the_database_does_not_answer()
    {
        using var host = BuildHost();
        await host.StartAsync();
        // Behind the app's back the refs table goes away: the check must say so, not throw.
        await Db.Database.ExecuteSqlRawAsync("ALTER TABLE versioner_refs RENAME TO versioner_refs_gone");

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        report.Status.Should().Be(HealthStatus.Unhealthy);
        report.Entries["versioner"].Description.Should().StartWith("Versioner: the database did not answer:");
    }

    private async Task<Commit> CommitAsync()
    {
        var ws = await Repo.CheckoutAsync();
        await ws.SaveAsync(new Book { Title = "Dune" });
        return await ws.FinalizeAsync("ada", "first");
    }
}

public sealed class DependencyInjectionTests_Sqlite : DependencyInjectionTests<SqliteProvider>;
