namespace Versioner;

/// <summary>
/// A name that cannot name a branch or tag: empty, or with spaces, control characters, <c>~</c>, <c>..</c> or braces
/// (revision syntax: <c>main~2</c>, <c>a..b</c>, <c>main@{time}</c>), or starting with <c>-</c> (an option on a
/// command line), or longer than 255 bytes in UTF-8. Nothing was written.
/// </summary>
public sealed class InvalidRefNameException : VersionerException
{
    /// <summary>Creates the exception.</summary>
    public InvalidRefNameException(string name, string problem)
        : base($"{problem} Choose another name, e.g. 'feature/pricing'.")
    {
        Name = name;
        Problem = problem;
    }

    /// <summary>The name given.</summary>
    public string Name { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
