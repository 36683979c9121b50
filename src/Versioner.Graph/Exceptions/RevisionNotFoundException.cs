namespace Versioner;

/// <summary>
/// A revision (branch, tag, commit id, checksum or prefix, with optional <c>@{time}</c>, <c>~N</c> and <c>^N</c>) names
/// no commit: nothing has the name, or a step goes past the history (<c>~N</c> beyond the first commit, <c>^N</c> of a
/// commit with fewer than N parents, as <c>^2</c> of a commit that is no merge). The message says which.
/// </summary>
public sealed class RevisionNotFoundException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public RevisionNotFoundException(string revision, string detail)
        : base($"Revision '{revision}' not found: {detail}")
    {
        Revision = revision;
    }

    /// <summary>The revision as given.</summary>
    public string Revision { get; }
}
