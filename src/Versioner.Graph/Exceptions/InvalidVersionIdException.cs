namespace Versioner;

/// <summary>
/// A version id given to be the id of a new version is empty (all zeros), which names no version. Nothing was written.
/// Give a new, non-empty id, or save without one to have one made.
/// </summary>
public sealed class InvalidVersionIdException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public InvalidVersionIdException(string entityType, EternalId eternalId)
        : base($"The version id given for {entityType} {eternalId} is empty; nothing was written. Give a new, non-empty version id, or save without one (SaveAsync(entity)) to have one made.")
    {
        IsInvalidInput = true;
        EntityType = entityType;
        EternalId = eternalId;
    }

    /// <summary>The entity type saved.</summary>
    public string EntityType { get; }

    /// <summary>The entity saved (empty for a new entity not yet given an id).</summary>
    public EternalId EternalId { get; }
}
