namespace Versioner;

/// <summary>A revision (branch, tag, commit id, checksum or prefix, with an optional <c>~N</c>) names no commit.</summary>
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
