namespace Versioner;

/// <summary>
/// A declared reference was never set: it holds the default (empty) <see cref="EternalId"/> or, for a pinned
/// reference, the default <see cref="VersionId"/>. Refused on save, before anything reaches the database. Set it to
/// the id of a saved entity (its <see cref="Versioned.EternalId"/>, or its <see cref="Versioned.VersionId"/> for a
/// pin), or make the property nullable if the entity may refer to none.
/// </summary>
public sealed class MissingReferenceException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public MissingReferenceException(string entityType, string property, string targetType, bool pinned)
        : base(pinned
            ? $"{entityType}.{property} is not set (it holds the default VersionId), so it pins no {targetType} version; nothing was written. Set it to the VersionId of a saved {targetType}, or make it a VersionId? if a {entityType} may pin none."
            : $"{entityType}.{property} is not set (it holds the default EternalId), so it refers to no {targetType}; nothing was written. Set it to the EternalId of a saved {targetType}, or make it an EternalId? if a {entityType} may refer to none.")
    {
        EntityType = entityType;
        Property = property;
        TargetType = targetType;
        Pinned = pinned;
    }

    /// <summary>The referring entity type.</summary>
    public string EntityType { get; }

    /// <summary>The reference property that was left unset.</summary>
    public string Property { get; }

    /// <summary>The declared target type.</summary>
    public string TargetType { get; }

    /// <summary>Whether the reference is pinned (a version id) rather than by eternal id.</summary>
    public bool Pinned { get; }
}
