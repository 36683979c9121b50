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
    public Task<(int Ahead, int Behind)> AheadBehindAsync(Revision revision, Revision upstream, CancellationToken cancellationToken = default) =>
        ProviderErrors.RunAsync(() => AheadBehindCoreAsync(revision, upstream, cancellationToken));

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
