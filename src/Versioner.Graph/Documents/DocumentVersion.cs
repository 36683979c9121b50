namespace Versioner;

/// <summary>
/// A version of a dynamic document ready to be stored: its id and its checksum, computed from its canonical content
/// when it is made, so a writer that stores many only queues rows. Make it where the document is read (any thread);
/// <see cref="DocumentWriter.SaveAsync"/> stores it. Immutable.
/// </summary>
public sealed class DocumentVersion
{
    private DocumentVersion(string entityType, EternalId eternalId, VersionId versionId, CanonicalDocument document, Checksum checksum)
    {
        EntityType = entityType;
        EternalId = eternalId;
        VersionId = versionId;
        Document = document;
        Checksum = checksum;
    }

    /// <summary>The document's entity type (a name of your choosing, not a CLR entity type of the model).</summary>
    public string EntityType { get; }

    /// <summary>The document's eternal id: the same across all its versions.</summary>
    public EternalId EternalId { get; }

    /// <summary>This version's id.</summary>
    public VersionId VersionId { get; }

    /// <summary>The data: its canonical JSON is what is stored.</summary>
    public CanonicalDocument Document { get; }

    /// <summary>The version checksum, as Verify computes it from the stored row (the document's fields are what reading its JSON back gives).</summary>
    public Checksum Checksum { get; }

    /// <summary>A version of <paramref name="document"/> with <paramref name="versionId"/>, or a new UUIDv7 id.</summary>
    /// <exception cref="ArgumentException">The entity type is blank or the eternal id empty.</exception>
    /// <exception cref="InvalidFieldValueException">The entity type has a NUL or an unpaired surrogate.</exception>
    public static DocumentVersion Create(string entityType, EternalId eternalId, CanonicalDocument document, VersionId? versionId = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = versionId ?? VersionId.New();
        var checksum = new VersionContent(entityType, eternalId, id, document.Fields).ComputeChecksum();
        return new DocumentVersion(entityType, eternalId, id, document, checksum);
    }
}
