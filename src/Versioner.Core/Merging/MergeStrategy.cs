namespace Versioner;

/// <summary>
/// How a conflict is settled: by a <see cref="MergePolicy"/> during the merge (<see cref="Conflict"/>, <see cref="Ours"/>,
/// <see cref="Theirs"/>), or afterwards, one conflict at a time, by <c>Workspace.ResolveAsync</c> (<see cref="Ours"/>,
/// <see cref="Theirs"/>, <see cref="Manual"/>).
/// </summary>
public enum MergeStrategy
{
    /// <summary>In a <see cref="MergePolicy"/>: settle nothing, leave it as a conflict for the caller to resolve (the default). <c>ResolveAsync</c> refuses it.</summary>
    Conflict = 0,

    /// <summary>Keep our side (the branch merged into).</summary>
    Ours,

    /// <summary>Take their side (the commit merged in).</summary>
    Theirs,

    /// <summary>
    /// In <c>ResolveAsync</c>: keep the working state as it is now, the resolution you saved yourself with
    /// <c>SaveAsync</c>. A <see cref="MergePolicy"/> refuses it (there is nothing saved during a merge).
    /// </summary>
    Manual,
}
