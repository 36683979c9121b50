using Microsoft.Data.Sqlite;
using Npgsql;

namespace Versioner.Cli.Running;

/// <summary>
/// The tool's own wording of the engine's refusals whose message advises a .NET caller (a method to call, an option to
/// set) where a command-line user needs a command to type. Built from the exception's type and data, never from its
/// text; every other engine message is shown as the engine wrote it.
/// </summary>
internal static class EngineMessages
{
    /// <summary>What to tell a command-line user about <paramref name="exception"/>.</summary>
    public static string For(VersionerException exception) => exception switch
    {
        StorageUpgradeRequiredException e =>
            $"This database is in Versioner storage format {e.Format}; this version of the tool reads and writes format {e.Current}. "
            + "Upgrade it once with versioner upgrade (--db naming this database), as the role that owns Versioner's tables: it keeps "
            + "every commit, version and checksum. Nothing was read or changed.",
        DatabaseException e when IsReadOnly(e) =>
            "The database refused to be written: it is read-only (a read-only file or folder, Mode=ReadOnly in the connection string, "
            + "a hot standby or a read-only login). Nothing was changed: to change it, make it writable or name a writable copy.",
        _ => exception.Message,
    };

    /// <summary>
    /// A database error that reached the tool unwrapped (a query the engine composes for a read, run on a database
    /// whose tables were changed outside Versioner): the engine's refusal wording, with the provider's reason.
    /// </summary>
    public static string For(System.Data.Common.DbException exception) =>
        $"The database refused the operation: {ProviderReason(exception).TrimEnd('.')}. Nothing of it was committed. If Versioner's tables were "
        + "changed outside Versioner, versioner verify names what is damaged.";

    /// <summary>The provider's reason, without the SQLSTATE code Npgsql puts before PostgreSQL's own text ("28P01: password ...").</summary>
    public static string ProviderReason(Exception exception) =>
        exception.GetBaseException() is PostgresException postgres ? postgres.MessageText : exception.GetBaseException().Message;

    /// <summary>Whether the engine refused a write because the database or the connection is read-only (SQLite's SQLITE_READONLY, PostgreSQL's 25006).</summary>
    private static bool IsReadOnly(DatabaseException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteReadOnly,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction,
        _ => false,
    };

    private const int SqliteReadOnly = 8;
}
