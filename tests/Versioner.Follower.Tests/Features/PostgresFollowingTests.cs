using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner.Tests.Following.Infrastructure;

namespace Versioner.Tests.Following.Features;

/// <summary>What only PostgreSQL has: ref changes announced by NOTIFY, and a server that can go away under the follower.</summary>
public sealed class PostgresFollowingTests : FollowerTest<PostgresProvider>
{
    [FollowerFact]
    public async Task Sees_a_finalize_through_NOTIFY_without_waiting_for_a_poll()
    {
        var dune = new Book { Title = "Dune", Price = 9 };
        await CommitAsync("Add Dune", dune);
        // The poll would come in an hour of the test clock, which never moves here: only a notification can wake it.
        var follower = NewFollower(FollowerOptions(o => { o.PollInterval = TimeSpan.FromHours(1); o.MaxRetryDelay = TimeSpan.FromHours(1); }));
        using var stop = new CancellationTokenSource();
        var running = follower.RunAsync(stop.Token);
        await EventuallyAsync(() => follower.State.Status == FollowerStatus.Fresh, "the first load");
        await EventuallyAsync(() => Log.Entries.Any(e => e.Id.Id == 205), "the listener is listening");

        dune.Price = 10;
        var second = await CommitAsync("Reprice", dune);

        await EventuallyAsync(() => follower.Current.Commit!.Id == second.Id, "the notification wakes the follower", seconds: 10);
        follower.Current.Find<Book>(dune.EternalId)!.Price.Should().Be(10);
        await stop.CancelAsync();
        await running;
    }

    [FollowerFact]
    public async Task Keeps_serving_while_PostgreSQL_is_unreachable_and_catches_up_after()
    {
        var euro = new Rate { Code = "EUR", PerDay = 100 };
        var first = await CommitAsync("Rates", euro);
        var server = new NpgsqlConnectionStringBuilder(Provider.ConnectionString);
        await using var proxy = new TcpProxy(server.Host!, server.Port);
        var through = new NpgsqlConnectionStringBuilder(Provider.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 3, CommandTimeout = 5, Pooling = false };
        var options = new DbContextOptionsBuilder<CatalogContext>().UseNpgsql(through.ConnectionString).UseVersioning().Options;
        var follower = NewFollower(FollowerOptions(o => o.DegradedAfter = TimeSpan.FromSeconds(30)), options);
        using var stop = new CancellationTokenSource();
        var running = follower.RunAsync(stop.Token);
        await EventuallyAsync(() => follower.State.Status == FollowerStatus.Fresh, "the first load");

        proxy.Cut();
        euro.PerDay = 150;
        var second = await CommitAsync("Reprice while the follower cannot see", euro);
        await EventuallyAsync(() => follower.State.Status == FollowerStatus.Stale, "a check fails", between: () => Clock.Advance(TimeSpan.FromSeconds(1)));

        var stale = follower.State;
        stale.Error.Should().NotBeNull();
        stale.Reason.Should().NotBeNullOrEmpty();
        follower.Current.Commit!.Id.Should().Be(first.Id, "the last good snapshot keeps serving");
        follower.Current.Find<Rate>(euro.EternalId)!.PerDay.Should().Be(100);
        Log.Entries.Should().Contain(e => e.Id.Id == 203);

        proxy.Restore();
        await EventuallyAsync(() => follower.Current.Commit!.Id == second.Id, "the follower catches up", between: () => Clock.Advance(TimeSpan.FromSeconds(1)));
        // Another check may have run since (the clock moves on each poll), so the state is read as of now.
        await EventuallyAsync(() => follower.State.Status == FollowerStatus.Fresh, "fresh once caught up", between: () => Clock.Advance(TimeSpan.FromSeconds(1)));
        follower.Current.Find<Rate>(euro.EternalId)!.PerDay.Should().Be(150);
        Log.Entries.Should().Contain(e => e.Id.Id == 204);
        await stop.CancelAsync();
        await running;
    }
}
