using System.Text.Json;
using System.Text.Json.Nodes;
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

    /// <inheritdoc cref="VersionLookup.FindAsync"/>
    public Task<VersionPlace?> FindVersionAsync(VersionId versionId, string? entityType, CancellationToken cancellationToken) =>
        VersionLookup.FindAsync(Repository, versionId, entityType, cancellationToken);

    /// <inheritdoc cref="VersionLookup.HasClass"/>
    public bool HasClass(string entityType) => VersionLookup.HasClass(Repository, entityType);

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

    /// <summary>
    /// Saves <paramref name="values"/> (member name to the JSON typed for it) over the working state of one document in
    /// <paramref name="workspace"/>: each value parsed as JSON, an empty one leaving the member out (absent), the
    /// document's other members as they are.
    /// </summary>
    /// <exception cref="StudioInputException">A value is not JSON, or the document is not in the working state; nothing was saved.</exception>
    public static async Task SaveMembersAsync(Workspace workspace, string entityType, EternalId eternalId, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var members = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (member, text) in values)
        {
            if (text.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                members[member] = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                throw new StudioInputException($"{member}: '{text}' is not JSON. Write text in quotes (\"like this\"), a number, true, false or null; leave it empty to settle {member} as absent.");
            }
        }

        var snapshot = await workspace.SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var current = await snapshot.FindDocumentAsync(entityType, eternalId, cancellationToken).ConfigureAwait(false)
            ?? throw new StudioInputException($"{entityType} {eternalId} is not in the workspace's working state; choose ours or theirs.");
        var document = JsonNode.Parse(current.Json)!.AsObject();
        foreach (var member in values.Keys)
        {
            document.Remove(member);
            if (members.TryGetValue(member, out var value))
            {
                document[member] = value;
            }
        }

        using var json = JsonDocument.Parse(document.ToJsonString());
        await workspace.SaveDocumentAsync(entityType, eternalId, json.RootElement, cancellationToken).ConfigureAwait(false);
    }
}
