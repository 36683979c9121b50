using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary>
/// A versioned type named on the command line (<c>ls TYPE</c>, <c>log --entity</c>, <c>diff --type</c>), looked up in
/// what the database records: a name it does not know is refused with the names it does, rather than matching nothing.
/// </summary>
internal static class VersionedTypes
{
    /// <exception cref="UsageException">The database records no versioned type of that name; the message lists those it has.</exception>
    public static async Task<EntityTypeSchema> FindAsync(Repository repository, string name, CancellationToken cancellationToken)
    {
        var schema = await repository.SchemaAsync(cancellationToken);
        return schema.FirstOrDefault(s => s.Name == name)
            ?? throw new UsageException($"No versioned type '{name}' in this database; it has: {string.Join(", ", schema.Select(s => s.Name).Order(StringComparer.Ordinal))}.");
    }
}
