namespace Versioner;

/// <summary>
/// How two databases' histories differ (<see cref="Repository.CompareAsync"/>): refs that point elsewhere, commits
/// only one side has, and confirmation that the commits both hold have identical checksums.
/// </summary>
public sealed class Comparison
{
    internal Comparison(
        IReadOnlyList<RefDifference> refs,
        IReadOnlyList<CommitId> onlyHere,
        IReadOnlyList<CommitId> onlyThere,
        long common,
        IReadOnlyList<ChecksumMismatch> mismatches,
        IReadOnlyList<Redaction>? redactionsOnlyHere = null,
        IReadOnlyList<Redaction>? redactionsOnlyThere = null)
    {
        RedactionsOnlyHere = redactionsOnlyHere ?? [];
        RedactionsOnlyThere = redactionsOnlyThere ?? [];
        Refs = refs;
        OnlyHere = onlyHere;
        OnlyThere = onlyThere;
        Common = common;
        Mismatches = mismatches;
    }

    /// <summary>Branches and tags that differ.</summary>
    public IReadOnlyList<RefDifference> Refs { get; }

    /// <summary>Finalized commits only this database has.</summary>
    public IReadOnlyList<CommitId> OnlyHere { get; }

    /// <summary>Finalized commits only the other database has.</summary>
    public IReadOnlyList<CommitId> OnlyThere { get; }

    /// <summary>How many finalized commits both hold.</summary>
    public long Common { get; }

    /// <summary>
    /// Common commits whose checksums differ (empty when every common commit is identical); each names the redaction
    /// that explains it, if one does (<see cref="ChecksumMismatch.ExplainedBy"/>).
    /// </summary>
    public IReadOnlyList<ChecksumMismatch> Mismatches { get; }

    /// <summary>Redactions this database applied and the other has not (push or pull brings them over).</summary>
    public IReadOnlyList<Redaction> RedactionsOnlyHere { get; }

    /// <summary>Redactions the other database applied and this one has not.</summary>
    public IReadOnlyList<Redaction> RedactionsOnlyThere { get; }

    /// <summary>True when refs, commits and redactions are the same on both sides.</summary>
    public bool IsIdentical => Refs.Count == 0 && OnlyHere.Count == 0 && OnlyThere.Count == 0 && Mismatches.Count == 0
        && RedactionsOnlyHere.Count == 0 && RedactionsOnlyThere.Count == 0;

    /// <summary>Like <c>12 common (0 mismatched), 3 only here, 0 only there, 1 ref differs</c>.</summary>
    public override string ToString() =>
        $"{Common} common ({Mismatches.Count} mismatched), {OnlyHere.Count} only here, {OnlyThere.Count} only there, {Refs.Count} ref(s) differ"
        + (RedactionsOnlyHere.Count + RedactionsOnlyThere.Count == 0 ? "" : $", redactions: {RedactionsOnlyHere.Count} only here, {RedactionsOnlyThere.Count} only there");
}
