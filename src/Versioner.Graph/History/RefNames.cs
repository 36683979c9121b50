using System.Runtime.CompilerServices;

namespace Versioner.Internal;

/// <summary>The rule for branch and tag names, in one place.</summary>
internal static class RefNames
{
    /// <summary>What is wrong with <paramref name="name"/> as a branch or tag name, or null when it is valid.</summary>
    public static string? Problem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "a branch or tag name must not be empty."
        : name.Contains('~', StringComparison.Ordinal) || name.Any(char.IsWhiteSpace) || name.Any(char.IsControl)
            ? $"'{name}' is not a valid branch name: no spaces, control characters or '~'."
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
