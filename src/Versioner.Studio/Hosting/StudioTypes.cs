namespace Versioner.Studio.Hosting;

/// <summary>
/// The entity types a page can show: the versioned types the database describes (<see cref="Repository.SchemaAsync"/>)
/// and the document types it holds history of but does not describe (<see cref="Repository.EntityTypesAsync"/>), whose
/// fields are each document's own (JSON saved by the ingest service or <see cref="Workspace.SaveDocumentAsync(string, EternalId, System.Text.Json.JsonElement, CancellationToken)"/>).
/// </summary>
/// <param name="Described">The described types, as the database records them.</param>
/// <param name="Documents">The document types, in ordinal order.</param>
internal sealed record StudioTypes(IReadOnlyList<EntityTypeSchema> Described, IReadOnlyList<string> Documents)
{
    /// <summary>Both lists read: two queries, the second a probe per type of the change rows' type index.</summary>
    public static async Task<StudioTypes> ReadAsync(Repository repository, CancellationToken cancellationToken)
    {
        var described = await repository.SchemaAsync(cancellationToken).ConfigureAwait(false);
        var withHistory = await repository.EntityTypesAsync(cancellationToken).ConfigureAwait(false);
        var names = described.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return new StudioTypes(described, withHistory.Where(t => !names.Contains(t)).ToList());
    }

    /// <summary>Every type's name, described ones first (in the database's order), then document types.</summary>
    public IEnumerable<string> Names => Described.Select(t => t.Name).Concat(Documents);

    public bool IsDocumentType(string name) => Documents.Contains(name, StringComparer.Ordinal);
}
