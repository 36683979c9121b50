namespace Versioner;

/// <summary>One problem verification found, named precisely: which commit, version or pointer, expected and actual.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="CommitId">The commit concerned, if any.</param>
/// <param name="VersionId">The version concerned, if any.</param>
/// <param name="EntityType">The entity type concerned, if any.</param>
/// <param name="Expected">The checksum recorded (or what was expected).</param>
/// <param name="Actual">The checksum recomputed from what is stored now (or what was found).</param>
public sealed record VerifyIssue(VerifyIssueKind Kind, CommitId? CommitId, VersionId? VersionId, string? EntityType, string Expected, string Actual)
{
    /// <summary>Like <c>CommitChecksumMismatch commit 3c4d5e6f: expected 9f2a…, actual 1b7c…</c>.</summary>
    public override string ToString()
    {
        var where = string.Join(", ", new[]
        {
            CommitId is { } c ? $"commit {c}" : null,
            VersionId is { } v ? $"{EntityType} version {v}" : null,
        }.Where(s => s is not null));
        return $"{Kind} {where}: expected {Expected}, actual {Actual}";
    }
}
