namespace Versioner;

/// <summary>
/// Revision text that is not a revision at all, refused by <see cref="Revision.Parse"/> (or a range refused by
/// <see cref="RevisionRange.Parse"/>) before any database is asked: empty or blank, spaces or control characters,
/// nothing before <c>~</c>, <c>^</c> or <c>@{</c>, a count after <c>~</c> that is not a number, an <c>@{time}</c> that
/// is not closed or not an ISO 8601 time, braces elsewhere, a range where one revision is wanted, or a range of three
/// dots (<c>a...b</c>) or two <c>..</c>. A <c>^</c> that is no parent step (<c>main^x</c>) is refused when the revision
/// is resolved, once no branch or tag turns out to have that name (names made before <c>^</c> was refused in them keep
/// working).
/// </summary>
public sealed class InvalidRevisionException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public InvalidRevisionException(string revision, string problem)
        : this(revision, problem, $"'{revision}' is not a revision: {problem}. {Grammar}")
    {
    }

    private InvalidRevisionException(string revision, string problem, string message)
        : base(message)
    {
        IsInvalidInput = true;
        Revision = revision;
        Problem = problem;
    }

    private const string Grammar =
        "A revision is a branch, tag, commit id, checksum or checksum prefix (4+ hex digits), optionally followed by @{time} and then by ~N (N first parents back) or ^N (the N-th parent), "
        + "e.g. main~2, main^2 or main@{2026-11-01T12:00:00Z}.";

    /// <summary>Text refused as a range (<see cref="RevisionRange.Parse"/>).</summary>
    internal static InvalidRevisionException Range(string text, string problem) =>
        new(text, problem, $"'{text}' is not a range: {problem}. A range is a..b (the commits b has and a lacks), a side left empty being the default branch (..b, a..). {Grammar}");

    /// <summary>The text given.</summary>
    public string Revision { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
