using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Versioner.Studio.Standalone;

/// <summary>
/// A database named by its text, the one reading of it shared by the command line (<c>--db</c>, <c>VERSIONER_DB</c>,
/// the other side of compare, push and pull) and the standalone Studio (<c>--db</c>): a SQLite path or a connection
/// string, with its engine told by <c>--provider</c> or recognised from the text.
/// </summary>
/// <param name="Provider">The engine.</param>
/// <param name="ConnectionString">The connection string, normalised by the engine's builder (a SQLite file is created only when asked for: <see cref="Parse"/>'s <c>mayCreate</c>).</param>
/// <param name="Display">What messages name: the SQLite path as given, or <c>host:port/database</c> (never a password).</param>
/// <param name="GivenAsPath">True when the text was a SQLite path, not a connection string (for messages saying what to check).</param>
internal sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, string Display, bool GivenAsPath = false)
{
    /// <summary>The environment variable the command line reads when <c>--db</c> is not given.</summary>
    public const string EnvironmentVariable = "VERSIONER_DB";

    /// <summary>The engine and the database, for a line that says what is open (<c>SQLite /full/path.db</c>).</summary>
    public string Description => Provider == DatabaseProvider.Sqlite ? $"SQLite {Path.GetFullPath(Display)}" : $"PostgreSQL {Display}";

    /// <summary>
    /// Why a database that opened holds no Versioner history (<see cref="NotVersionerDatabaseException"/>) and what to
    /// check, worded for what was given: a path, a SQLite connection string or a PostgreSQL one. The engine's own message
    /// speaks of a connection string, which a path is not.
    /// </summary>
    public string NotVersionerDatabase => Provider switch
    {
        DatabaseProvider.Sqlite when GivenAsPath =>
            "the file holds no Versioner history (none of Versioner's tables). Check that the path names the application's database file, the one it opens with Versioner.",
        DatabaseProvider.Sqlite =>
            "the file holds no Versioner history (none of Versioner's tables). Check that Data Source in the connection string names the application's database file, the one it opens with Versioner.",
        _ =>
            "it holds no Versioner history that this login can read (none of Versioner's tables). Check that Database in the connection string names the application's database, and that Username may read Versioner's tables.",
    };

    /// <summary>What to check when the database cannot be reached or read, for what was given.</summary>
    public string Advice => Provider == DatabaseProvider.Sqlite
        ? "Check that the file is a Versioner database and readable."
        : "Check the host, port, database name, user and password in the connection string, and that the server is running.";

    /// <summary>
    /// Why a database could not be read at all, in words for an opening (the engine's <see cref="DatabaseException"/>
    /// is worded for any operation, a write's included: "Nothing of it was committed"): locked by another writer, not a
    /// SQLite file, a WAL file its directory does not let this user make, a server or login refusing. Null for any other
    /// error (the engine's message is used). The command line and the standalone Studio say the same.
    /// </summary>
    public string? Unreadable(DatabaseException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } =>
                "another connection holds a lock on it (database is locked) and did not release it in time. Nothing was read; try again when the other writer is done.",
            SqliteException { SqliteErrorCode: SqliteNotADatabase } =>
                "the file is not a SQLite database (SQLite: file is not a database). Check that the path names the application's database file.",
            SqliteException { SqliteErrorCode: SqliteReadOnly or SqliteCantOpen } =>
                $"SQLite cannot read it from here ({Reason(exception.InnerException)}): a database in WAL mode needs its -wal and -shm files beside it, which this user may not create. "
                + "Give this user write access to the file's directory, or copy the database (with any -wal file) somewhere writable.",
            SqliteException { SqliteErrorCode: not SqliteError } sqlite => $"SQLite cannot read it: {Reason(sqlite)}. {Advice}",
            PostgresException { SqlState: not "42P01" } postgres => $"{Sentence(postgres.MessageText)} {Advice}",
            NpgsqlException npgsql when npgsql is not PostgresException => $"{Sentence(npgsql.Message)} {Advice}",
            _ => null,
        };
    }

    /// <summary>SQLite's own words, without Microsoft.Data.Sqlite's "SQLite Error 5: '...'." around them.</summary>
    private static string Reason(Exception sqlite)
    {
        var message = sqlite.Message;
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        return start >= 0 && end > start ? message[(start + 1)..end] : message;
    }

    private static string Sentence(string text) => text.TrimEnd().EndsWith('.') ? text.TrimEnd() : text.TrimEnd() + ".";

    private const int SqliteError = 1;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    /// <summary>
    /// Recognises the engine: <paramref name="provider"/> when given; otherwise a path ending in <c>.db</c>,
    /// <c>.sqlite</c> or <c>.sqlite3</c>, or a <c>Data Source=</c> string, is SQLite, and a string with <c>Host=</c>
    /// (or <c>Server=</c>) is PostgreSQL. A SQLite file must exist.
    /// </summary>
    /// <param name="text">The path or connection string.</param>
    /// <param name="provider">The engine named by <c>--provider</c>, or null to recognise it from <paramref name="text"/>.</param>
    /// <param name="role">The option or argument that named it, for messages.</param>
    /// <param name="mayCreate">A SQLite file that does not exist is accepted, and created when opened (<c>push --create</c>); otherwise it is refused.</param>
    /// <exception cref="InvalidDatabaseTargetException">No database named, its engine cannot be told, no such SQLite file, or not a connection string of its engine.</exception>
    public static DatabaseTarget Parse(string? text, DatabaseProvider? provider = null, string role = "--db", bool mayCreate = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidDatabaseTargetException(
                $"No database given: pass {role} <path or connection string> (a SQLite file such as shop.db, or Host=...;Database=... for PostgreSQL) or set {EnvironmentVariable}.");
        }

        text = text.Trim();
        if (provider is null && (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidDatabaseTargetException(
                $"{role}: a postgres:// URL is not read; write the PostgreSQL connection string as Host=...;Port=...;Database=...;Username=...;Password=....");
        }

        var detected = provider ?? Detect(text) ?? throw new InvalidDatabaseTargetException(
            $"Cannot tell the engine of '{Redacted(text)}': give a SQLite file ending in .db or .sqlite (or Data Source=PATH), a PostgreSQL connection string with Host=..., or say which with --provider sqlite|postgres.");
        return detected switch
        {
            DatabaseProvider.Sqlite => ForSqlite(text, mayCreate),
            _ => ForPostgres(text),
        };
    }

    /// <summary>A new, closed connection of the engine's driver, for <see cref="Repository.OpenAsync(DbConnection, RepositoryOptions?, CancellationToken)"/>.</summary>
    /// <param name="readOnlyFile">Opens a SQLite file read-only (the engine then refuses writes at the file, too); no effect on PostgreSQL.</param>
    public DbConnection NewConnection(bool readOnlyFile = false)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            return new NpgsqlConnection(ConnectionString);
        }

        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        if (readOnlyFile)
        {
            builder.Mode = SqliteOpenMode.ReadOnly;
        }

        return new SqliteConnection(builder.ConnectionString);
    }

    private static DatabaseProvider? Detect(string text)
    {
        if (HasKey(text, "Host") || HasKey(text, "Server"))
        {
            return DatabaseProvider.Postgres;
        }

        if (HasKey(text, "Data Source") || HasKey(text, "DataSource") || HasKey(text, "Filename")
            || text.EndsWith(".db", StringComparison.OrdinalIgnoreCase)
            || text.EndsWith(".sqlite", StringComparison.OrdinalIgnoreCase)
            || text.EndsWith(".sqlite3", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        return null;
    }

    private static bool HasKey(string text, string key) =>
        text.Contains(';') || text.Contains('=')
            ? text.Split(';').Any(part => part.Split('=', 2) is [var k, _] && string.Equals(k.Trim(), key, StringComparison.OrdinalIgnoreCase))
            : false;

    private static DatabaseTarget ForSqlite(string text, bool mayCreate)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = text.Contains('=') ? new SqliteConnectionStringBuilder(text) : new SqliteConnectionStringBuilder { DataSource = text };
        }
        catch (ArgumentException e)
        {
            throw new InvalidDatabaseTargetException(
                $"'{Redacted(text)}' is not a SQLite connection string: {Fault(text, new SqliteConnectionStringBuilder(), "SQLite")}. Give the file's path (shop.db), or write Data Source=PATH (each setting as Name=value, separated by semicolons).", e);
        }

        var path = builder.DataSource;
        var missing = !File.Exists(path);
        if (missing && !mayCreate)
        {
            throw new InvalidDatabaseTargetException(
                $"No SQLite database at {Path.GetFullPath(path)}: check the path (a database is never created here).");
        }

        // ReadWrite, not ReadWriteCreate: a mistyped path must not leave an empty database behind. Only a file asked for
        // (push --create) is created.
        builder.Mode = builder.Mode == SqliteOpenMode.ReadOnly ? SqliteOpenMode.ReadOnly : missing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite;
        return new DatabaseTarget(DatabaseProvider.Sqlite, builder.ConnectionString, path, GivenAsPath: !text.Contains('='));
    }

    private static DatabaseTarget ForPostgres(string text)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            return new DatabaseTarget(DatabaseProvider.Postgres, builder.ConnectionString, $"{builder.Host}:{builder.Port}/{builder.Database}");
        }
        catch (ArgumentException e)
        {
            throw new InvalidDatabaseTargetException(
                $"'{Redacted(text)}' is not a PostgreSQL connection string: {Fault(text, new NpgsqlConnectionStringBuilder(), "PostgreSQL")}. Write it as Host=...;Port=5432;Database=...;Username=...;Password=... (each setting as Name=value, separated by semicolons).", e);
        }
    }

    /// <summary>
    /// What is wrong with a connection string <paramref name="builder"/>'s driver refused, found setting by setting: the
    /// driver's own text ("Format of the initialization string does not conform to specification starting at index 7",
    /// "Couldn't set hots") names neither the setting nor what to write. Never repeats a password.
    /// </summary>
    private static string Fault(string text, DbConnectionStringBuilder builder, string engine)
    {
        foreach (var part in text.Split(';').Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (part.Split('=', 2) is not [var name, var value] || name.Trim().Length == 0)
            {
                return $"'{(IsPassword(part.Split('=', 2)[0].Trim()) ? "Password=..." : part)}' is not a setting (Name=value)";
            }

            name = name.Trim();
            value = value.Trim();
            if (!builder.ContainsKey(name))
            {
                return $"{engine}'s connection strings have no setting '{name}'";
            }

            if (value.Length > 0 && (value[0] == '\'' || value[0] == '"') && (value.Length == 1 || value[^1] != value[0]))
            {
                return $"the quote that opens the value of {name} is not closed";
            }

            try
            {
                builder[name] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
            {
                return IsPassword(name) ? $"the value of {name} cannot be read" : $"'{value}' is not a value {name} takes";
            }
        }

        return "it is not a list of settings (Name=value, separated by semicolons)";
    }

    private static bool IsPassword(string key) =>
        key.StartsWith("Password", StringComparison.OrdinalIgnoreCase) || key.Equals("Pwd", StringComparison.OrdinalIgnoreCase) || key.Equals("Psw", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text with any password left out (<c>Password</c> and Npgsql's synonyms <c>Pwd</c>, <c>Psw</c>), for messages.</summary>
    private static string Redacted(string text) =>
        string.Join(';', text.Split(';').Where(part => !IsPassword(part.Split('=', 2)[0].Trim())));
}
