using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// A PostgreSQL hot standby (a second cluster streaming from the test server, <c>.ci/postgres-standby.sh</c>) is read
/// with a read-only opening: log, diffs, rows and Verify work and nothing is written; a write through an ordinary
/// opening says what to do.
/// </summary>
public sealed class HotStandbyTests : GraphTest<PostgresProvider>
{
    public const string EnvironmentVariable = "VERSIONER_TEST_POSTGRES_STANDBY";

    [StandbyFact]
    public async Task A_hot_standby_opens_read_only_for_reads_and_Verify()
    {
        var dune = new Book { Title = "Dune", Price = 9.99m };
        await CommitAsync("first", dune);
        dune.Price = 12m;
        await CommitAsync("second", dune);
        await using var connection = await ReplicatedAsync();

        await using var repo = await Repository.OpenAsync(connection, new RepositoryOptions { ReadOnly = true });

        (await repo.LogAsync("main")).Select(c => c.Checksum).Should().Equal((await Repo.LogAsync("main")).Select(c => c.Checksum));
        (await repo.DiffAsync("main~1", "main")).Should().ContainSingle().Which.Fields.Should().ContainSingle(f => f.Field == "Price");
        (await (await repo.SnapshotAsync("main")).ContentsAsync("Book").ToListAsync()).Should().ContainSingle().Which["Price"].ToObject().Should().Be(12m);
        (await repo.VerifyAsync()).Issues.Should().BeEmpty();
        await FluentActions.Awaiting(() => repo.CreateBranchAsync("x", "main")).Should().ThrowAsync<ReadOnlyRepositoryException>();
    }

    [StandbyFact]
    public async Task A_write_through_an_ordinary_opening_of_a_hot_standby_says_to_open_it_read_only()
    {
        await CommitAsync("first", new Book { Title = "Dune" });
        await using var connection = await ReplicatedAsync();
        await using var repo = await Repository.OpenAsync(connection);

        (await FluentActions.Awaiting(() => repo.CreateBranchAsync("x", "main")).Should().ThrowAsync<DatabaseReadOnlyException>())
            .Which.Message.Should().Contain("read-only").And.Contain("RepositoryOptions.ReadOnly");
    }

    /// <summary>A connection to this test's database on the standby, once the standby has replayed everything written so far.</summary>
    private async Task<NpgsqlConnection> ReplicatedAsync()
    {
        var lsn = await Db.Database.SqlQueryRaw<string>("SELECT pg_current_wal_lsn()::text AS \"Value\"").SingleAsync();
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(EnvironmentVariable));
        await using (var probe = new NpgsqlConnection(server.ConnectionString))
        {
            await probe.OpenAsync();
            for (var waited = 0; ; waited += 100)
            {
                await using var command = new NpgsqlCommand($"SELECT pg_last_wal_replay_lsn() >= '{lsn}'::pg_lsn", probe);
                if ((bool)(await command.ExecuteScalarAsync())!)
                {
                    break;
                }

                waited.Should().BeLessThan(120_000, "the standby should replay the primary's writes within 2 minutes");
                await Task.Delay(100);
            }
        }

        server.Database = Db.Database.GetDbConnection().Database;
        return new NpgsqlConnection(server.ConnectionString);
    }

    /// <summary>Runs only where a standby is configured (<see cref="EnvironmentVariable"/>); CI sets one up.</summary>
    private sealed class StandbyFactAttribute : FactAttribute
    {
        public StandbyFactAttribute()
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(EnvironmentVariable)))
            {
                Skip = $"No PostgreSQL hot standby: run `bash .ci/postgres-standby.sh` (after .ci/postgres.sh) and set {EnvironmentVariable} to the connection string it prints (.ci/run runs these tests in a step of their own).";
            }
        }
    }
}
