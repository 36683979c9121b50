namespace Versioner;

/// <summary>
/// The EF model declares a versioned entity type Versioner cannot version as it is: a field of an unsupported CLR type,
/// an EF complex property, two types with one versioned name, a type mapped to no table. Thrown while the model is
/// built (the first use of the context), not at the first save; the message names the type, the member and the fix.
/// </summary>
public sealed class VersionedModelException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public VersionedModelException(Type entityType, string message)
        : base(message)
    {
        EntityType = entityType;
    }

    /// <summary>The versioned CLR entity type at fault.</summary>
    public Type EntityType { get; }
}
