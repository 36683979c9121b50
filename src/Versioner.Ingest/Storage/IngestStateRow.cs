namespace Versioner.Ingest.Storage;

/// <summary>A named value the service keeps between runs (the working commit it writes into).</summary>
internal sealed class IngestStateRow
{
    public const string WorkingCommit = "working_commit";

    /// <summary>On PostgreSQL, the stamp of the last transaction that wrote (see <see cref="SharedBranch"/>).</summary>
    public const string WriterStamp = "writer_stamp";

    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
