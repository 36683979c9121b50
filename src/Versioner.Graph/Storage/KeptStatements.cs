using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Versioner.Internal;

/// <summary>
/// The hot reads' statements kept prepared on one open connection, by model and SQL text, where preparing is a large
/// part of a small read (<see cref="Storage.Dialects.Dialect.KeepsStatements"/>: SQLite, in process). They live while
/// the connection stays open and are dropped when it closes: Microsoft.Data.Sqlite disposes a connection's commands on
/// close, and a command used again after that prepares again untracked, so its statement would outlive the connection's
/// handle (SQLite error 21 once the pool reuses or closes it). Several contexts on one connection share them (keyed by
/// the model too, whose type mappings bind the parameters).
/// </summary>
internal sealed class KeptStatements
{
    /// <summary>Statements kept per connection at most: past it, reads prepare as before (a bound, not a cache policy; the hot texts number a few per type).</summary>
    internal const int Limit = 128;

    private static readonly ConditionalWeakTable<DbConnection, KeptStatements> ByConnection = new();

    private readonly Dictionary<(IModel Model, string Sql), Statement> _statements = [];

    private KeptStatements(DbConnection connection) => connection.StateChange += (_, change) =>
    {
        if (change.CurrentState != ConnectionState.Open)
        {
            Release();
        }
    };

    /// <summary>How many statements are kept on <paramref name="connection"/> (tests read it).</summary>
    internal static int CountOn(DbConnection connection) => ByConnection.TryGetValue(connection, out var kept) ? kept._statements.Count : 0;

    /// <summary>
    /// The statement for <paramref name="sql"/> on <paramref name="db"/>'s connection, which must be open, enlisted in the
    /// context's current transaction; null when the connection keeps <see cref="Limit"/> statements already. Not to be
    /// disposed by the caller.
    /// </summary>
    public static Statement? For(DbContext db, string sql, RelationalTypeMapping?[] mappings)
    {
        var connection = db.Database.GetDbConnection();
        var kept = ByConnection.GetValue(connection, c => new KeptStatements(c));
        var key = (db.Model, sql);
        if (!kept._statements.TryGetValue(key, out var statement))
        {
            if (kept._statements.Count >= Limit)
            {
                return null;
            }

            kept._statements[key] = statement = new Statement(db, sql, mappings);
        }

        statement.Enlist(db);
        return statement;
    }

    private void Release()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }
}
