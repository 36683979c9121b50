namespace Versioner.Ingest.Configuration;

/// <summary>The commit policy: <c>Versioner:Commits</c>.</summary>
internal sealed class CommitOptions
{
    public CommitMode Policy { get; set; } = CommitMode.PerRequest;

    /// <summary>Grouped: finalize once the group holds this many versions.</summary>
    public int MaxVersions { get; set; } = IngestDefaults.GroupMaxVersions;

    /// <summary>Grouped: finalize once the group's first version is this old.</summary>
    public TimeSpan MaxDelay { get; set; } = IngestDefaults.GroupMaxDelay;

    /// <summary>The commit author when versions from several authors and sources share a commit (a mixed batch).</summary>
    public string FallbackAuthor { get; set; } = IngestDefaults.CommitAuthor;
}
