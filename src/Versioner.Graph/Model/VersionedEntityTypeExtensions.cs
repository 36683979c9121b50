using Microsoft.EntityFrameworkCore.Metadata;
using Versioner.Model;

namespace Microsoft.EntityFrameworkCore;

/// <summary>What Versioner recorded on an entity type of a built model.</summary>
public static class VersionedEntityTypeExtensions
{
    /// <summary>
    /// The name a versioned entity type is stored under (what change rows, diffs, checksums and
    /// <see cref="Versioner.EntityTypeSchema.Name"/> carry): the class name unless <c>HasVersionedName</c> set another;
    /// null for an entity type Versioner does not version.
    /// </summary>
    public static string? GetVersionedName(this IReadOnlyEntityType entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return entityType.GetRootType().FindAnnotation(VersioningAnnotations.EntityTypeName)?.Value as string;
    }
}
