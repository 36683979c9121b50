namespace Versioner.Ingest.Configuration;

/// <summary>Where versions are stored: <c>Versioner:Storage</c>.</summary>
internal sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The provider's connection string. Default: a SQLite file <c>versioner.db</c> in the working directory.</summary>
    public string ConnectionString { get; set; } = IngestDefaults.ConnectionString;

    /// <summary>The branch ingested versions are committed to. The service must be its only writer.</summary>
    public string Branch { get; set; } = IngestDefaults.Branch;
}
