using Versioner.Internal;

namespace Versioner;

// Counting commits between revisions.
public sealed partial class Repository
{
    /// <summary>
    /// How many commits <paramref name="revision"/> has that <paramref name="upstream"/> lacks (ahead), and how many
    /// <paramref name="upstream"/> has that <paramref name="revision"/> lacks (behind), following every parent (git's
    /// <c>rev-list --left-right --count upstream...revision</c>). Exact, however far apart they are.
    /// </summary>
    /// <remarks>
    /// One round trip at most (to bring the shared in-memory commit graph up to date); the count walks only the commits
    /// on either side of the merge bases, never the history they share.
    /// </remarks>
    /// <example><code>var (ahead, behind) = await repository.AheadBehindAsync("topic", "main");</code></example>
    /// <exception cref="RevisionNotFoundException">A revision names no finalized commit (a working commit has no place in the graph yet).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The first parameter's type (one revision or many) decides; no call is ambiguous.")]
    public Task<(int Ahead, int Behind)> AheadBehindAsync(Revision revision, Revision upstream, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => AheadBehindCoreAsync(revision, upstream, cancellationToken));

    /// <summary>
    /// <see cref="AheadBehindAsync(Revision, Revision, CancellationToken)"/> of many revisions against one upstream, counted
    /// in one walk of the commit graph however many there are (a page of branches, git's
    /// <c>for-each-ref --format=%(ahead-behind:main)</c>).
    /// </summary>
    /// <returns>Each revision's counts, in the order given.</returns>
    /// <example><code>
    /// var branches = await repository.BranchesAsync();
    /// var counts = await repository.AheadBehindAsync(branches.Select(b => (Revision)b.Head), "main");
    /// </code></example>
    /// <exception cref="RevisionNotFoundException">A revision names no finalized commit.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The first parameter's type (one revision or many) decides; no call is ambiguous.")]
    public Task<IReadOnlyList<(int Ahead, int Behind)>> AheadBehindAsync(
        IEnumerable<Revision> revisions, Revision upstream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        return ProviderErrors.RunAsync(() => AheadBehindManyAsync([.. revisions], upstream, cancellationToken));
    }

    private async Task<IReadOnlyList<(int Ahead, int Behind)>> AheadBehindManyAsync(
        Revision[] revisions, Revision upstream, CancellationToken cancellationToken)
    {
        var other = await _store.ResolveAsync(upstream, cancellationToken).ConfigureAwait(false);
        var heads = new CommitId[revisions.Length];
        for (var i = 0; i < revisions.Length; i++)
        {
            // A commit id is looked up in the commit graph itself (which refuses one that is not finalized): a page of
            // branch heads needs no query per branch.
            heads[i] = revisions[i].CommitId ?? (await _store.ResolveAsync(revisions[i], cancellationToken).ConfigureAwait(false)).Id;
        }

        var graph = await CommitGraph.ForAsync(_store, cancellationToken).ConfigureAwait(false);
        return graph.AheadBehind(heads, other.Id);
    }

    private async Task<(int Ahead, int Behind)> AheadBehindCoreAsync(Revision revision, Revision upstream, CancellationToken cancellationToken)
    {
        var head = await _store.ResolveAsync(revision, cancellationToken).ConfigureAwait(false);
        var other = await _store.ResolveAsync(upstream, cancellationToken).ConfigureAwait(false);
        if (head.Id == other.Id)
        {
            return (0, 0);
        }

        var graph = await CommitGraph.ForAsync(_store, cancellationToken).ConfigureAwait(false);
        return (graph.Walk(head.Id, other.Id).Count(), graph.Walk(other.Id, head.Id).Count());
    }
}
