namespace Versioner;

/// <summary>
/// A checksum or checksum prefix names more than one commit. When every candidate has the same checksum the commits
/// are identical in content (sibling commits with the same changes, parents, author, message and timestamp): no
/// number of digits tells them apart, so name each by its id (<see cref="Candidates"/>). Otherwise give more digits.
/// </summary>
public sealed class AmbiguousRevisionException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public AmbiguousRevisionException(string revision, IReadOnlyList<CommitId> candidates, bool identical)
        : base(identical
            ? $"Revision '{revision}' names {candidates.Count} commits with the same checksum: they are identical in content, parents, author, message and timestamp, so no checksum can tell them apart. Name each by its id: {string.Join(", ", candidates)}."
            : $"Revision '{revision}' is a checksum prefix of {candidates.Count} or more commits. Give more digits, or name one by its id: {string.Join(", ", candidates)}.")
    {
        IsInvalidInput = true;
        ArgumentNullException.ThrowIfNull(candidates);
        Revision = revision;
        Candidates = candidates;
        Identical = identical;
    }

    /// <summary>The revision as given.</summary>
    public string Revision { get; }

    /// <summary>The ids of the commits it matches (up to ten), each a revision that names one of them.</summary>
    public IReadOnlyList<CommitId> Candidates { get; }

    /// <summary>True when the candidates share the whole checksum (identical commits), so only ids tell them apart.</summary>
    public bool Identical { get; }
}
