namespace Versioner;

/// <summary>What a push or pull did.</summary>
/// <param name="Branch">The branch transferred.</param>
/// <param name="Head">Where the target branch is now.</param>
/// <param name="Commits">Commits copied.</param>
/// <param name="Versions">Versions copied.</param>
/// <param name="Forced">True when the target branch was overwritten (not a fast-forward).</param>
public sealed record TransferResult(string Branch, CommitId Head, int Commits, int Versions, bool Forced)
{
    /// <summary>Redactions of the source the target lacked, applied to it first (the same way, so checksums agree).</summary>
    public IReadOnlyList<Redaction> Redactions { get; init; } = [];

    /// <summary>
    /// Versions the source's retention had pruned: the target got their pruned marks, not their content, so reading one
    /// there throws <see cref="VersionPrunedException"/> as it does in the source, and Verify counts it as pruned.
    /// Not included in <see cref="Versions"/>.
    /// </summary>
    public int Pruned { get; init; }

    /// <summary>
    /// The source's tags on the transferred history that the target lacked (or, when forced, had on another commit):
    /// tags travel with the commits they name.
    /// </summary>
    public IReadOnlyList<CommitTag> Tags { get; init; } = [];
}
