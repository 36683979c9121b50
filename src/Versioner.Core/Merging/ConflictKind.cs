namespace Versioner;

/// <summary>Why an entity or field could not be merged.</summary>
public enum ConflictKind
{
    /// <summary>Both sides changed the field to different values.</summary>
    Field,

    /// <summary>One side removed the entity, the other modified it.</summary>
    DeleteModify,

    /// <summary>Both sides added an entity with the same eternal id and different content.</summary>
    AddAdd,

    /// <summary>Fields declared to change together were changed on both sides.</summary>
    FieldGroup,
}
