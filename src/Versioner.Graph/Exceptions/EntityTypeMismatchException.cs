namespace Versioner;

/// <summary>An eternal id already names an entity of another type; one eternal id is one entity of one type, forever.</summary>
public sealed class EntityTypeMismatchException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public EntityTypeMismatchException(EternalId eternalId, string existingType, string attemptedType)
        : base($"Eternal id {eternalId} is a {existingType}; it cannot be saved as a {attemptedType}. Use a new eternal id (leave EternalId empty) for a new entity.")
    {
        EternalId = eternalId;
        ExistingType = existingType;
        AttemptedType = attemptedType;
    }

    /// <summary>The eternal id.</summary>
    public EternalId EternalId { get; }

    /// <summary>The type it has.</summary>
    public string ExistingType { get; }

    /// <summary>The type it was saved as.</summary>
    public string AttemptedType { get; }
}
