namespace Versioner.Studio.Hosting;

/// <summary>
/// The entity types a database knows, and which of them are document types: the versioned types it describes
/// (<see cref="Repository.SchemaAsync"/>), and the types it holds history of but does not describe
/// (<see cref="Repository.EntityTypesAsync"/>), which are document types, whose fields are each document's own (JSON saved
/// by the ingest service or <see cref="Workspace.SaveDocumentAsync(string, EternalId, System.Text.Json.JsonElement, CancellationToken)"/>).
/// The one place that tells them apart, for the Studio's pages and for the command line (<c>versioner ls</c>,
/// <c>log --entity</c>, <c>diff --type</c>), which reaches it as the Studio's friend assembly.
/// </summary>
/// <remarks>
/// A type is known when it is described or has history: a type whose entities were all removed lists nothing but is no
/// typo. A versioned type with history that the database does not describe (last opened by a Versioner older than 0.2)
/// is counted among the document types here; reading it, the engine's <see cref="UndescribedTypeException"/> says what to do.
/// </remarks>
/// <param name="Described">The described types, as the database records them.</param>
/// <param name="Documents">The document types, in ordinal order.</param>
internal sealed record KnownTypes(IReadOnlyList<EntityTypeSchema> Described, IReadOnlyList<string> Documents)
{
    /// <summary>Both lists read: two queries, the second a probe per type of the change rows' type index.</summary>
    public static async Task<KnownTypes> ReadAsync(Repository repository, CancellationToken cancellationToken)
    {
        var described = await repository.SchemaAsync(cancellationToken).ConfigureAwait(false);
        var withHistory = await repository.EntityTypesAsync(cancellationToken).ConfigureAwait(false);
        var names = described.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return new KnownTypes(described, withHistory.Where(t => !names.Contains(t)).ToList());
    }

    /// <summary>Every type's name, described ones first (in the database's order), then document types.</summary>
    public IEnumerable<string> Names => Described.Select(t => t.Name).Concat(Documents);

    /// <summary>The description of <paramref name="name"/>, or null when the database does not describe it (a document type, or unknown).</summary>
    public EntityTypeSchema? FindDescribed(string name) => Described.FirstOrDefault(t => t.Name == name);

    /// <summary>True when <paramref name="name"/> is a type the database holds history of but does not describe.</summary>
    public bool IsDocumentType(string name) => Documents.Contains(name, StringComparer.Ordinal);

    /// <summary>True when the database describes <paramref name="name"/> or holds history of it.</summary>
    public bool IsKnown(string name) => FindDescribed(name) is not null || IsDocumentType(name);
}
