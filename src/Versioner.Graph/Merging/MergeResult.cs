namespace Versioner;

/// <summary>The outcome of a merge, revert or cherry-pick: a status, the commit made (if any) and the conflicts left.</summary>
public sealed class MergeResult
{
    internal MergeResult(MergeStatus status, Commit? commit, IReadOnlyList<MergeConflict> conflicts)
    {
        Status = status;
        Commit = commit;
        Conflicts = conflicts;
    }

    /// <summary>What happened.</summary>
    public MergeStatus Status { get; }

    /// <summary>The new merge commit (<see cref="MergeStatus.Merged"/>) or the commit fast-forwarded to; null otherwise.</summary>
    public Commit? Commit { get; }

    /// <summary>Conflicts left for the caller (<see cref="MergeStatus.Conflicts"/>).</summary>
    public IReadOnlyList<MergeConflict> Conflicts { get; }

    /// <summary>Like <c>Merged 3f2a9c1</c> or <c>Conflicts (2)</c>.</summary>
    public override string ToString() => Status == MergeStatus.Conflicts ? $"Conflicts ({Conflicts.Count})" : $"{Status} {Commit}";
}
