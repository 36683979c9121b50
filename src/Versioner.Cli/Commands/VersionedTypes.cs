using Versioner.Cli.Running;

namespace Versioner.Cli.Commands;

/// <summary>
/// A versioned type named on the command line (<c>ls TYPE</c>, <c>log --entity</c>, <c>diff --type</c>), looked up in
/// what the database records: a name it does not know is refused with the names it does, rather than matching nothing.
/// A type that has versions but no description the tool can use is not called unknown: the engine's
/// <see cref="UndescribedTypeException"/> says so, and what to do (start the application once). A document type
/// (saved as type name and JSON, as the ingest service stores versions) has no recorded description and is found by
/// its current documents.
/// </summary>
internal static class VersionedTypes
{
    /// <summary>
    /// The recorded description of <paramref name="name"/>, or null for a document type (its fields are each
    /// document's own).
    /// </summary>
    /// <exception cref="UsageException">The database records no versioned type of that name, nor current documents of it; the message lists the types it has.</exception>
    /// <exception cref="UndescribedTypeException">The database has versions of that type but no description the tool can read them with.</exception>
    public static async Task<EntityTypeSchema?> FindAsync(Repository repository, string name, CancellationToken cancellationToken)
    {
        ThrowIfBlank(name);
        var schema = await repository.SchemaAsync(cancellationToken);
        if (schema.FirstOrDefault(s => s.Name == name) is { } found)
        {
            return found;
        }

        return await HasContentsAsync(repository, name, cancellationToken) ? null : throw Unknown(name, schema);
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
            if (await HasContentsAsync(repository, name, cancellationToken))
            {
                return;
            }
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
        new(schema.Count == 0
            ? $"No versioned type '{name}' in this database, and no current documents of that type on the default branch; it describes no versioned type. Check the name's spelling and case."
            : $"No versioned type '{name}' in this database; it has: {string.Join(", ", schema.Select(s => s.Name).Order(StringComparer.Ordinal))}.");

    /// <summary>
    /// Whether the default branch holds current rows of a type it has no description of (documents). The engine
    /// refuses to list a type it knows has versions but cannot read, before reading a row
    /// (<see cref="UndescribedTypeException"/>); a name it does not know at all lists nothing.
    /// </summary>
    private static async Task<bool> HasContentsAsync(Repository repository, string name, CancellationToken cancellationToken)
    {
        Snapshot snapshot;
        try
        {
            snapshot = await repository.SnapshotAsync(repository.Options.DefaultBranch, cancellationToken);
        }
        catch (RevisionNotFoundException)
        {
            return false; // no history on the default branch yet: nothing to read, so nothing undescribed to name
        }

        await using var contents = snapshot.ContentsAsync(name, cancellationToken).GetAsyncEnumerator(cancellationToken);
        return await contents.MoveNextAsync();
    }
}
