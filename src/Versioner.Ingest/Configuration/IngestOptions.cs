namespace Versioner.Ingest.Configuration;

/// <summary>
/// Everything the service is configured with: the <c>Versioner</c> section of appsettings.json, overridden by
/// environment variables such as <c>Versioner__Storage__ConnectionString</c>. Validated once at start; every
/// problem is reported together.
/// </summary>
internal sealed class IngestOptions
{
    public const string Section = "Versioner";

    public StorageOptions Storage { get; set; } = new();

    public AuthOptions Auth { get; set; } = new();

    public CommitOptions Commits { get; set; } = new();

    public HttpLimitOptions Http { get; set; } = new();

    public SqsOptions Sqs { get; set; } = new();
}
