using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>PostgreSQL announces every ref change on <see cref="RefNotifications.Channel"/> (what a follower listens to).</summary>
public sealed class RefNotificationTests : GraphTest<PostgresProvider>
{
    [GraphFact]
    public async Task Finalize_tag_and_delete_are_announced_with_the_refs_name()
    {
        var heard = Channel.CreateUnbounded<string>();
        await using var connection = ((NpgsqlConnection)Db.Database.GetDbConnection()).CloneWith(Db.Database.GetDbConnection().ConnectionString);
        await connection.OpenAsync();
        connection.Notification += (_, e) => heard.Writer.TryWrite($"{e.Channel}:{e.Payload}");
        await using (var listen = new NpgsqlCommand($"LISTEN {RefNotifications.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync();
        }

        using var stop = new CancellationTokenSource();
        var waiting = Task.Run(async () =>
        {
            while (true)
            {
                await connection.WaitAsync(stop.Token);
            }
        });

        await CommitAsync("first", new Author { Name = "Ursula" });
        await Repo.CreateTagAsync("v1", "main");
        await Repo.DeleteTagAsync("v1");

        var messages = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (messages.Count < 3)
        {
            messages.Add(await heard.Reader.ReadAsync(timeout.Token));
        }

        messages.Should().Equal("versioner_refs:main", "versioner_refs:v1", "versioner_refs:v1");
        await stop.CancelAsync();
        await waiting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
