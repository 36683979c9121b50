namespace Versioner;

// Branches and tags: the collections (the leading form, as LibGit2Sharp's repo.Branches and repo.Tags) and the flat
// methods kept from before them, which call the collections' implementation.
public sealed partial class Repository
{
    /// <summary>The branches: enumerate (by name), find, create, rename and delete them.</summary>
    /// <example>
    /// <code>
    /// await repo.Branches.CreateAsync("topic", "main~3");
    /// var topic = await repo.Branches.FindAsync("topic"); // null when there is none
    /// await foreach (var branch in repo.Branches) Console.WriteLine(branch.Name);
    /// </code>
    /// </example>
    public BranchCollection Branches { get; }

    /// <summary>The tags: enumerate (by name), find, create and delete them.</summary>
    /// <example>
    /// <code>
    /// await repo.Tags.CreateAsync("v1", "main");
    /// var v1 = await repo.Tags.GetAsync("v1"); // throws RevisionNotFoundException when there is none
    /// </code>
    /// </example>
    public TagCollection Tags { get; }

    /// <summary>All branches, by name, as a list.</summary>
    /// <seealso cref="Branches"/>
    public Task<IReadOnlyList<Branch>> BranchesAsync(CancellationToken cancellationToken = default) =>
        Branches.ListAsync(cancellationToken);

    /// <summary>Creates a branch at <paramref name="startPoint"/> (any revision); the same as <see cref="BranchCollection.CreateAsync(string, Revision, CancellationToken)"/>.</summary>
    /// <exception cref="InvalidRefNameException">The name is empty, has spaces, control characters, <c>~</c>, <c>^</c>, <c>:</c>, <c>..</c> or braces, starts with <c>-</c>, or is longer than 255 bytes in UTF-8.</exception>
    /// <exception cref="RefNameTakenException">A branch or tag has that name.</exception>
    /// <exception cref="UnfinalizedCommitException">The start point is a working commit.</exception>
    /// <exception cref="RevisionNotFoundException">The start point names no commit.</exception>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    /// <seealso cref="Branches"/>
    public Task<Branch> CreateBranchAsync(string name, Revision startPoint, CancellationToken cancellationToken = default) =>
        Branches.CreateAsync(name, startPoint, nameof(CreateBranchAsync), cancellationToken);

    /// <summary>Renames a branch; its history and any workspaces on it follow. The same as <see cref="BranchCollection.RenameAsync(string, string, CancellationToken)"/>.</summary>
    /// <exception cref="RevisionNotFoundException">No such branch.</exception>
    /// <exception cref="InvalidRefNameException">The new name is empty, has spaces, control characters, <c>~</c>, <c>^</c>, <c>:</c>, <c>..</c> or braces, starts with <c>-</c>, or is longer than 255 bytes in UTF-8.</exception>
    /// <exception cref="RefNameTakenException">A branch or tag has the new name.</exception>
    /// <exception cref="DefaultBranchException">The branch is the repository's <see cref="RepositoryOptions.DefaultBranch"/>.</exception>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    /// <seealso cref="Branches"/>
    public Task<Branch> RenameBranchAsync(string name, string newName, CancellationToken cancellationToken = default) =>
        Branches.RenameAsync(name, newName, nameof(RenameBranchAsync), cancellationToken);

    /// <summary>
    /// Deletes a branch. Refused while its head is not in the history of another branch or tag (its commits would
    /// become unreachable), unless <paramref name="force"/>. The same as <see cref="BranchCollection.DeleteAsync(string, bool, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="RevisionNotFoundException">No such branch.</exception>
    /// <exception cref="DefaultBranchException">The branch is the repository's <see cref="RepositoryOptions.DefaultBranch"/> (refused even with force).</exception>
    /// <exception cref="BranchNotMergedException">The branch has commits no other branch or tag holds.</exception>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    /// <seealso cref="Branches"/>
    public Task DeleteBranchAsync(string name, bool force = false, CancellationToken cancellationToken = default) =>
        Branches.DeleteAsync(name, force, nameof(DeleteBranchAsync), cancellationToken);

    /// <summary>
    /// Names a finalized commit with a tag. Tags never move; a workspace cannot check one out. The same as
    /// <see cref="TagCollection.CreateAsync(string, Revision, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="InvalidRefNameException">The name is empty, has spaces, control characters, <c>~</c>, <c>^</c>, <c>:</c>, <c>..</c> or braces, starts with <c>-</c>, or is longer than 255 bytes in UTF-8.</exception>
    /// <exception cref="RefNameTakenException">A branch or tag has that name.</exception>
    /// <exception cref="UnfinalizedCommitException">The revision is a working commit.</exception>
    /// <exception cref="RevisionNotFoundException">The revision names no commit.</exception>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    /// <seealso cref="Tags"/>
    public Task<CommitTag> CreateTagAsync(string name, Revision target, CancellationToken cancellationToken = default) =>
        Tags.CreateAsync(name, target, nameof(CreateTagAsync), cancellationToken);

    /// <summary>All tags, by name, as a list.</summary>
    /// <seealso cref="Tags"/>
    public Task<IReadOnlyList<CommitTag>> TagsAsync(CancellationToken cancellationToken = default) =>
        Tags.ListAsync(cancellationToken);

    /// <summary>Deletes a tag (the commit stays); the same as <see cref="TagCollection.DeleteAsync(string, CancellationToken)"/>.</summary>
    /// <exception cref="RevisionNotFoundException">No such tag.</exception>
    /// <exception cref="ReadOnlyRepositoryException">The repository was opened read-only.</exception>
    /// <seealso cref="Tags"/>
    public Task DeleteTagAsync(string name, CancellationToken cancellationToken = default) =>
        Tags.DeleteAsync(name, nameof(DeleteTagAsync), cancellationToken);
}
