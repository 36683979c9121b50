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
        DatabaseReadOnlyException =>
            "The database refused to be written: it is read-only (a read-only file or folder, Mode=ReadOnly in the connection string, "
            + "a hot standby or a read-only login). Nothing was changed: to change it, make it writable or name a writable copy.",
        // The engine's advice is a call to make with the application's context; the tool cannot make it, the application can.
        UndescribedTypeException e =>
            $"The tool needs to read {e.EntityType} for this, and cannot without the application's classes: the database records no "
            + $"description of {e.EntityType} it can use (the application last opened it with a Versioner older than 0.2, or the "
            + $"description is damaged), or a field of {e.EntityType} is stored through a value converter of the application's. "
            + $"Start the application once with this version of Versioner: opening the database with its model records {e.EntityType}'s "
            + "description again (a field stored through the application's converter stays readable by the application only).",
        // A refusal of no kind the engine names (a query on a table changed or dropped outside Versioner, say).
        DatabaseException { IsTransient: false } e when e.GetType() == typeof(DatabaseException) =>
            $"{e.Message} If Versioner's tables were changed outside Versioner, versioner verify names what is damaged.",
        _ => exception.Message,
    };

    /// <summary>The provider's reason, without the SQLSTATE code Npgsql puts before PostgreSQL's own text ("28P01: password ...").</summary>
    public static string ProviderReason(Exception exception) =>
        exception.GetBaseException() is PostgresException postgres ? postgres.MessageText : exception.GetBaseException().Message;
}
