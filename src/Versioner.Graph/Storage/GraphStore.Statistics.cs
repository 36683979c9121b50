using System.Data.Common;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// The planner's statistics on engines whose planner plans by them (PostgreSQL): refreshed after a large transfer, and
/// after a repository's commits have written a large part of the history since the tables were last analyzed.
/// </summary>
internal sealed partial class GraphStore
{
    /// <summary>Versions written into PostgreSQL (a transfer's, or this store's commits') before the planner's statistics are refreshed or checked.</summary>
    internal const int StatisticsThreshold = 10_000;

    /// <summary>
    /// Rows this store's commits wrote per table (as SQL names it) since its last statistics check; its change-table
    /// count is the versions written.
    /// </summary>
    private readonly Dictionary<string, long> _writtenSinceStatistics = new(StringComparer.Ordinal);

    /// <summary>
    /// Refreshes the planner statistics of the graph's tables and every versioned type's table (<c>ANALYZE</c>).
    /// Runs on the context's connection; tables the connection's role may not analyze are skipped by the server with a
    /// warning.
    /// </summary>
    public Task RefreshStatisticsAsync(CancellationToken cancellationToken) => AnalyzeAsync(StatisticsTables(), cancellationToken);

    /// <summary>
    /// The tables commits and transfers write: the graph's (the refs and segments too, which a history on a branch
    /// joins) and every versioned type's, as SQL names them.
    /// </summary>
    private string[] StatisticsTables() =>
        [.. CommitRowTables, SystemTables.Entities, SystemTables.Changes, SystemTables.Documents, SystemTables.Pruned, .. Model.Types.Select(t => t.Table)];

    private async Task AnalyzeAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken) =>
        await ExecuteAsync($"ANALYZE {string.Join(", ", tables)}", [], [], cancellationToken).ConfigureAwait(false);

    /// <summary>The tables a commit writes a row of (at most) besides its versions: its own, a parent link, its branch's ref, a new segment.</summary>
    private static readonly string[] CommitRowTables = [SystemTables.Commits, SystemTables.CommitParents, SystemTables.Refs, SystemTables.Segments];

    /// <summary>
    /// Counts what a commit of this store is writing: its versions, per table they go to, and a row of each of
    /// <see cref="CommitRowTables"/> (see <see cref="RefreshStaleStatisticsAsync"/>).
    /// </summary>
    public void NoteCommitWritten(IReadOnlyCollection<ChangeRow> changes)
    {
        Count(SystemTables.Changes, changes.Count);
        Count(SystemTables.Entities, changes.Count);
        foreach (var table in CommitRowTables)
        {
            Count(table, 1);
        }

        foreach (var type in changes.CountBy(c => c.EntityType))
        {
            if (Model.Find(type.Key) is { } versioned)
            {
                Count(versioned.Table, type.Value);
            }
        }

        void Count(string table, long rows) =>
            _writtenSinceStatistics[table] = _writtenSinceStatistics.GetValueOrDefault(table) + rows;
    }

    /// <summary>
    /// Each time this store's commits have written <see cref="StatisticsThreshold"/> versions, analyzes the tables that
    /// autovacuum's own rule says are due and it has not got to, and the tables they wrote that were never analyzed
    /// (<see cref="Storage.Dialects.Dialect.StaleStatisticsSql"/>), and only those: a model's tables that were not
    /// written are not read again. A table of a few rows (the refs, the segments) never reaches autovacuum's threshold,
    /// and never analyzed the planner guesses it at a page of rows: it then read a branch's history by joining the
    /// entity's rows once per commit rather than once (docs/performance.md, "A history's plan on a never-analyzed ref
    /// table"). What this store wrote counts even where the server's own counters do not show it yet (a backend reports
    /// them only every second or so, later when busy).
    /// Autovacuum analyzes only on its next round, a minute apart by default and later on a busy server: until then a
    /// planner with no statistics estimates one row for a snapshot's change rows and reads the snapshot by an index probe
    /// per entity, and one with statistics from a tenth of the rows hashes the larger side of the join. Skipped inside a
    /// caller's transaction (a later commit checks).
    /// </summary>
    public async Task RefreshStaleStatisticsAsync(CancellationToken cancellationToken)
    {
        if (_writtenSinceStatistics.GetValueOrDefault(SystemTables.Changes) < StatisticsThreshold || Db.Database.CurrentTransaction is not null
            || Dialect.StaleStatisticsSql(StatisticsTables().Select(t => (t, _writtenSinceStatistics.GetValueOrDefault(t))).ToList()) is not { } stale)
        {
            return;
        }

        _writtenSinceStatistics.Clear();
        try
        {
            var due = await QueryAsync(stale, [], [], reader => reader.GetString(0), cancellationToken).ConfigureAwait(false);
            if (due.Count > 0)
            {
                await AnalyzeAsync(due, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is DbException or OperationCanceledException)
        {
            // The commit is made (a cancellation now must not report it as not made); statistics only speed later
            // reads, and autovacuum takes them in its next round.
        }
    }
}
