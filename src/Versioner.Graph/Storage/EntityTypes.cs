using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// The entity types a database holds: which type each eternal id is (<c>versioner_entities</c>), and which types have
/// history at all (the change rows, <see cref="ChangeReads.NextTypeSql"/>), each answered by one statement over an index.
/// </summary>
internal static class EntityTypes
{
    /// <summary>
    /// The type of each eternal id in the list parameter <c>@p0</c> that exists (columns <c>eternal_id</c>,
    /// <c>entity_type</c>): a primary-key probe per id.
    /// </summary>
    public static string ByIdSql(Dialect dialect) =>
        $"SELECT eternal_id, entity_type FROM {SystemTables.Entities} WHERE {dialect.InIdList("eternal_id", "@p0")}";

    /// <summary>
    /// Every entity type some commit (working or finalized) changed, removals included, in ordinal order: typed
    /// versioned types and document types alike. A loose index scan: one probe per type (the next name after the
    /// last), never a pass over the rows, so its cost follows the number of types, not of versions. No recursive query:
    /// every engine (SQL Server too, which refuses a recursive reference inside a subquery) runs the same statement.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WithHistoryAsync(GraphStore store, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        var after = "";
        await store.Db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false); // one connection (and one prepared statement) for every probe
        try
        {
            while (true)
            {
                var next = await store.QueryKeptAsync(ChangeReads.NextTypeSql(store), [store.Map.Text], [after], reader => reader.IsDBNull(0) ? null : reader.GetString(0), cancellationToken)
                    .ConfigureAwait(false);
                if (next is not [{ } name])
                {
                    break;
                }

                names.Add(name);
                after = name;
            }
        }
        finally
        {
            await store.Db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        // The engine's collation ordered the probes; callers get one order on every engine.
        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
