using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// A caller's own filter on a snapshot query reaches the index it needs: <c>Query&lt;T&gt;()</c> filtered by eternal id
/// seeks that entity's changes rather than walking every change of the type on the path. Read from SQLite's plan (with
/// statistics, as <c>ANALYZE</c> or <c>PRAGMA optimize</c> leave them); timings are the benchmark's business.
/// </summary>
public sealed class SnapshotQueryPlanTests : GraphTest<SqliteProvider>
{
    [GraphFact]
    public async Task Query_filtered_by_eternal_id_seeks_the_entitys_changes()
    {
        var books = Enumerable.Range(0, 200).Select(i => new Book { Title = $"Book {i}" }).ToArray();
        await CommitAsync("books", books);
        await Db.Database.ExecuteSqlRawAsync("ANALYZE");
        var id = books[7].EternalId;
        var query = (await Repo.SnapshotAsync("main")).Query<Book>().Where(b => b.EternalId == id);

        var plan = await PlanAsync(query.ToQueryString());

        // Both arms of the read: the versions in effect by their own place (the type's index by entity and place), and the
        // versions the range adopted, from the change table alone (only a change row is an adoption), by an index.
        plan.Should().Contain(l => l.Contains("SEARCH") && l.Contains("USING INDEX IX_Books_EternalId_versioner_segment_versioner_depth (EternalId=? AND versioner_segment=? AND versioner_depth<?)"), string.Join("\n", plan));
        plan.Should().Contain(l => l.StartsWith("SEARCH v USING INDEX ix_versioner_changes_", StringComparison.Ordinal), string.Join("\n", plan));
        plan.Should().NotContain(l => l.Contains("Authors") || l.Contains("versioner_documents"), "the adoptions are read from the change table, not through every table of versions");
        plan.Should().NotContain(l => l.Contains("SCAN"), string.Join("\n", plan));
        (await query.ToListAsync()).Should().ContainSingle().Which.Title.Should().Be("Book 7");
    }

    [GraphFact]
    public async Task Closing_the_rows_a_commit_supersedes_seeks_each_entitys_open_row_alone()
    {
        // Each book gets five versions on main's segment; the closing of the sixth commit must seek each entity's one
        // open row (eternal id, segment and depth from the index) rather than read its four earlier rows to find it.
        var books = Enumerable.Range(0, 50).Select(i => new Book { Title = $"Book {i}" }).ToArray();
        await CommitAsync("books", books);
        for (var round = 1; round < 5; round++)
        {
            foreach (var book in books)
            {
                book.Title = $"{book.Title}'";
            }

            await CommitAsync($"round {round}", books);
        }

        await Db.Database.ExecuteSqlRawAsync("ANALYZE");
        var head = await Repo.FindCommitAsync("main");
        var row = await Db.Database.SqlQueryRaw<long>("SELECT segment AS \"Value\" FROM versioner_commits WHERE id = {0}", Versioner.Internal.IdBytes.Of(head.Id.Value)).SingleAsync();

        var parameters = $".param set @p0 1000\n.param set @p1 {row}\n.param set @p2 X'{Convert.ToHexString(Versioner.Internal.IdBytes.Of(head.Id.Value))}'\n";

        // The books' own rows (a version's row is its only record), then the change table's (adoptions, removals).
        var rows = await PlanAsync(parameters + Versioner.Internal.VersionTable.For(Repo.Store, "Book").CloseIntervalsSql(Repo.Store.Dialect));
        rows.Should().Contain(l => l.Contains("SEARCH Books USING INDEX IX_Books_EternalId_versioner_segment_versioner_depth (EternalId=? AND versioner_segment=? AND versioner_depth=?)"), string.Join("\n", rows));
        rows.Should().NotContain(l => l.Contains("SCAN"), string.Join("\n", rows));
        var changes = await PlanAsync(parameters + Versioner.Internal.ChangeTable.CloseIntervalsSql(Repo.Store));
        changes.Should().Contain(l => l.Contains("SEARCH versioner_changes USING INDEX ix_versioner_changes_entity_path (eternal_id=? AND segment=? AND depth=?)"), string.Join("\n", changes));
    }

    /// <summary>SQLite's plan of EF's query text (its <c>.param set</c> lines bound as parameters).</summary>
    private async Task<List<string>> PlanAsync(string queryString)
    {
        await using var connection = (SqliteConnection)Provider.NewConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var sql = new List<string>();
        foreach (var line in queryString.Split('\n'))
        {
            var parameter = Regex.Match(line, @"^\.param set (@\w+) (.*)$");
            if (parameter.Success)
            {
                var value = parameter.Groups[2].Value.Trim();
                command.Parameters.AddWithValue(parameter.Groups[1].Value, value switch
                {
                    _ when value.StartsWith("X'", StringComparison.Ordinal) => Convert.FromHexString(value[2..^1]), // a blob (ids since format 3)
                    _ when value.StartsWith('\'') => value.Trim('\''),
                    _ => long.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
                });
            }
            else
            {
                sql.Add(line);
            }
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', sql);
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}
