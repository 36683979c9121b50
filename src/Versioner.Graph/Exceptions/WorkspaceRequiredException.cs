namespace Versioner;

/// <summary>
/// A versioned entity was added, changed or deleted through <c>DbContext.SaveChanges</c> directly. Versions are
/// written through a <see cref="Workspace"/>, which records them in the working commit.
/// </summary>
public sealed class WorkspaceRequiredException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public WorkspaceRequiredException(string entityType, string operation)
        : base($"{entityType} was {operation} through DbContext.SaveChanges. Versioned entities are written through a workspace: var ws = await repository.CheckoutAsync(\"main\"); await ws.SaveAsync(entity) (or ws.RemoveAsync).")
    {
        EntityType = entityType;
    }

    /// <summary>The entity type.</summary>
    public string EntityType { get; }
}
