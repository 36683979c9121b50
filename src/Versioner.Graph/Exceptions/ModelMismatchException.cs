namespace Versioner;

/// <summary>
/// Two databases that exchange history (push, pull, a redaction carried from one to the other) have different models:
/// the one receiving lacks a versioned entity type or a field the other's history names. Nothing was changed. Both
/// databases need the same model (the same EF migrations applied).
/// </summary>
public sealed class ModelMismatchException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public ModelMismatchException(string entityType, string? field, string message)
        : base(message)
    {
        EntityType = entityType;
        Field = field;
    }

    /// <summary>The versioned entity type named.</summary>
    public string EntityType { get; }

    /// <summary>The field named, when the type is there but the field is not.</summary>
    public string? Field { get; }
}
