namespace Versioner;

/// <summary>An entity or version is not where the operation needs it (not in the snapshot, or no such version).</summary>
public sealed class EntityNotFoundException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public EntityNotFoundException(string entityType, Guid id, string where)
        : base($"{entityType} {id} {where}.")
    {
        EntityType = entityType;
        Id = id;
    }

    /// <summary>The entity type.</summary>
    public string EntityType { get; }

    /// <summary>The eternal id or version id that was looked for.</summary>
    public Guid Id { get; }
}
