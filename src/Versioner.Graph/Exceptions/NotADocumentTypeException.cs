namespace Versioner;

/// <summary>
/// A document was saved under the name of an entity type the model maps to a class: that type's versions are written
/// through its class (<see cref="Workspace.SaveAsync{T}(T, CancellationToken)"/>, or
/// <see cref="Workspace.SaveFieldsAsync"/> without it), so its columns and constraints hold. Nothing was written.
/// </summary>
public sealed class NotADocumentTypeException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public NotADocumentTypeException(string entityType, string clrTypeName)
        : base($"'{entityType}' is the entity type of class {clrTypeName}, not a document type; nothing was written. Save it as a {clrTypeName} (SaveAsync), or its fields by name (SaveFieldsAsync), or give documents a type name no class has.")
    {
        IsInvalidInput = true;
        EntityType = entityType;
        ClrTypeName = clrTypeName;
    }

    /// <summary>The type name given.</summary>
    public string EntityType { get; }

    /// <summary>The name of the class the model maps it to.</summary>
    public string ClrTypeName { get; }
}
