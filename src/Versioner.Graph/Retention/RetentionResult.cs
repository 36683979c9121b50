using System.Diagnostics;

namespace Versioner;

/// <summary>What a retention run pruned, or, for a preview, what it would prune.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class RetentionResult
{
    internal RetentionResult(string policy, bool isPreview, DateTimeOffset prunedAt, IReadOnlyDictionary<string, long> versionsByType, long pointers, long archived = 0)
    {
        Archived = archived;
        Policy = policy;
        IsPreview = isPreview;
        PrunedAt = prunedAt;
        VersionsByType = versionsByType;
        Versions = versionsByType.Values.Sum();
        Pointers = pointers;
    }

    /// <summary>The <see cref="RetentionPolicy.Name"/> of the policy applied.</summary>
    public string Policy { get; }

    /// <summary>True for <see cref="Repository.PreviewRetentionAsync"/>: the counts say what would be pruned, and nothing was.</summary>
    public bool IsPreview { get; }

    /// <summary>The time of the run (from <see cref="RepositoryOptions.TimeProvider"/>): ages are measured to it, and marks carry it.</summary>
    public DateTimeOffset PrunedAt { get; }

    /// <summary>Versions pruned, all types.</summary>
    public long Versions { get; }

    /// <summary>Versions pruned per entity type name (types with none are left out).</summary>
    public IReadOnlyDictionary<string, long> VersionsByType { get; }

    /// <summary>Pointer records (sets, large texts) deleted because no remaining version holds them.</summary>
    public long Pointers { get; }

    /// <summary>Lines written to the archive (every pruned version and pointer record), or 0 without one.</summary>
    public long Archived { get; }

    internal RetentionResult WithArchived(long lines) => new(Policy, IsPreview, PrunedAt, VersionsByType, Pointers, lines);

    /// <summary>Like <c>pruned 12 versions (Author 2, Book 10), 1 pointer by 'nightly'</c>.</summary>
    public override string ToString()
    {
        var types = string.Join(", ", VersionsByType.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} {t.Value}"));
        return $"{(IsPreview ? "would prune" : "pruned")} {Versions} version(s){(types.Length > 0 ? $" ({types})" : "")}, {Pointers} pointer(s) by '{Policy}'";
    }
}
