using Microsoft.EntityFrameworkCore;
using Versioner.Model;
using Versioner.Storage;

namespace Versioner.Internal;

/// <summary>
/// What <see cref="BranchCollection"/> and <see cref="TagCollection"/> do alike to <c>versioner_refs</c>: list the
/// refs of one kind, find one by name and kind, create one at a finalized commit.
/// </summary>
internal static class RefRows
{
    /// <summary>The refs of <paramref name="kind"/>, ordered by name, with one query.</summary>
    public static async Task<IReadOnlyList<RefRow>> ListAsync(GraphStore store, RefKind kind, CancellationToken cancellationToken) =>
        await store.Db.Set<RefRow>().AsNoTracking().Where(r => r.Kind == kind).OrderBy(r => r.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The ref named <paramref name="name"/> when it is of <paramref name="kind"/>, else null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static async Task<RefRow?> FindAsync(GraphStore store, string name, RefKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var row = await store.FindRefAsync(name, cancellationToken).ConfigureAwait(false);
        return row?.Kind == kind ? row : null;
    }

    /// <summary>Creates a ref of <paramref name="kind"/> at <paramref name="at"/>; returns the commit it names.</summary>
    /// <exception cref="InvalidRefNameException">The name breaks the rule.</exception>
    /// <exception cref="UnfinalizedCommitException"><paramref name="at"/> is a working commit.</exception>
    /// <exception cref="RefNameTakenException">A branch or tag has that name, a concurrent creator's included.</exception>
    public static async Task<CommitId> CreateAsync(GraphStore store, string name, Revision at, RefKind kind, CancellationToken cancellationToken)
    {
        RefNames.Validate(name);
        var commit = await store.ResolveAsync(at, cancellationToken).ConfigureAwait(false);
        if (commit.State != CommitState.Finalized)
        {
            throw new UnfinalizedCommitException(at.ToString(), commit.Id, kind == RefKind.Tag ? "a tag names a finalized commit" : "a branch starts at a finalized commit");
        }

        // One statement: a concurrent creator of the same name makes this insert nothing, not a key violation.
        var inserted = await store.ExecuteAsync(
            CommitWriter.CreateRefSql(store.Dialect),
            [store.Map.Text, store.Map.RefKind, store.Map.CommitId], [name, kind, commit.Id], cancellationToken).ConfigureAwait(false);
        return inserted == 1 ? commit.Id : throw new RefNameTakenException(name, creatingTag: kind == RefKind.Tag);
    }
}
