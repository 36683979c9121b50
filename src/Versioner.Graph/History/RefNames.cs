using System.Runtime.CompilerServices;

namespace Versioner.Internal;

/// <summary>The rule for branch and tag names, in one place.</summary>
internal static class RefNames
{
    /// <summary>
    /// What is wrong with <paramref name="name"/> as a branch or tag name, or null when it is valid. A name must be one a
    /// revision can name again: <c>~</c>, <c>..</c> and braces are revision syntax (<c>main~2</c>, <c>a..b</c>,
    /// <c>main@{time}</c>), and a leading <c>-</c> reads as an option on a command line.
    /// </summary>
    public static string? Problem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "a branch or tag name must not be empty."
        : name.Contains('~', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal) || name.IndexOfAny(['{', '}']) >= 0
            || name.StartsWith('-') || name.Any(char.IsWhiteSpace) || name.Any(char.IsControl)
            ? $"'{name}' is not a valid branch or tag name: no spaces, control characters, '~', '..' or braces, and no '-' at the start (a revision could not name it)."
            : null;

    /// <summary>Throws unless <paramref name="name"/> is a valid branch or tag name.</summary>
    /// <exception cref="ArgumentNullException">The name is null.</exception>
    /// <exception cref="InvalidRefNameException">The name is empty or breaks the rule.</exception>
    public static void Validate(string name, [CallerArgumentExpression(nameof(name))] string? parameter = null)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        if (Problem(name) is { } problem)
        {
            throw new InvalidRefNameException(name, problem);
        }
    }
}
