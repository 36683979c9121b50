namespace Versioner.Ingest.Configuration;

/// <summary>How ingested versions become commits.</summary>
internal enum CommitMode
{
    /// <summary>
    /// Each request (an HTTP request, a batch, an SQS message) is finalized as its own commit before it is
    /// acknowledged; the version's author and message are the commit's.
    /// </summary>
    PerRequest,

    /// <summary>
    /// Versions collect in a working commit (durably stored, acknowledged as pending) and are finalized together when
    /// the group reaches <see cref="CommitOptions.MaxVersions"/> or is <see cref="CommitOptions.MaxDelay"/> old, with the
    /// source as the commit's author. A version from another source, or of an entity already in the group, closes
    /// the group first.
    /// </summary>
    Grouped,
}
