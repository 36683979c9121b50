namespace Versioner;

/// <summary>The outcome of <see cref="Repository.VerifyAsync(IProgress{VerifyProgress}?, CancellationToken)"/>: what was checked and every problem found.</summary>
public sealed class VerifyReport
{
    internal VerifyReport(long commits, long versions, long pointers, IReadOnlyList<VerifyIssue> issues, long pruned = 0)
    {
        Pruned = pruned;
        Commits = commits;
        Versions = versions;
        Pointers = pointers;
        Issues = issues;
    }

    /// <summary>Finalized commits checked.</summary>
    public long Commits { get; }

    /// <summary>Versions re-hashed.</summary>
    public long Versions { get; }

    /// <summary>
    /// Versions whose rows retention pruned: their change rows carry a <see cref="PrunedVersion"/> mark with the same
    /// checksum, so they are counted here, not reported as <see cref="VerifyIssueKind.MissingRow"/>. Their commits are
    /// still verified against the recorded checksums.
    /// </summary>
    public long Pruned { get; }

    /// <summary>Pointer records re-hashed.</summary>
    public long Pointers { get; }

    /// <summary>Every problem found (empty when the history is intact).</summary>
    public IReadOnlyList<VerifyIssue> Issues { get; }

    /// <summary>True when nothing is wrong.</summary>
    public bool IsValid => Issues.Count == 0;

    /// <summary>Like <c>ok: 120 commits, 3400 versions, 12 pointers</c> or the number of issues.</summary>
    public override string ToString() =>
        $"{(IsValid ? "ok" : $"{Issues.Count} issue(s)")}: {Commits} commits, {Versions} versions, {Pointers} pointers{(Pruned > 0 ? $", {Pruned} pruned" : "")}";
}
