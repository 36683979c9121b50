namespace Versioner;

/// <summary>
/// A name that cannot name a branch or tag: empty, or with spaces, control characters, <c>~</c>, <c>^</c>, <c>..</c>
/// or braces (revision syntax: <c>main~2</c>, <c>main^2</c>, <c>a..b</c>, <c>main@{time}</c>) or <c>:</c> (kept for
/// syntax to come, as git keeps it), or starting with <c>-</c> (an option on a command line), or longer than 255
/// bytes in UTF-8. Nothing was written. A branch or tag made before <c>^</c> and <c>:</c> were refused keeps working:
/// it is checked out, renamed and deleted by its name, and a revision names it by its exact name first.
/// </summary>
public sealed class InvalidRefNameException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public InvalidRefNameException(string name, string problem)
        : base($"{problem} Choose another name, e.g. 'feature/pricing'.")
    {
        IsInvalidInput = true;
        Name = name;
        Problem = problem;
    }

    /// <summary>The name given.</summary>
    public string Name { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
