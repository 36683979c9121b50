namespace Versioner;

/// <summary>How far a verification has come.</summary>
/// <param name="Commits">Commits checked so far.</param>
/// <param name="Versions">Versions re-hashed so far.</param>
/// <param name="Issues">Problems found so far.</param>
public readonly record struct VerifyProgress(long Commits, long Versions, long Issues)
{
    /// <summary>Versions found pruned by retention so far (marked, so not issues).</summary>
    public long Pruned { get; init; }
}
