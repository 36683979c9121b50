using Versioner.Internal;

namespace Versioner;

/// <summary>
/// Picks part of a workspace's changes to finalize, by entity or by field: the rest stays in the working commit,
/// which is re-parented onto the new commit. Build it from <see cref="Workspace.StatusAsync"/>'s diff.
/// </summary>
/// <example>
/// <code>
/// var status = await ws.StatusAsync();
/// var commit = await ws.Stage().Include(status[0]).IncludeField(status[1].EternalId, "Title").FinalizeAsync("ada", "Fix titles");
/// </code>
/// </example>
public sealed class StagingArea
{
    private readonly Workspace _workspace;
    private readonly StageSelection _selection = new();

    internal StagingArea(Workspace workspace) => _workspace = workspace;

    /// <summary>Stages every change of one entity (added, modified or removed).</summary>
    public StagingArea Include(EternalId eternalId)
    {
        _selection.Entities.Add(eternalId);
        return this;
    }

    /// <summary>Stages a whole entity change from the status diff.</summary>
    public StagingArea Include(EntityChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Include(change.EternalId);
    }

    /// <summary>Stages one field of a modified entity; its other changes stay in the working commit.</summary>
    public StagingArea IncludeField(EternalId eternalId, string field)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        if (!_selection.Fields.TryGetValue(eternalId, out var fields))
        {
            _selection.Fields[eternalId] = fields = new HashSet<string>(StringComparer.Ordinal);
        }

        fields.Add(field);
        return this;
    }

    /// <summary>Stages one field change from the status diff.</summary>
    public StagingArea Include(EntityChange change, FieldChange field)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(field);
        return IncludeField(change.EternalId, field.Field);
    }

    /// <summary>Finalizes just what was staged, as <see cref="Workspace.FinalizeAsync"/> does for everything.</summary>
    /// <exception cref="NothingToCommitException">Nothing was staged.</exception>
    /// <exception cref="InvalidStageSelectionException">A staged entity has no working change, a new/removed entity was staged by field, or a field its type does not have was staged; nothing was written.</exception>
    public Task<Commit> FinalizeAsync(string author, string message, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() =>
        {
            _workspace.EnsureWritable(nameof(FinalizeAsync));
            return _selection.IsEmpty
                ? throw new NothingToCommitException(_workspace.Id)
                : _workspace.FinalizeCoreAsync(_selection, author, message, cancellationToken);
        });
}
