using Microsoft.EntityFrameworkCore;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner;

/// <summary>
/// The branches of a repository (<see cref="Repository.Branches"/>), as LibGit2Sharp's <c>repo.Branches</c>:
/// enumerate them (by name), find one, create, rename and delete them. This is the leading form; the flat methods on
/// <see cref="Repository"/> (<see cref="Repository.CreateBranchAsync"/> and the rest) run the same code.
/// </summary>
/// <remarks>
/// Enumerating reads every branch with one query, ordered by name, before the first one is returned: the loop body
/// may use the repository and its context (a streamed read would hold the connection's one open reader on
/// PostgreSQL). Like the repository, a collection is not thread-safe. Writes are refused with
/// <see cref="ReadOnlyRepositoryException"/> on a repository opened read-only.
/// </remarks>
/// <example>
/// <code>
/// await repo.Branches.CreateAsync("topic", "main~3");
/// await foreach (var branch in repo.Branches) Console.WriteLine($"{branch.Name} {branch.Head.ToString(7)}");
/// var topic = await repo.Branches.FindAsync("topic");   // null when there is none
/// await repo.Branches.RenameAsync("topic", "feature");
/// await repo.Branches.DeleteAsync("feature", force: true);
/// </code>
/// </example>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "Named as LibGit2Sharp names it (repo.Branches, repo.Tags); an asynchronous collection, which CA1711 does not know.")]
public sealed class BranchCollection : IAsyncEnumerable<Branch>
{
    private readonly GraphStore _store;

    internal BranchCollection(GraphStore store) => _store = store;

    /// <summary>Enumerates all branches, ordered by name (read with one query when the enumeration starts).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async IAsyncEnumerator<Branch> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        foreach (var branch in await ListAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return branch;
        }
    }

    /// <summary>The branch named <paramref name="name"/>, or null when there is none (a tag of that name is not a branch).</summary>
    /// <param name="name">The branch name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Task<Branch?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(async () =>
            await FindRowAsync(name, cancellationToken).ConfigureAwait(false) is { } row ? new Branch(row.Name, row.CommitId) : null);

    /// <summary>The branch named <paramref name="name"/>; <see cref="FindAsync"/> when absence is expected.</summary>
    /// <param name="name">The branch name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="RevisionNotFoundException">No branch has that name.</exception>
    public Task<Branch> GetAsync(string name, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(async () =>
        {
            var row = await GetRowAsync(name, cancellationToken).ConfigureAwait(false);
            return new Branch(row.Name, row.CommitId);
        });

    /// <summary>Creates a branch at <paramref name="startPoint"/> (any revision naming a finalized commit).</summary>
    /// <param name="name">The new branch's name: not empty, no spaces, control characters, <c>~</c>, <c>..</c> or braces, no <c>-</c> at the start.</param>
    /// <param name="startPoint">The commit the branch starts at: a branch, tag, commit id, checksum or prefix, with an optional <c>~N</c>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The branch created.</returns>
    /// <exception cref="InvalidRefNameException">The name is empty, has spaces, control characters, <c>~</c>, <c>^</c>, <c>:</c>, <c>..</c> or braces, starts with <c>-</c>, or is longer than 255 bytes in UTF-8.</exception>
    /// <exception cref="RefNameTakenException">A branch or tag has that name.</exception>
    /// <exception cref="UnfinalizedCommitException"><paramref name="startPoint"/> is a working commit.</exception>
    /// <exception cref="RevisionNotFoundException"><paramref name="startPoint"/> names no commit.</exception>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    public Task<Branch> CreateAsync(string name, Revision startPoint, CancellationToken cancellationToken = default) =>
        CreateAsync(name, startPoint, $"{nameof(Repository.Branches)}.{nameof(CreateAsync)}", cancellationToken);

    /// <summary>Renames a branch; its history and any workspaces on it follow.</summary>
    /// <param name="name">The branch's current name.</param>
    /// <param name="newName">Its new name: not empty, no spaces, control characters, <c>~</c>, <c>..</c> or braces, no <c>-</c> at the start.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The branch under its new name.</returns>
    /// <exception cref="RevisionNotFoundException">No branch is named <paramref name="name"/>.</exception>
    /// <exception cref="InvalidRefNameException">The new name is empty, has spaces, control characters, <c>~</c>, <c>^</c>, <c>:</c>, <c>..</c> or braces, starts with <c>-</c>, or is longer than 255 bytes in UTF-8.</exception>
    /// <exception cref="RefNameTakenException">A branch or tag has the new name.</exception>
    /// <exception cref="DefaultBranchException">The branch is the repository's <see cref="RepositoryOptions.DefaultBranch"/>.</exception>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    public Task<Branch> RenameAsync(string name, string newName, CancellationToken cancellationToken = default) =>
        RenameAsync(name, newName, $"{nameof(Repository.Branches)}.{nameof(RenameAsync)}", cancellationToken);

    /// <summary>
    /// Deletes a branch. Refused while its head is not in the history of another branch or tag (its commits would
    /// become unreachable), unless <paramref name="force"/>.
    /// </summary>
    /// <param name="name">The branch name.</param>
    /// <param name="force">Delete even when the branch holds commits no other branch or tag holds.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="RevisionNotFoundException">No branch has that name.</exception>
    /// <exception cref="DefaultBranchException">The branch is the repository's <see cref="RepositoryOptions.DefaultBranch"/> (refused even with force).</exception>
    /// <exception cref="BranchNotMergedException">The branch has commits no other branch or tag holds.</exception>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    public Task DeleteAsync(string name, bool force = false, CancellationToken cancellationToken = default) =>
        DeleteAsync(name, force, $"{nameof(Repository.Branches)}.{nameof(DeleteAsync)}", cancellationToken);

    // The one implementation of each job; Repository's flat methods call these with their own names, so that a refusal
    // on a read-only repository names the method the caller called.
    internal Task<IReadOnlyList<Branch>> ListAsync(CancellationToken cancellationToken) =>
        ProviderErrors.RunAsync(async () =>
            (IReadOnlyList<Branch>)(await RefRows.ListAsync(_store, RefKind.Branch, cancellationToken).ConfigureAwait(false))
            .Select(r => new Branch(r.Name, r.CommitId)).ToArray());

    internal Task<Branch> CreateAsync(string name, Revision startPoint, string operation, CancellationToken cancellationToken) =>
        ProviderErrors.RunAsync(() => { _store.EnsureWritable(operation); return CreateCoreAsync(name, startPoint, cancellationToken); });

    internal Task<Branch> RenameAsync(string name, string newName, string operation, CancellationToken cancellationToken) =>
        ProviderErrors.RunAsync(() => { _store.EnsureWritable(operation); return RenameCoreAsync(name, newName, cancellationToken); });

    internal Task DeleteAsync(string name, bool force, string operation, CancellationToken cancellationToken) =>
        ProviderErrors.RunAsync(() => { _store.EnsureWritable(operation); return DeleteCoreAsync(name, force, cancellationToken); });

    private async Task<Branch> CreateCoreAsync(string name, Revision startPoint, CancellationToken cancellationToken) =>
        new(name, await RefRows.CreateAsync(_store, name, startPoint, RefKind.Branch, cancellationToken).ConfigureAwait(false));

    private async Task<Branch> RenameCoreAsync(string name, string newName, CancellationToken cancellationToken)
    {
        RefNames.Validate(newName);
        RefuseDefault(name, "renamed");
        return await _store.InTransactionAsync(async () =>
        {
            var branch = await GetRowAsync(name, cancellationToken).ConfigureAwait(false);

            // The branch's row is copied under the new name by one insert-if-absent, then the old row goes: a
            // concurrent creator of the new name makes the copy insert nothing (after waiting for it to commit, on a
            // server), not a key violation.
            var copied = await _store.ExecuteAsync(
                RenameRefSql(_store.Dialect),
                [_store.Map.Text, _store.Map.Text, _store.Map.RefKind], [newName, name, RefKind.Branch], cancellationToken).ConfigureAwait(false);
            if (copied != 1)
            {
                throw await _store.FindRefAsync(newName, cancellationToken).ConfigureAwait(false) is not null
                    ? new RefNameTakenException(newName, creatingTag: false)
                    : new RevisionNotFoundException(name, "no such branch.");
            }

            await _store.ExecuteAsync($"DELETE FROM {SystemTables.Refs} WHERE name = @p0", [_store.Map.Text], [name], cancellationToken).ConfigureAwait(false);
            await _store.ExecuteAsync($"UPDATE {SystemTables.Commits} SET branch = @p0 WHERE branch = @p1 AND state = {(int)CommitState.Working}", [_store.Map.Text, _store.Map.Text], [newName, name], cancellationToken).ConfigureAwait(false);
            return new Branch(newName, branch.CommitId);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Copies branch <c>@p1</c>'s row under the name <c>@p0</c> unless that name is taken (<c>@p2</c>: the branch kind).</summary>
    internal static string RenameRefSql(Versioner.Storage.Dialects.Dialect dialect) =>
        dialect.InsertIfAbsent(SystemTables.Refs, ["name", "kind", "commit_id"], ["name"], $"SELECT @p0, kind, commit_id FROM {SystemTables.Refs} WHERE name = @p1 AND kind = @p2");

    private async Task DeleteCoreAsync(string name, bool force, CancellationToken cancellationToken)
    {
        RefuseDefault(name, "deleted");
        var branch = await GetRowAsync(name, cancellationToken).ConfigureAwait(false);
        if (!force)
        {
            var others = await _store.Db.Set<RefRow>().AsNoTracking().Where(r => r.Name != name).Select(r => r.CommitId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var graph = await CommitGraph.ForAsync(_store, cancellationToken).ConfigureAwait(false);
            if (!others.Any(other => graph.IsAncestor(branch.CommitId, other)))
            {
                throw new BranchNotMergedException(name, branch.CommitId);
            }
        }

        await _store.ExecuteAsync($"DELETE FROM {SystemTables.Refs} WHERE name = @p0 AND kind = @p1", [_store.Map.Text, _store.Map.RefKind], [name, RefKind.Branch], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The default branch is what workspaces and the faces start from: deleting or renaming it would strand them.</summary>
    private void RefuseDefault(string name, string operation)
    {
        if (string.Equals(name, _store.Options.DefaultBranch, StringComparison.Ordinal))
        {
            throw new DefaultBranchException(name, operation);
        }
    }

    private Task<RefRow?> FindRowAsync(string name, CancellationToken cancellationToken) =>
        RefRows.FindAsync(_store, name, RefKind.Branch, cancellationToken);

    private async Task<RefRow> GetRowAsync(string name, CancellationToken cancellationToken) =>
        await FindRowAsync(name, cancellationToken).ConfigureAwait(false) ?? throw new RevisionNotFoundException(name, "no such branch.");
}
