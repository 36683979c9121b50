namespace Versioner.Client;

/// <summary>The acknowledgement of a batch: every version was stored, in the order sent.</summary>
public sealed class VersionBatchReceipt
{
    /// <summary>One receipt per version, in request order.</summary>
    public required IReadOnlyList<VersionReceipt> Versions { get; init; }
}
