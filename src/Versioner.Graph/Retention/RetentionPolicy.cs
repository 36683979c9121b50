namespace Versioner;

/// <summary>
/// A lifecycle rule for old versions, like an object store's: which versions that are no longer current may be pruned
/// (their rows deleted, a mark left in their place). Give <see cref="NoncurrentFor"/>, <see cref="KeepNewest"/> or both;
/// with both, a version is pruned only when both allow it. Immutable; reuse it for every run.
/// </summary>
/// <remarks>
/// Whatever the rule, retention never prunes a version that is current at a branch or tag head, at a merge base of
/// two branches, or at the parent of a working commit holding changes; nor one that a working commit or an unresolved
/// merge conflict uses, or that a pinned reference of a stored version names.
/// </remarks>
/// <example><code>var nightly = new RetentionPolicy { Name = "nightly", NoncurrentFor = TimeSpan.FromDays(90), KeepNewest = 5 };</code></example>
public sealed record RetentionPolicy
{
    /// <summary>The name used when none is given.</summary>
    public const string DefaultName = "retention";

    /// <summary>Recorded on every version the policy prunes, so a reader learns which rule removed it. Default <see cref="DefaultName"/>.</summary>
    public string Name { get; init; } = DefaultName;

    /// <summary>
    /// Prune versions that stopped being current on every branch at least this long ago: superseded at the timestamp
    /// of the latest commit that replaced the version on any branch that had it (a version no branch reaches counts
    /// from the commit that made it). Null: age does not matter.
    /// </summary>
    public TimeSpan? NoncurrentFor { get; init; }

    /// <summary>
    /// Keep at least this many newest versions of each entity (by the order their commits were made, current ones
    /// included), pruning only older ones. At least 1. Null: the count does not matter.
    /// </summary>
    public int? KeepNewest { get; init; }

    /// <summary>Checks the policy, reporting every problem at once.</summary>
    /// <exception cref="InvalidRetentionPolicyException">The policy is invalid; the message lists what to fix.</exception>
    internal void Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add($"{nameof(Name)} must not be empty: it is recorded on every version the policy prunes");
        }

        if (NoncurrentFor is null && KeepNewest is null)
        {
            problems.Add($"set {nameof(NoncurrentFor)}, {nameof(KeepNewest)} or both, or the policy prunes nothing");
        }

        if (NoncurrentFor is { } age && age < TimeSpan.Zero)
        {
            problems.Add($"{nameof(NoncurrentFor)} must not be negative (it was {age})");
        }

        if (KeepNewest is { } keep && keep < 1)
        {
            problems.Add($"{nameof(KeepNewest)} must be at least 1 (it was {keep}): the newest version of an entity is never pruned by count");
        }

        if (problems.Count > 0)
        {
            throw new InvalidRetentionPolicyException(Name, problems);
        }
    }
}
