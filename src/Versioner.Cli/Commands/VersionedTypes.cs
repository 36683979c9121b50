using Versioner.Cli.Running;
using Versioner.Studio.Hosting;

namespace Versioner.Cli.Commands;

/// <summary>
/// A versioned type named on the command line (<c>ls TYPE</c>, <c>log --entity</c>, <c>diff --type</c>), looked up in
/// what the database records, as the Studio's pages look it up (<see cref="KnownTypes"/>, the one place that tells
/// described types from document types): a name it does not know is refused with the names it does, rather than
/// matching nothing. A type is known when the database describes it or holds history of it: a document type (saved as
/// type name and JSON, as the ingest service stores versions), which has no description, and a type whose entities were
/// all removed, which lists nothing but is no typo. A type that has versions but no description the tool can use is not
/// called unknown either: reading it, the engine's <see cref="UndescribedTypeException"/> says so, and what to do (start
/// the application once).
/// </summary>
internal static class VersionedTypes
{
    /// <summary>
    /// The recorded description of <paramref name="name"/>, or null for a type the database holds history of but does
    /// not describe (a document type, whose fields are each document's own).
    /// </summary>
    /// <exception cref="UsageException">The database neither describes a type of that name nor holds history of one; the message lists the types it has.</exception>
    public static async Task<EntityTypeSchema?> FindAsync(Repository repository, string name, CancellationToken cancellationToken)
    {
        ThrowIfBlank(name);
        var types = await KnownTypes.ReadAsync(repository, cancellationToken);
        return types.IsKnown(name) ? types.FindDescribed(name) : throw Unknown(name, types);
    }

    /// <summary>Checks a name given only to filter by (<c>log --entity</c>), which needs no description.</summary>
    /// <exception cref="UsageException">The database neither describes a type of that name nor holds history of one.</exception>
    public static Task CheckNameAsync(Repository repository, string name, CancellationToken cancellationToken) =>
        FindAsync(repository, name, cancellationToken);

    private static void ThrowIfBlank(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new UsageException("The type's name is empty: give a versioned type's name as `versioner schema` lists it (Book).");
        }
    }

    private static UsageException Unknown(string name, KnownTypes types)
    {
        var known = types.Names.Order(StringComparer.Ordinal).ToList();
        return new(known.Count == 0
            ? $"No versioned type '{name}' in this database: it describes no versioned type and holds no history yet. Check that --db names the application's database."
            : $"No versioned type '{name}' in this database; it has: {string.Join(", ", known)}.");
    }
}
