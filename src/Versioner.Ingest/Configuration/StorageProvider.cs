namespace Versioner.Ingest.Configuration;

/// <summary>The database the history is kept in.</summary>
internal enum StorageProvider
{
    /// <summary>A SQLite file (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database.</summary>
    PostgreSql,
}
