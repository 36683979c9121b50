using Microsoft.EntityFrameworkCore;
using Versioner.Internal;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner;

// Branches and tags.
public sealed partial class Repository
{
    /// <summary>All branches, by name.</summary>
    public Task<IReadOnlyList<Branch>> BranchesAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => BranchesCoreAsync(cancellationToken));

    private async Task<IReadOnlyList<Branch>> BranchesCoreAsync(CancellationToken cancellationToken) =>
        (await Context.Set<RefRow>().AsNoTracking().Where(r => r.Kind == RefKind.Branch).OrderBy(r => r.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        .Select(r => new Branch(r.Name, r.CommitId)).ToArray();

    /// <summary>Creates a branch at <paramref name="startPoint"/> (any revision).</summary>
    /// <exception cref="ArgumentException">A branch or tag of that name exists.</exception>
    public Task<Branch> CreateBranchAsync(string name, Revision startPoint, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(CreateBranchAsync)); return CreateBranchCoreAsync(name, startPoint, cancellationToken); });

    private async Task<Branch> CreateBranchCoreAsync(string name, Revision startPoint, CancellationToken cancellationToken)
    {
        ValidateRefName(name);
        var start = await _store.ResolveAsync(startPoint, cancellationToken).ConfigureAwait(false);
        if (start.State != CommitState.Finalized)
        {
            throw new ArgumentException($"'{startPoint}' is a working commit; a branch starts at a finalized commit.", nameof(startPoint));
        }

        if (await _store.FindRefAsync(name, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ArgumentException($"A branch or tag named '{name}' already exists.", nameof(name));
        }

        await _store.ExecuteAsync(
            $"INSERT INTO {SystemTables.Refs} (name, kind, commit_id) VALUES (@p0, @p1, @p2)",
            [_store.Map.Text, _store.Map.RefKind, _store.Map.CommitId], [name, RefKind.Branch, start.Id], cancellationToken).ConfigureAwait(false);
        return new Branch(name, start.Id);
    }

    /// <summary>Renames a branch; its history and any workspaces on it follow.</summary>
    /// <exception cref="RevisionNotFoundException">No such branch.</exception>
    /// <exception cref="ArgumentException">The new name is taken or invalid.</exception>
    public Task<Branch> RenameBranchAsync(string name, string newName, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(RenameBranchAsync)); return RenameBranchCoreAsync(name, newName, cancellationToken); });

    private async Task<Branch> RenameBranchCoreAsync(string name, string newName, CancellationToken cancellationToken)
    {
        ValidateRefName(newName);
        return await _store.InTransactionAsync(async () =>
        {
            var branch = await FindBranchRowAsync(name, cancellationToken).ConfigureAwait(false);
            if (await _store.FindRefAsync(newName, cancellationToken).ConfigureAwait(false) is not null)
            {
                throw new ArgumentException($"A branch or tag named '{newName}' already exists.", nameof(newName));
            }

            await _store.ExecuteAsync($"UPDATE {SystemTables.Refs} SET name = @p0 WHERE name = @p1", [_store.Map.Text, _store.Map.Text], [newName, name], cancellationToken).ConfigureAwait(false);
            await _store.ExecuteAsync($"UPDATE {SystemTables.Commits} SET branch = @p0 WHERE branch = @p1 AND state = {(int)CommitState.Working}", [_store.Map.Text, _store.Map.Text], [newName, name], cancellationToken).ConfigureAwait(false);
            return new Branch(newName, branch.CommitId);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes a branch. Refused while its head is not in the history of another branch or tag (its commits would
    /// become unreachable), unless <paramref name="force"/>.
    /// </summary>
    /// <exception cref="BranchNotMergedException">The branch has commits no other branch or tag holds.</exception>
    public Task DeleteBranchAsync(string name, bool force = false, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(DeleteBranchAsync)); return DeleteBranchCoreAsync(name, force, cancellationToken); });

    private async Task DeleteBranchCoreAsync(string name, bool force, CancellationToken cancellationToken)
    {
        var branch = await FindBranchRowAsync(name, cancellationToken).ConfigureAwait(false);
        if (!force)
        {
            var others = await Context.Set<RefRow>().AsNoTracking().Where(r => r.Name != name).Select(r => r.CommitId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var graph = await CommitGraph.ForAsync(_store, cancellationToken).ConfigureAwait(false);
            if (!others.Any(other => graph.IsAncestor(branch.CommitId, other)))
            {
                throw new BranchNotMergedException(name, branch.CommitId);
            }
        }

        await _store.ExecuteAsync($"DELETE FROM {SystemTables.Refs} WHERE name = @p0 AND kind = @p1", [_store.Map.Text, _store.Map.RefKind], [name, RefKind.Branch], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Names a finalized commit with a tag. Tags never move; a workspace cannot check one out.</summary>
    /// <exception cref="ArgumentException">The name is taken or invalid, or the revision is a working commit.</exception>
    public Task<CommitTag> CreateTagAsync(string name, Revision target, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(CreateTagAsync)); return CreateTagCoreAsync(name, target, cancellationToken); });

    private async Task<CommitTag> CreateTagCoreAsync(string name, Revision target, CancellationToken cancellationToken)
    {
        ValidateRefName(name);
        var commit = await _store.ResolveAsync(target, cancellationToken).ConfigureAwait(false);
        if (commit.State != CommitState.Finalized)
        {
            throw new ArgumentException($"'{target}' is a working commit; tag finalized commits.", nameof(target));
        }

        if (await _store.FindRefAsync(name, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ArgumentException($"A branch or tag named '{name}' already exists; tags never move.", nameof(name));
        }

        await _store.ExecuteAsync(
            $"INSERT INTO {SystemTables.Refs} (name, kind, commit_id) VALUES (@p0, @p1, @p2)",
            [_store.Map.Text, _store.Map.RefKind, _store.Map.CommitId], [name, RefKind.Tag, commit.Id], cancellationToken).ConfigureAwait(false);
        return new CommitTag(name, commit.Id);
    }

    /// <summary>All tags, by name.</summary>
    public Task<IReadOnlyList<CommitTag>> TagsAsync(CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => TagsCoreAsync(cancellationToken));

    private async Task<IReadOnlyList<CommitTag>> TagsCoreAsync(CancellationToken cancellationToken) =>
        (await Context.Set<RefRow>().AsNoTracking().Where(r => r.Kind == RefKind.Tag).OrderBy(r => r.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        .Select(r => new CommitTag(r.Name, r.CommitId)).ToArray();

    /// <summary>Deletes a tag (the commit stays).</summary>
    public Task DeleteTagAsync(string name, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => { EnsureWritable(nameof(DeleteTagAsync)); return DeleteTagCoreAsync(name, cancellationToken); });

    private async Task DeleteTagCoreAsync(string name, CancellationToken cancellationToken)
    {
        var deleted = await _store.ExecuteAsync($"DELETE FROM {SystemTables.Refs} WHERE name = @p0 AND kind = @p1", [_store.Map.Text, _store.Map.RefKind], [name, RefKind.Tag], cancellationToken).ConfigureAwait(false);
        if (deleted == 0)
        {
            throw new RevisionNotFoundException(name, "no such tag.");
        }
    }

    private async Task<RefRow> FindBranchRowAsync(string name, CancellationToken cancellationToken)
    {
        var row = await _store.FindRefAsync(name, cancellationToken).ConfigureAwait(false);
        return row is { Kind: RefKind.Branch } ? row : throw new RevisionNotFoundException(name, "no such branch.");
    }

    private static void ValidateRefName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (RefNames.Problem(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }
    }
}
