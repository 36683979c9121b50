namespace Versioner;

/// <summary>Options of a <see cref="Repository"/>.</summary>
public sealed class RepositoryOptions
{
    /// <summary>
    /// The branch <see cref="Repository.CheckoutAsync(string, CancellationToken)"/> uses by default, and the one branch
    /// that is never deleted or renamed (<see cref="DefaultBranchException"/>). Default <c>main</c>. It need not exist yet.
    /// </summary>
    public string DefaultBranch { get; set; } = "main";

    /// <summary>The clock for commit timestamps. Default <see cref="TimeProvider.System"/>; inject a fake one in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Install database-level guards (triggers) that refuse writes to finalized rows even from raw SQL, where the
    /// provider supports it (SQLite, PostgreSQL). Default true.
    /// </summary>
    public bool InstallDatabaseGuards { get; set; } = true;

    /// <summary>
    /// Open without writing anything: no guards installed, nothing recorded, every write refused with
    /// <see cref="ReadOnlyRepositoryException"/>. Reads, the log, diffs, history and Verify work. For a PostgreSQL hot
    /// standby, a read-only SQLite file, or a tool that must not change what it inspects. Default false.
    /// </summary>
    public bool ReadOnly { get; set; }
}
