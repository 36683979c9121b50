using Versioner.Internal;

namespace Versioner;

// Which entity types the database holds history of.
public sealed partial class Repository
{
    /// <summary>
    /// The names of every entity type this database holds history of, typed versioned types and document types alike,
    /// in ordinal order: each type some commit changed, a removal included, so a type whose entities were all removed is
    /// still listed (its snapshot is empty, its log and diffs are not). A type of the model no commit has touched yet is
    /// not; <see cref="SchemaAsync"/> lists what the database describes.
    /// </summary>
    /// <remarks>
    /// A loose scan of the change rows' type index: one index probe per type, so the cost follows the number of types,
    /// not of versions. A working commit's changes count too (its types are the database's, finalized or not).
    /// </remarks>
    /// <example><code>
    /// if (!(await repository.EntityTypesAsync()).Contains(name)) Console.WriteLine($"No history of {name}.");
    /// </code></example>
    public Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => EntityTypes.WithHistoryAsync(_store, cancellationToken));
}
