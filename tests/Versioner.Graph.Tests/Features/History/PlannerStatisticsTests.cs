using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Versioner.Tests.Infrastructure;
using Versioner.Tests.Model;

namespace Versioner.Tests.Features;

/// <summary>
/// PostgreSQL plans by statistics, and autovacuum takes them only on its next round: a history written by commits into
/// a database the server never analyzed leaves them, so a snapshot read of everything right after the load is planned
/// as one pass over the versions, not for a guess of how many versions the range adopted. Read from the plan;
/// timings are the benchmark's business. (SQLite plans without statistics the same way and is not analyzed.)
/// </summary>
public sealed class PlannerStatisticsTests : GraphTest<PostgresProvider>
{
    [GraphFact]
    public async Task Commits_of_a_large_history_leave_statistics_that_plan_a_snapshot_read_as_one_pass_over_the_versions()
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
        (await AnalyzedAsync("Books")).Should().BeFalse("a type's table no commit wrote is not read again");
        // The versions in effect are read from their rows in one pass; the statistics say the range adopted none, so
        // the adoptions' arm is planned for a handful of rows (a per-row probe of the versions is then the cheap plan).
        var plan = await PlanAsync(query.ToQueryString());
        plan.Should().Contain(l => l.Contains("Seq Scan on \"Authors\""), string.Join("\n", plan));
        plan.Where(l => l.Contains("Nested Loop")).Should().OnlyContain(l => EstimatedRows(l) < 100, string.Join("\n", plan));
        (await query.CountAsync()).Should().Be(10_000);
    }

    [GraphFact]
    public async Task Commits_of_a_large_history_leave_statistics_that_plan_a_branch_history_as_one_read_of_the_entitys_rows()
    {
        // The refs and segments tables hold a few rows, which autovacuum never analyzes: never analyzed, the planner
        // guessed a page of refs and read the entity's rows once per commit of the history (joining the branch's head
        // last) rather than once.
        var ws = await Repo.CheckoutAsync();
        Author? first = null;
        for (var batch = 0; batch < 20; batch++)
        {
            var authors = Enumerable.Range(0, 500).Select(i => new Author { Name = $"author {batch}.{i}" }).ToArray();
            await ws.SaveAllAsync(authors);
            await ws.FinalizeAsync("ada", $"batch {batch}");
            first ??= authors[0];
        }

        for (var rename = 0; rename < 20; rename++)
        {
            first!.Name = $"ada, renamed {rename}";
            await ws.SaveAsync(first);
            await ws.FinalizeAsync("ada", $"rename {rename}");
        }

        var type = Repo.Store.Model.Get(typeof(Author));
        var sql = Versioner.Repository.HistorySql(Repo.Store, Versioner.Repository.HistoryOnRefJoin, "1 = 1", 101, type, type);

        var plan = await PlanAsync($"-- @p0='{first!.EternalId}'\n-- @p1='0'\n-- @p2='main'\n{sql}", analyze: true);

        var text = string.Join("\n", plan);
        var entityRows = plan.Where(l => l.Contains("Index Scan using \"IX_Authors_EternalId_versioner_segment_versioner_depth\"")).ToList();
        entityRows.Should().NotBeEmpty(text);
        entityRows.Should().OnlyContain(l => l.Contains("loops=1)"), text);
        (await AnalyzedAsync("versioner_refs")).Should().BeTrue("the store's commits moved a ref, and the table was never analyzed");
        (await AnalyzedAsync("versioner_segments")).Should().BeTrue();
        (await Repo.HistoryAsync<Author>(first!.EternalId, "main")).Should().HaveCount(21);
    }

    [GraphFact]
    public async Task A_finalize_cancelled_once_its_commit_is_made_returns_the_commit_not_a_cancellation()
    {
        // The token is cancelled as soon as the commit's transaction commits: the statistics check that follows must
        // not turn a made commit into an OperationCanceledException.
        using var cancel = new CancellationTokenSource();
        var interceptor = new CancelAtNextCommit(cancel);
        var db = NewContext(interceptor);
        var repo = await Repository.OpenAsync(db);
        var ws = await repo.CheckoutAsync();
        for (var batch = 0; batch < 9; batch++)
        {
            await ws.SaveAllAsync(Enumerable.Range(0, 1_000).Select(i => new Author { Name = $"author {batch}.{i}" }).ToArray());
            await ws.FinalizeAsync("ada", $"batch {batch}");
        }

        await ws.SaveAllAsync(Enumerable.Range(0, 1_000).Select(i => new Author { Name = $"last {i}" }).ToArray());
        interceptor.Armed = true;
        var tenth = await ws.FinalizeAsync("ada", "the tenth thousand", cancel.Token);

        cancel.IsCancellationRequested.Should().BeTrue("the token was cancelled once the commit was made");
        (await Repo.LogAsync("main"))[0].Id.Should().Be(tenth.Id);
    }

    /// <summary>Cancels <paramref name="cancel"/> once a transaction commits after <see cref="Armed"/> is set.</summary>
    private sealed class CancelAtNextCommit(CancellationTokenSource cancel) : Microsoft.EntityFrameworkCore.Diagnostics.DbTransactionInterceptor
    {
        public bool Armed { get; set; }

        public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, Microsoft.EntityFrameworkCore.Diagnostics.TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (Armed)
            {
                cancel.Cancel();
            }

            return Task.CompletedTask;
        }
    }

    [GraphFact]
    public async Task Rows_this_process_wrote_count_before_the_server_reports_them()
    {
        // A backend reports its changes to the server's counters only every second or so, later when busy: the check
        // right after a large commit must not depend on that (a CI run once found versioner_changes not analyzed).
        await Db.Database.ExecuteSqlRawAsync("CREATE TABLE counted_later (id int)");
        await Db.Database.ExecuteSqlRawAsync("ANALYZE counted_later");
        var sql = Versioner.Storage.Dialects.PostgresDialect.Instance.StaleStatisticsSql([("counted_later", 51), ("versioner_commits", 0)])!;
        var few = Versioner.Storage.Dialects.PostgresDialect.Instance.StaleStatisticsSql([("counted_later", 50)])!;

        (await DueAsync(sql))
            .Should().Equal("counted_later");
        (await DueAsync(few))
            .Should().BeEmpty("50 rows plus a tenth of the table is autovacuum's threshold");
    }

    [GraphFact]
    public async Task A_table_never_analyzed_is_due_once_this_process_writes_a_row_of_it()
    {
        // Autovacuum never analyzes a table of a few rows (its threshold is 50 changed rows): one written is enough here.
        await Db.Database.ExecuteSqlRawAsync("CREATE TABLE never_analyzed (id int)");
        var written = Versioner.Storage.Dialects.PostgresDialect.Instance.StaleStatisticsSql([("never_analyzed", 1)])!;
        var untouched = Versioner.Storage.Dialects.PostgresDialect.Instance.StaleStatisticsSql([("never_analyzed", 0)])!;

        (await DueAsync(written))
            .Should().Equal("never_analyzed");
        (await DueAsync(untouched))
            .Should().BeEmpty("a table this process did not write is left alone, analyzed or not");
    }

    [GraphFact]
    public async Task A_small_history_leaves_statistics_to_autovacuum()
    {
        await CommitAsync("one", new Author { Name = "ada" });

        (await Db.Database.SqlQueryRaw<DateTimeOffset?>("SELECT last_analyze AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'versioner_changes'").SingleAsync())
            .Should().BeNull();
    }

    [GraphFact]
    public async Task A_chain_of_three_thousand_segments_is_read_by_key_at_each_step_not_by_hashing_the_segments_table()
    {
        // A first-parent path crosses a segment per fork on it (a commit placed where another branch pointed), read
        // in one recursive statement when no chain is kept. A stand-in of the segments table (a temporary table,
        // searched first, analyzed) holds a chain of 3,000: each step must read its parent's row by key (a recursive
        // join was planned for ten rows a step and hashed the whole table at every step).
        await using var transaction = await Db.Database.BeginTransactionAsync();
        await Db.Database.ExecuteSqlRawAsync("CREATE TEMPORARY TABLE versioner_segments (LIKE public.versioner_segments INCLUDING INDEXES) ON COMMIT DROP");
        await Db.Database.ExecuteSqlRawAsync(
            "INSERT INTO versioner_segments (id, parent_segment, fork_depth) SELECT g, CASE WHEN g > 1 THEN g - 1 END, g FROM generate_series(1, 3000) g");
        await Db.Database.ExecuteSqlRawAsync("ANALYZE versioner_segments");

        var plan = await PlanAsync($"-- @p0='3000'\n{Versioner.Internal.AncestryPath.ChainSql(Versioner.Storage.Dialects.PostgresDialect.Instance)}", analyze: true);

        var text = string.Join("\n", plan);
        plan.Should().Contain(l => l.Contains("CTE Scan on chain") && l.Contains("rows=3000 loops=1)"), text);
        plan.Should().NotContain(l => l.Contains("Seq Scan on versioner_segments") || l.Contains("Hash Join"), text);
        await transaction.RollbackAsync();
    }

    [GraphFact]
    public async Task Closing_the_rows_a_commit_supersedes_seeks_the_entity_path_index_even_without_statistics()
    {
        // A push writes every commit in one transaction, where the change rows it wrote have no statistics yet. A
        // stand-in of the change table (a temporary table, searched first, never analyzed) holds 50,000 open rows of one
        // segment: the closing must read the commit's five entities through their index, not the segment's rows.
        await using var transaction = await Db.Database.BeginTransactionAsync();
        await Db.Database.ExecuteSqlRawAsync("CREATE TEMPORARY TABLE versioner_changes (LIKE public.versioner_changes INCLUDING INDEXES) ON COMMIT DROP");
        await Db.Database.ExecuteSqlRawAsync(
            "INSERT INTO versioner_changes (commit_id, eternal_id, entity_type, adopted, segment, depth) "
            + "SELECT md5('c' || (g / 5))::uuid, md5('e' || g)::uuid, 'Author', false, 1, g / 5 FROM generate_series(0, 49999) g");
        var commit = await Db.Database.SqlQueryRaw<Guid>("SELECT md5('c9999')::uuid AS \"Value\"").SingleAsync();

        var plan = await PlanAsync($"-- @p0='9999'\n-- @p1='1'\n-- @p2='{commit}'\n{Versioner.Internal.ChangeTable.CloseIntervalsSql(Repo.Store)}");

        var text = string.Join("\n", plan);
        plan.Should().Contain(l => l.Contains("versioner_changes_eternal_id_segment_depth_idx") && l.Contains(" on versioner_changes"), text);
        plan.Should().NotContain(l => l.Contains("Nested Loop") || l.Contains("Seq Scan on versioner_changes") || l.Contains("entity_type_segment_depth_idx"), text);
        await transaction.RollbackAsync();
    }

    [GraphFact]
    public async Task Closing_the_rows_a_commit_supersedes_reads_each_entitys_open_row_alone_before_and_after_analysis()
    {
        // A stand-in of the change table (a temporary table, searched first) holds 1,000 entities with ten versions each
        // on one segment, each row closed at the next one's depth but the newest. The closing of a commit changing 100 of
        // them must read those entities' open rows alone, not their nine earlier ones, whether or not the table has
        // statistics (a push fills it in one transaction; a long-lived database has been analyzed).
        await using var transaction = await Db.Database.BeginTransactionAsync();
        await Db.Database.ExecuteSqlRawAsync("CREATE TEMPORARY TABLE versioner_changes (LIKE public.versioner_changes INCLUDING INDEXES) ON COMMIT DROP");
        await Db.Database.ExecuteSqlRawAsync(
            "INSERT INTO versioner_changes (commit_id, eternal_id, entity_type, adopted, segment, depth, until_depth) "
            + "SELECT md5('c' || d)::uuid, md5('e' || e)::uuid, 'Author', false, 1, d, CASE WHEN d < 9 THEN d + 1 END "
            + "FROM generate_series(0, 9) d, generate_series(0, 999) e");
        foreach (var (analyzed, depth) in new[] { (false, 10), (true, 11) })
        {
            if (analyzed)
            {
                await Db.Database.ExecuteSqlRawAsync("ANALYZE versioner_changes");
            }

            var first = (depth - 10) * 100;
            await Db.Database.ExecuteSqlRawAsync(
                "INSERT INTO versioner_changes (commit_id, eternal_id, entity_type, adopted, segment, depth) "
                + "SELECT md5('c' || {0})::uuid, md5('e' || e)::uuid, 'Author', false, 1, {0} FROM generate_series({1}, {1} + 99) e",
                depth, first);
            var commit = await Db.Database.SqlQueryRaw<Guid>("SELECT md5('c' || {0})::uuid AS \"Value\"", depth).SingleAsync();

            var plan = await PlanAsync(
                $"-- @p0='{depth}'\n-- @p1='1'\n-- @p2='{commit}'\n{Versioner.Internal.ChangeTable.CloseIntervalsSql(Repo.Store)}",
                analyze: true);

            var text = string.Join("\n", plan);
            plan.Should().Contain(l => l.Contains("Index Scan Backward using versioner_changes_eternal_id_segment_depth_idx") && l.Contains("rows=1 loops=100)"), text);
            plan.Should().NotContain(l => l.Contains("Rows Removed by Filter") || l.Contains("Nested Loop") || l.Contains("Seq Scan on versioner_changes"), text);
            (await Db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM versioner_changes WHERE until_depth = {0}", depth).SingleAsync())
                .Should().Be(100, "each of the commit's entities had one open row, now closed at its depth");
        }

        await transaction.RollbackAsync();
    }

    /// <summary>The tables a stale-statistics query (<see cref="Versioner.Storage.Dialects.Dialect.StaleStatisticsSql"/>) lists as due.</summary>
    private async Task<List<string>> DueAsync(string staleStatisticsSql) =>
        await Db.Database.SqlQueryRaw<string>(staleStatisticsSql.Replace("SELECT t.name", "SELECT t.name AS \"Value\"", StringComparison.Ordinal)).ToListAsync();

    private async Task<bool> AnalyzedAsync(string table) =>
        await Db.Database.SqlQueryRaw<DateTimeOffset?>(
            "SELECT coalesce(last_analyze, last_autoanalyze) AS \"Value\" FROM pg_stat_user_tables WHERE relname = {0}", table).SingleAsync() is not null;

    /// <summary>
    /// PostgreSQL's plan of EF's query text, its <c>-- @name='value'</c> lines put in as literals; run and measured
    /// (<c>EXPLAIN ANALYZE</c>) when <paramref name="analyze"/> is set.
    /// </summary>
    private async Task<List<string>> PlanAsync(string queryString, bool analyze = false)
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
            command.CommandText = analyze ? $"EXPLAIN (ANALYZE, COSTS OFF) {text}" : $"EXPLAIN {text}";
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

    private static long EstimatedRows(string planLine) =>
        long.Parse(Regex.Match(planLine, @"rows=(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
