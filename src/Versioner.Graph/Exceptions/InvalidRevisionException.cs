namespace Versioner;

/// <summary>
/// Revision text that is not a revision at all (refused by <see cref="Revision.Parse"/>, before any database is asked):
/// empty or blank, spaces or control characters, nothing before <c>~</c> or <c>@{</c>, a count after <c>~</c> that is not a number, an
/// <c>@{time}</c> that is not closed or not an ISO 8601 time, or braces elsewhere.
/// </summary>
public sealed class InvalidRevisionException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public InvalidRevisionException(string revision, string problem)
        : base($"'{revision}' is not a revision: {problem}. A revision is a branch, tag, commit id, checksum or checksum prefix (4+ hex digits), optionally followed by @{{time}} and then ~N, e.g. main~2 or main@{{2026-11-01T12:00:00Z}}.")
    {
        Revision = revision;
        Problem = problem;
    }

    /// <summary>The text given.</summary>
    public string Revision { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
