using System.Collections;

namespace Versioner;

/// <summary>
/// One page of <see cref="Repository.LogAsync(Revision, LogOptions?, CancellationToken)"/> (or of a range, <see cref="Repository.LogAsync(RevisionRange, LogOptions?, CancellationToken)"/>): the matching commits, newest first, at most
/// <see cref="LogOptions.Take"/> of them (100 unless set), and whether the history has more.
/// </summary>
/// <example>
/// <code>
/// var log = await repo.LogAsync("main");
/// if (log.HasMore) { var next = await repo.LogAsync("main", new LogOptions { Skip = log.Count }); }
/// </code>
/// </example>
public sealed class CommitLog : IReadOnlyList<Commit>
{
    private readonly IReadOnlyList<Commit> _commits;

    internal CommitLog(IReadOnlyList<Commit> commits, bool hasMore)
    {
        _commits = commits;
        HasMore = hasMore;
    }

    /// <summary>
    /// True when the page stopped at <see cref="LogOptions.Take"/> and more matching commits follow: ask for the next
    /// page with <see cref="LogOptions.Skip"/> advanced by <see cref="Count"/>.
    /// </summary>
    public bool HasMore { get; }

    /// <inheritdoc/>
    public int Count => _commits.Count;

    /// <inheritdoc/>
    public Commit this[int index] => _commits[index];

    /// <inheritdoc/>
    public IEnumerator<Commit> GetEnumerator() => _commits.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
