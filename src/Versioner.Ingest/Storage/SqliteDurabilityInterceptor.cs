using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Versioner.Ingest.Storage;

/// <summary>
/// Sets <c>synchronous=FULL</c> on every SQLite connection the service opens: in WAL mode a commit is then on disk
/// when it returns, so an acknowledgement always means durably stored (NORMAL could lose the last commits on power loss).
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteDurabilityInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
