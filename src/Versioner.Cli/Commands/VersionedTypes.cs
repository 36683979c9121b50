using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary>
/// A versioned type named on the command line (<c>ls TYPE</c>, <c>log --entity</c>, <c>diff --type</c>), looked up in
/// what the database records: a name it does not know is refused with the names it does, rather than matching nothing.
/// A type that has versions but no description the tool can use is not called unknown: the engine's
/// <see cref="UndescribedTypeException"/> says so, and what to do (start the application once).
/// </summary>
internal static class VersionedTypes
{
    /// <exception cref="UsageException">The database records no versioned type of that name; the message lists those it has.</exception>
    /// <exception cref="UndescribedTypeException">The database has versions of that type but no description the tool can read them with.</exception>
    public static async Task<EntityTypeSchema> FindAsync(Repository repository, string name, CancellationToken cancellationToken)
    {
        ThrowIfBlank(name);
        var schema = await repository.SchemaAsync(cancellationToken);
        if (schema.FirstOrDefault(s => s.Name == name) is { } found)
        {
            return found;
        }

        await ThrowIfUndescribedAsync(repository, name, cancellationToken);
        throw Unknown(name, schema);
    }

    /// <summary>
    /// Checks a name given only to filter by (<c>log --entity</c>), which needs no description: a type with versions the
    /// tool cannot read is accepted.
    /// </summary>
    /// <exception cref="UsageException">The database records no versioned type of that name, described or not.</exception>
    public static async Task CheckNameAsync(Repository repository, string name, CancellationToken cancellationToken)
    {
        ThrowIfBlank(name);
        var schema = await repository.SchemaAsync(cancellationToken);
        if (schema.Any(s => s.Name == name))
        {
            return;
        }

        try
        {
            await ThrowIfUndescribedAsync(repository, name, cancellationToken);
        }
        catch (UndescribedTypeException)
        {
            return;
        }

        throw Unknown(name, schema);
    }

    private static void ThrowIfBlank(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new UsageException("The type's name is empty: give a versioned type's name as `versioner schema` lists it (Book).");
        }
    }

    private static UsageException Unknown(string name, IReadOnlyList<EntityTypeSchema> schema) =>
        new($"No versioned type '{name}' in this database; it has: {string.Join(", ", schema.Select(s => s.Name).Order(StringComparer.Ordinal))}.");

    /// <summary>
    /// The engine refuses to list a type it knows has versions but cannot read, before reading a row; a name it does not
    /// know at all lists nothing (or documents, which the tool's type lookups do not take).
    /// </summary>
    private static async Task ThrowIfUndescribedAsync(Repository repository, string name, CancellationToken cancellationToken)
    {
        Snapshot snapshot;
        try
        {
            snapshot = await repository.SnapshotAsync(repository.Options.DefaultBranch, cancellationToken);
        }
        catch (RevisionNotFoundException)
        {
            return; // no history on the default branch yet: nothing to read, so nothing undescribed to name
        }

        await using var contents = snapshot.ContentsAsync(name, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await contents.MoveNextAsync();
    }
}
