namespace Versioner;

/// <summary>
/// A read of <see cref="InMemorySnapshot"/> named an entity type the follower does not keep (or a key it was not
/// declared with). The message names the type and the option that follows it.
/// </summary>
public sealed class TypeNotFollowedException : VersionerException
{
    /// <summary>Creates the exception for <paramref name="entityType"/>; <paramref name="remedy"/> says what to declare.</summary>
    public TypeNotFollowedException(string entityType, string remedy)
        : base($"The follower does not keep {entityType}: {remedy}")
    {
        EntityType = entityType;
    }

    /// <summary>The entity type (or document type) asked for.</summary>
    public string EntityType { get; }
}
