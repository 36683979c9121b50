namespace Versioner.Ingest.Configuration;

/// <summary>The defaults of every option, in one place (docs/ingest.md lists them).</summary>
internal static class IngestDefaults
{
    public const string ConnectionString = "Data Source=versioner.db";
    public const string Branch = "main";
    public const string ApiKeyHeader = "X-Api-Key";
    public const int GroupMaxVersions = 100;

    /// <summary>
    /// Group commit: the most versions one transaction takes from the queue of concurrent requests (a single larger
    /// batch still goes whole, alone).
    /// </summary>
    public const int TransactionMaxVersions = 5000;
    public static readonly TimeSpan GroupMaxDelay = TimeSpan.FromSeconds(2);
    public const string CommitAuthor = "versioner-ingest";
    public const long MaxRequestBytes = 4 * 1024 * 1024;
    public const int MaxBatchVersions = 1000;
    public const int SqsConsumers = 2;
    public const int SqsMaxMessages = 10;
    public const int SqsWaitTimeSeconds = 20;
    public const int SqsVisibilityTimeoutSeconds = 60;
    public static readonly TimeSpan SqsRetryDelay = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan SqsMaxRetryDelay = TimeSpan.FromMinutes(5);
}
