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
}
