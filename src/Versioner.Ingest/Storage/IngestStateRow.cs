namespace Versioner.Ingest.Storage;

/// <summary>A named value the service keeps between runs (the working commit it writes into).</summary>
internal sealed class IngestStateRow
{
    public const string WorkingCommit = "working_commit";

    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
