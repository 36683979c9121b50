using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner;

/// <summary>
/// The tags of a repository (<see cref="Repository.Tags"/>), as LibGit2Sharp's <c>repo.Tags</c>: enumerate them (by
/// name), find one, create and delete them. Tags never move, so there is no rename. This is the leading form; the
/// flat methods on <see cref="Repository"/> (<see cref="Repository.CreateTagAsync"/> and the rest) run the same code.
/// </summary>
/// <remarks>
/// Enumerating reads every tag with one query, ordered by name, before the first one is returned: the loop body may
/// use the repository and its context. Like the repository, a collection is not thread-safe. Writes are refused with
/// <see cref="ReadOnlyRepositoryException"/> on a repository opened read-only.
/// </remarks>
/// <example>
/// <code>
/// await repo.Tags.CreateAsync("v1", "main");
/// await foreach (var tag in repo.Tags) Console.WriteLine($"{tag.Name} {tag.Target.ToString(7)}");
/// var v1 = await repo.Tags.FindAsync("v1");   // null when there is none
/// await repo.Tags.DeleteAsync("v1");
/// </code>
/// </example>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named as LibGit2Sharp names it (repo.Branches, repo.Tags); an asynchronous collection, which CA1711 does not know.")]
public sealed class TagCollection : IAsyncEnumerable<CommitTag>
{
    private readonly GraphStore _store;

    internal TagCollection(GraphStore store) => _store = store;

    /// <summary>Enumerates all tags, ordered by name (read with one query when the enumeration starts).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async IAsyncEnumerator<CommitTag> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        foreach (var tag in await ListAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return tag;
        }
    }

    /// <summary>The tag named <paramref name="name"/>, or null when there is none (a branch of that name is not a tag).</summary>
    /// <param name="name">The tag name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Task<CommitTag?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(async () =>
            await FindRowAsync(name, cancellationToken).ConfigureAwait(false) is { } row ? new CommitTag(row.Name, row.CommitId) : null);

    /// <summary>The tag named <paramref name="name"/>; <see cref="FindAsync"/> when absence is expected.</summary>
    /// <param name="name">The tag name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="RevisionNotFoundException">No tag has that name.</exception>
    public Task<CommitTag> GetAsync(string name, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(async () =>
            await FindRowAsync(name, cancellationToken).ConfigureAwait(false) is { } row
                ? new CommitTag(row.Name, row.CommitId)
                : throw NotFound(name));

    /// <summary>Names a finalized commit with a tag. Tags never move; a workspace cannot check one out.</summary>
    /// <param name="name">The tag's name: not empty, no spaces, control characters, <c>~</c>, <c>..</c> or braces, no <c>-</c> at the start.</param>
    /// <param name="target">The commit to name: a branch, tag, commit id, checksum or prefix, with an optional <c>~N</c>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The tag created.</returns>
    /// <exception cref="InvalidRefNameException">The name is empty, has spaces, control characters, <c>~</c>, <c>^</c>, <c>:</c>, <c>..</c> or braces, starts with <c>-</c>, or is longer than 255 bytes in UTF-8.</exception>
    /// <exception cref="RefNameTakenException">A branch or tag has that name.</exception>
    /// <exception cref="UnfinalizedCommitException"><paramref name="target"/> is a working commit.</exception>
    /// <exception cref="RevisionNotFoundException"><paramref name="target"/> names no commit.</exception>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    public Task<CommitTag> CreateAsync(string name, Revision target, CancellationToken cancellationToken = default) =>
        CreateAsync(name, target, $"{nameof(Repository.Tags)}.{nameof(CreateAsync)}", cancellationToken);

    /// <summary>Deletes a tag (the commit stays).</summary>
    /// <param name="name">The tag name.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="RevisionNotFoundException">No tag has that name.</exception>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    public Task DeleteAsync(string name, CancellationToken cancellationToken = default) =>
        DeleteAsync(name, $"{nameof(Repository.Tags)}.{nameof(DeleteAsync)}", cancellationToken);

    // The one implementation of each job; Repository's flat methods call these with their own names, so that a refusal
    // on a read-only repository names the method the caller called.
    internal Task<IReadOnlyList<CommitTag>> ListAsync(CancellationToken cancellationToken) =>
        ProviderErrors.RunAsync(async () =>
            (IReadOnlyList<CommitTag>)(await RefRows.ListAsync(_store, RefKind.Tag, cancellationToken).ConfigureAwait(false))
            .Select(r => new CommitTag(r.Name, r.CommitId)).ToArray());

    internal Task<CommitTag> CreateAsync(string name, Revision target, string operation, CancellationToken cancellationToken) =>
        ProviderErrors.RunAsync(() => { _store.EnsureWritable(operation); return CreateCoreAsync(name, target, cancellationToken); });

    internal Task DeleteAsync(string name, string operation, CancellationToken cancellationToken) =>
        ProviderErrors.RunAsync(() => { _store.EnsureWritable(operation); return DeleteCoreAsync(name, cancellationToken); });

    private async Task<CommitTag> CreateCoreAsync(string name, Revision target, CancellationToken cancellationToken) =>
        new(name, await RefRows.CreateAsync(_store, name, target, RefKind.Tag, cancellationToken).ConfigureAwait(false));

    private async Task DeleteCoreAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var deleted = await _store.ExecuteAsync($"DELETE FROM {SystemTables.Refs} WHERE name = @p0 AND kind = @p1", [_store.Map.Text, _store.Map.RefKind], [name, RefKind.Tag], cancellationToken).ConfigureAwait(false);
        if (deleted == 0)
        {
            throw NotFound(name);
        }
    }

    private Task<RefRow?> FindRowAsync(string name, CancellationToken cancellationToken) =>
        RefRows.FindAsync(_store, name, RefKind.Tag, cancellationToken);

    private static RevisionNotFoundException NotFound(string name) => new(name, "no such tag.");
}
