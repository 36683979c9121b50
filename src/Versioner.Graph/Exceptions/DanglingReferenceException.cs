namespace Versioner;

/// <summary>
/// A declared reference names nothing: an eternal id that no entity has, or a pinned version id that no version of
/// the target type has. Nothing was written. Save the referenced entity first, or fix the id.
/// </summary>
public sealed class DanglingReferenceException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public DanglingReferenceException(string entityType, string property, string targetType, Guid target, bool pinned)
        : base(pinned
            ? $"{entityType}.{property} pins version {target}, but no {targetType} version has that id. Pin the VersionId of a saved {targetType}."
            : $"{entityType}.{property} refers to eternal id {target}, but no entity has that id. Save the {targetType} first (its EternalId is assigned on save).")
    {
        EntityType = entityType;
        Property = property;
        TargetType = targetType;
        Target = target;
    }

    /// <summary>The referring entity type.</summary>
    public string EntityType { get; }

    /// <summary>The reference property.</summary>
    public string Property { get; }

    /// <summary>The declared target type.</summary>
    public string TargetType { get; }

    /// <summary>The id that names nothing.</summary>
    public Guid Target { get; }
}
