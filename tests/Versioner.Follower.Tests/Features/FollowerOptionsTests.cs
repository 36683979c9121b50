using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Versioner.Tests.Following.Infrastructure;

namespace Versioner.Tests.Following.Features;

/// <summary>The follower's options, checked once, every problem reported together.</summary>
public sealed class FollowerOptionsTests
{
    [Fact]
    public void Options_that_cannot_work_stop_the_start_listing_every_problem()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddDbContext<CatalogContext>(o => o.UseSqlite("Data Source=:memory:").UseVersioning());
        services.AddVersionerFollower<CatalogContext>(o => { o.Revision = "main~x"; o.PollInterval = TimeSpan.Zero; o.Jitter = 2; });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<FollowerOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().HaveCount(4)
            .And.Contain(f => f.Contains("Revision")).And.Contain(f => f.Contains("no entity type to follow"))
            .And.Contain(f => f.Contains("PollInterval")).And.Contain(f => f.Contains("Jitter"));
    }

    [Fact]
    public void A_follower_built_by_hand_refuses_options_that_cannot_work()
    {
        var act = () => new Follower(() => throw new InvalidOperationException("never called"), new FollowerOptions { MaxIncrementalCommits = -1 }.Include<Book>());

        act.Should().Throw<ArgumentException>().WithMessage("*MaxIncrementalCommits*");
    }
}
