namespace Versioner.Studio.Standalone;

/// <summary>The database engines the tool opens.</summary>
internal enum DatabaseProvider
{
    /// <summary>A SQLite database file.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database.</summary>
    Postgres,
}
