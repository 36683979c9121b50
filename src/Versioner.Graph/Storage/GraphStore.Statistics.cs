using System.Data.Common;
using Versioner.Model;

namespace Versioner.Internal;

/// <summary>
/// The planner's statistics on engines whose planner plans by them (PostgreSQL): refreshed after a large transfer, and
/// after a repository's commits have written a large part of the history since the tables were last analyzed.
/// </summary>
internal sealed partial class GraphStore
{
    /// <summary>Versions written into PostgreSQL (a transfer's, or this store's commits') before the planner's statistics are refreshed or checked.</summary>
    internal const int StatisticsThreshold = 10_000;

    private long _versionsSinceStatistics;

    /// <summary>
    /// Refreshes the planner statistics of the graph's tables and every versioned type's table (<c>ANALYZE</c>).
    /// Runs on the context's connection; tables the connection's role may not analyze are skipped by the server with a
    /// warning.
    /// </summary>
    public Task RefreshStatisticsAsync(CancellationToken cancellationToken)
    {
        var tables = new[] { SystemTables.Commits, SystemTables.CommitParents, SystemTables.Entities, SystemTables.Changes, SystemTables.Documents, SystemTables.Pruned }
            .Concat(Model.Types.Select(t => t.Table));
        return ExecuteAsync($"ANALYZE {string.Join(", ", tables)}", [], [], cancellationToken);
    }

    /// <summary>Counts <paramref name="versions"/> a commit of this store is writing (see <see cref="RefreshStaleStatisticsAsync"/>).</summary>
    public void NoteVersionsWritten(int versions) => _versionsSinceStatistics += versions;

    /// <summary>
    /// Each time this store's commits have written <see cref="StatisticsThreshold"/> versions, analyzes the tables when
    /// autovacuum's own rule says they are due and it has not got to them (<see cref="Storage.Dialects.Dialect.StaleStatisticsSql"/>).
    /// Autovacuum analyzes only on its next round, a minute apart by default and later on a busy server: until then a
    /// planner with no statistics estimates one row for a snapshot's change rows and reads the snapshot by an index probe
    /// per entity, and one with statistics from a tenth of the rows hashes the larger side of the join. Skipped inside a
    /// caller's transaction (a later commit checks).
    /// </summary>
    public async Task RefreshStaleStatisticsAsync(CancellationToken cancellationToken)
    {
        if (_versionsSinceStatistics < StatisticsThreshold || Db.Database.CurrentTransaction is not null
            || Dialect.StaleStatisticsSql(SystemTables.Changes) is not { } stale)
        {
            return;
        }

        _versionsSinceStatistics = 0;
        try
        {
            var due = await QueryAsync(stale, [], [], reader => reader.GetBoolean(0), cancellationToken).ConfigureAwait(false);
            if (due is [true])
            {
                await RefreshStatisticsAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException)
        {
            // The commit is made; statistics only speed later reads, and autovacuum takes them in its next round.
        }
    }
}
