using Microsoft.Data.Sqlite;
using Npgsql;

namespace Versioner.Cli.Opening;

/// <summary>
/// A database named on the command line: <c>--db</c> (or <c>VERSIONER_DB</c>), a SQLite path or a connection string,
/// with its engine told by <c>--provider</c> or recognised from the text.
/// </summary>
internal sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, string Display)
{
    /// <summary>The environment variable read when <c>--db</c> is not given.</summary>
    public const string EnvironmentVariable = "VERSIONER_DB";

    /// <summary>
    /// Recognises the engine: <paramref name="provider"/> when given; otherwise a path ending in <c>.db</c>,
    /// <c>.sqlite</c> or <c>.sqlite3</c>, or a <c>Data Source=</c> string, is SQLite, and a string with <c>Host=</c> is
    /// PostgreSQL.
    /// </summary>
    /// <exception cref="CannotOpenDatabaseException">No database named, or its engine cannot be told.</exception>
    public static DatabaseTarget Parse(string? text, DatabaseProvider? provider, string role = "--db")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CannotOpenDatabaseException(
                $"No database given: pass {role} <path or connection string> (a SQLite file such as shop.db, or Host=...;Database=... for PostgreSQL) or set {EnvironmentVariable}.");
        }

        text = text.Trim();
        var detected = provider ?? Detect(text) ?? throw new CannotOpenDatabaseException(
            $"Cannot tell the engine of '{Redacted(text)}': give a SQLite file ending in .db or .sqlite, a PostgreSQL connection string with Host=..., or say which with --provider sqlite|postgres.");
        return detected switch
        {
            DatabaseProvider.Sqlite => ForSqlite(text),
            _ => ForPostgres(text),
        };
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

    private static DatabaseTarget ForSqlite(string text)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = text.Contains('=') ? new SqliteConnectionStringBuilder(text) : new SqliteConnectionStringBuilder { DataSource = text };
        }
        catch (ArgumentException e)
        {
            throw new CannotOpenDatabaseException($"'{text}' is not a SQLite path or connection string ({e.Message}).", e);
        }

        var path = builder.DataSource;
        if (!File.Exists(path))
        {
            throw new CannotOpenDatabaseException(
                $"No SQLite database at {Path.GetFullPath(path)}: check the path (the tool never creates a database).");
        }

        // ReadWrite, not ReadWriteCreate: a mistyped path must not leave an empty database behind.
        builder.Mode = builder.Mode == SqliteOpenMode.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite;
        return new DatabaseTarget(DatabaseProvider.Sqlite, builder.ConnectionString, path);
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
            throw new CannotOpenDatabaseException($"'{Redacted(text)}' is not a PostgreSQL connection string ({e.Message}); write it as Host=...;Database=...;Username=...;Password=....", e);
        }
    }

    /// <summary>The text with any password left out, for messages.</summary>
    private static string Redacted(string text) =>
        string.Join(';', text.Split(';').Where(part => !part.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
