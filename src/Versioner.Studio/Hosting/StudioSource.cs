using Microsoft.EntityFrameworkCore;

namespace Versioner.Studio.Hosting;

/// <summary>
/// Where the Studio's pages get their repository: embedded, the app's own (<see cref="TypedModelSource{TContext}"/>);
/// standalone, the model-free opening of any database (<see cref="ModelFreeSource"/>). One per request.
/// </summary>
internal abstract class StudioSource
{

    /// <summary>The repository of this request; available once <see cref="OpenAsync"/> ran.</summary>
    public abstract Repository Repository { get; }

    /// <summary>The default branch, known without opening the repository (for the frame of an error page).</summary>
    public abstract string DefaultBranch { get; }

    /// <summary>Opens the repository of this request, where that takes a round trip.</summary>
    public virtual ValueTask OpenAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// Finds one version by id, whatever its commit: its type, its entity and the commit that added it (how a pinned
    /// reference or a problem of Verify's leads to its row). Read by primary key through the model's classes (the
    /// app's embedded, the emitted ones standalone): in <paramref name="entityType"/> when given, else in each
    /// versioned type until found, so at most one read per type and never a scan.
    /// </summary>
    /// <returns>The version's place, or null when no versioned type has a row of that id (never made, or pruned).</returns>
    public async Task<VersionPlace?> FindVersionAsync(VersionId versionId, string? entityType, CancellationToken cancellationToken)
    {
        var context = Repository.Context;
        foreach (var (name, clrType) in VersionedTypes())
        {
            if (entityType is not null && name != entityType)
            {
                continue;
            }

            if (await context.FindAsync(clrType, [versionId], cancellationToken).ConfigureAwait(false) is Versioned found)
            {
                // Read, not edited: keep it out of the context's change tracking.
                context.Entry(found).State = EntityState.Detached;
                return new VersionPlace(name, found.EternalId, found.CommitId);
            }
        }

        return null;
    }

    /// <summary>True when <see cref="FindVersionAsync"/> can find versions of <paramref name="entityType"/> (not of a dynamic document type).</summary>
    public bool CanFindVersionsOf(string? entityType) => entityType is not null && VersionedTypes().Any(t => t.Name == entityType);

    /// <summary>The versioned types of the repository's model, by versioned name, with their classes.</summary>
    private IEnumerable<(string Name, Type ClrType)> VersionedTypes() =>
        Repository.Context.Model.GetEntityTypes()
            .Where(t => t.BaseType is null)
            .Select(t => (Name: t.GetVersionedName(), t.ClrType))
            .Where(t => t.Name is not null)
            .Select(t => (t.Name!, t.ClrType));

    /// <summary>
    /// Saves <paramref name="values"/> (field name to the text typed for it) over the working state of one entity in
    /// <paramref name="workspace"/> through <see cref="Workspace.SaveFieldsAsync"/>, each parsed against the field's type
    /// first: the app's class embedded, the type the model-free opening made standalone.
    /// </summary>
    /// <exception cref="StudioInputException">A value does not fit its field's type; nothing was saved.</exception>
    public async Task SaveFieldsAsync(Workspace workspace, string entityType, EternalId eternalId, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var type = Repository.Context.Model.GetEntityTypes()
            .FirstOrDefault(t => t.BaseType is null && t.GetVersionedName() == entityType)
            ?? throw new StudioInputException($"{entityType} is not a versioned type of this repository; choose ours or theirs.");

        // Check every value before changing anything.
        var fields = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        foreach (var (field, text) in values)
        {
            var property = type.FindProperty(field)
                ?? throw new StudioInputException($"{entityType} has no field {field} that can be typed in here; choose ours or theirs.");
            fields[field] = FieldValue.From(FieldInput.Parse(text, property.ClrType, field), field);
        }

        try
        {
            await workspace.SaveFieldsAsync(entityType, eternalId, fields, cancellationToken).ConfigureAwait(false);
        }
        catch (EntityNotFoundException)
        {
            throw new StudioInputException($"{entityType} {eternalId} is not in the workspace's working state; choose ours or theirs.");
        }
    }
}

/// <summary>Where a version lives: its type, its entity, and the commit that added it.</summary>
internal sealed record VersionPlace(string EntityType, EternalId EternalId, CommitId CommitId);
