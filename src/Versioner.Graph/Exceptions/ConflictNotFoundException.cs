namespace Versioner;

/// <summary>
/// <see cref="Workspace.ResolveAsync"/> named a conflict the workspace does not hold unresolved: it was resolved
/// already, belongs to another workspace, or no merge (revert, cherry-pick) is in progress. Nothing was changed. List
/// the ones left with <see cref="Workspace.ConflictsAsync"/>.
/// </summary>
public sealed class ConflictNotFoundException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public ConflictNotFoundException(string entityType, EternalId eternalId, IReadOnlyList<string> fields, CommitId? workingCommit)
        : base($"No unresolved conflict on {entityType} {eternalId}{(fields.Count == 0 ? "" : $" ({string.Join(", ", fields)})")} in this workspace"
            + $"{(workingCommit is { } working ? $" (working commit {working})" : ": no merge is in progress")}; nothing was changed. It may be resolved already: ConflictsAsync() lists the ones left.")
    {
        EntityType = entityType;
        EternalId = eternalId;
        Fields = fields;
        WorkingCommit = workingCommit;
    }

    /// <summary>The conflict's entity type.</summary>
    public string EntityType { get; }

    /// <summary>The conflict's entity.</summary>
    public EternalId EternalId { get; }

    /// <summary>The conflict's fields (empty for a whole-entity conflict).</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The workspace's working commit; null when the workspace has none (no merge can be in progress).</summary>
    public CommitId? WorkingCommit { get; }
}
