namespace Versioner;

/// <summary>
/// A merge policy's function settled a typed entity type's field as absent (it returned null): only a document type's
/// field can be absent, a typed type (one the model maps to a class) has every field in each version. Nothing was
/// changed. Return a value for that field from the function (<see cref="FieldValue.Null"/>, or one side's value).
/// </summary>
public sealed class FieldCannotBeAbsentException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public FieldCannotBeAbsentException(string entityType, string field, string clrTypeName)
        : base($"The merge policy's function for {entityType}.{field} returned null (absent), but '{entityType}' is the entity type of class {clrTypeName}, whose every version has every field; only a document type's field can be absent. Nothing was changed. Return a value for {entityType}.{field} from the function (FieldValue.Null, or one side's value such as conflict.Ours[\"{field}\"]).")
    {
        IsInvalidInput = true;
        EntityType = entityType;
        Field = field;
        ClrTypeName = clrTypeName;
    }

    /// <summary>The typed entity type.</summary>
    public string EntityType { get; }

    /// <summary>The field the function settled as absent.</summary>
    public string Field { get; }

    /// <summary>The name of the class the model maps the type to.</summary>
    public string ClrTypeName { get; }
}
