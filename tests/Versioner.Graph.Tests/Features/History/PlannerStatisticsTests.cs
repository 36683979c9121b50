using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// PostgreSQL plans by statistics, and autovacuum takes them only on its next round: a history written by commits into
/// a database the server never analyzed leaves them, so a snapshot read of everything right after the load is planned
/// as a hash join of the change rows and the versions rather than an index probe per entity. Read from the plan;
/// timings are the benchmark's business. (SQLite plans without statistics the same way and is not analyzed.)
/// </summary>
public sealed class PlannerStatisticsTests : GraphTest<PostgresProvider>
{
    [GraphFact]
    public async Task Commits_of_a_large_history_leave_statistics_that_plan_a_snapshot_read_as_a_hash_join()
    {
        var ws = await Repo.CheckoutAsync();
        for (var batch = 0; batch < 10; batch++)
        {
            await ws.SaveAllAsync(Enumerable.Range(0, 1_000).Select(i => new Author { Name = $"author {batch}.{i}" }).ToArray());
            await ws.FinalizeAsync("ada", $"batch {batch}");
        }

        var query = (await Repo.SnapshotAsync("main")).Query<Author>();

        (await AnalyzedAsync("versioner_changes")).Should().BeTrue();
        (await AnalyzedAsync("Authors")).Should().BeTrue();
        var plan = await PlanAsync(query.ToQueryString());
        plan.Should().Contain(l => l.Contains("Hash Join"), string.Join("\n", plan));
        (await query.CountAsync()).Should().Be(10_000);
    }

    [GraphFact]
    public async Task A_small_history_leaves_statistics_to_autovacuum()
    {
        await CommitAsync("one", new Author { Name = "ada" });

        (await Db.Database.SqlQueryRaw<DateTimeOffset?>("SELECT last_analyze AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'versioner_changes'").SingleAsync())
            .Should().BeNull();
    }

    private async Task<bool> AnalyzedAsync(string table) =>
        await Db.Database.SqlQueryRaw<DateTimeOffset?>(
            "SELECT coalesce(last_analyze, last_autoanalyze) AS \"Value\" FROM pg_stat_user_tables WHERE relname = {0}", table).SingleAsync() is not null;

    /// <summary>PostgreSQL's plan of EF's query text, its <c>-- @name='value'</c> lines put in as literals.</summary>
    private async Task<List<string>> PlanAsync(string queryString)
    {
        var values = new Dictionary<string, string>();
        var sql = new List<string>();
        foreach (var line in queryString.Split('\n'))
        {
            var parameter = Regex.Match(line, @"^-- (@\w+)='(.*)'");
            if (parameter.Success)
            {
                values[parameter.Groups[1].Value] = parameter.Groups[2].Value;
            }
            else
            {
                sql.Add(line);
            }
        }

        var text = Regex.Replace(string.Join('\n', sql), @"@\w+", m => values.TryGetValue(m.Value, out var v) ? $"'{v}'" : m.Value);
        var connection = Db.Database.GetDbConnection();
        await Db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"EXPLAIN {text}";
            var plan = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }

            return plan;
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
    }
}
