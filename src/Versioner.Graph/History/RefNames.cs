using System.Runtime.CompilerServices;
using System.Text;

namespace Versioner.Internal;

/// <summary>The rule for branch and tag names, in one place.</summary>
internal static class RefNames
{
    /// <summary>The longest name in UTF-8 bytes: git's bound (a file name), and far inside every engine's key limit.</summary>
    public const int MaxBytes = 255;

    /// <summary>
    /// What is wrong with <paramref name="name"/> as a new branch or tag name, or null when it is valid. A name must be
    /// one a revision can name again: <c>~</c>, <c>^</c>, <c>..</c> and braces are revision syntax (<c>main~2</c>,
    /// <c>main^2</c>, <c>a..b</c>, <c>main@{time}</c>), <c>:</c> is kept for syntax to come, as git keeps it
    /// (<c>rev:path</c>), and a leading <c>-</c> reads as an option on a command line. It is at most
    /// <see cref="MaxBytes"/> bytes in UTF-8 (PostgreSQL cannot index a key of about 2,700 bytes or more).
    /// </summary>
    public static string? Problem(string? name) =>
        Existing(name) ?? (name!.IndexOfAny(['^', ':']) is var at and >= 0
            ? $"'{name}' is not a valid branch or tag name: '{name[at]}' is revision syntax ({(name[at] == '^' ? "main^2 is the second parent of main" : "kept for rev:path, as git keeps it")}), so a revision could not name it."
            : null);

    /// <summary>
    /// What is wrong with <paramref name="name"/> as the name of a branch or tag that may already exist, or null: the
    /// rule as it was before <c>^</c> and <c>:</c> were refused, so a ref made then can still be checked out (a revision
    /// names it by its exact name first, <see cref="Revision"/>).
    /// </summary>
    public static string? Existing(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "a branch or tag name must not be empty."
        : Encoding.UTF8.GetByteCount(name) is var bytes && bytes > MaxBytes
            ? $"a branch or tag name is at most {MaxBytes} bytes in UTF-8; '{name[..(char.IsHighSurrogate(name[39]) ? 39 : 40)]}...' has {bytes}."
        : name.Contains('~', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal) || name.IndexOfAny(['{', '}']) >= 0
            || name.StartsWith('-') || name.Any(char.IsWhiteSpace) || name.Any(char.IsControl)
            ? $"'{name}' is not a valid branch or tag name: no spaces, control characters, '~', '^', ':', '..' or braces, and no '-' at the start (a revision could not name it)."
            : null;

    /// <summary>Throws unless <paramref name="name"/> is a valid new branch or tag name (<see cref="Problem"/>).</summary>
    /// <exception cref="ArgumentNullException">The name is null.</exception>
    /// <exception cref="InvalidRefNameException">The name is empty or breaks the rule.</exception>
    public static void Validate(string name, [CallerArgumentExpression(nameof(name))] string? parameter = null) =>
        Throw(name, Problem(name), parameter);

    /// <summary>Throws unless <paramref name="name"/> can name a branch or tag made under any earlier rule (<see cref="Existing"/>).</summary>
    /// <exception cref="ArgumentNullException">The name is null.</exception>
    /// <exception cref="InvalidRefNameException">The name is empty or breaks that rule.</exception>
    public static void ValidateExisting(string name, [CallerArgumentExpression(nameof(name))] string? parameter = null) =>
        Throw(name, Existing(name), parameter);

    private static void Throw(string name, string? problem, string? parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        if (problem is not null)
        {
            throw new InvalidRefNameException(name, problem);
        }
    }
}
