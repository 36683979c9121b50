using System.Diagnostics.CodeAnalysis;
using Versioner.Internal;

namespace Versioner;

/// <summary>A branch: a name pointing at the commit it has reached (its head).</summary>
/// <param name="Name">The branch name.</param>
/// <param name="Head">The commit the branch points at.</param>
public sealed record Branch(string Name, CommitId Head)
{
    /// <summary>
    /// Whether <paramref name="name"/> may name a new branch (or tag: the two share one namespace and one rule), checked
    /// without a database, as a configuration is checked at start. A name is one a revision can name again: not empty, no
    /// spaces or control characters, no <c>~</c>, <c>^</c>, <c>:</c>, <c>..</c> or braces (revision syntax, such as
    /// <c>main~2</c>, <c>main^2</c>, <c>a..b</c>, <c>main@{time}</c>), no <c>-</c> at the start (an option on a command
    /// line), at most 255 bytes in UTF-8. <see cref="BranchCollection.CreateAsync(string, Revision, CancellationToken)"/>
    /// refuses the names this refuses, with <see cref="InvalidRefNameException"/> and the same reason.
    /// </summary>
    /// <param name="name">The name to check; null is refused as empty.</param>
    /// <param name="reason">Why the name is refused, naming it; null when it is valid.</param>
    /// <returns>True when a new branch or tag may have the name.</returns>
    /// <example>
    /// <code>
    /// if (!Branch.IsValidName(options.Branch, out var reason))
    /// {
    ///     failures.Add($"Branch: {reason}");
    /// }
    /// </code>
    /// </example>
    public static bool IsValidName([NotNullWhen(true)] string? name, [NotNullWhen(false)] out string? reason)
    {
        reason = RefNames.Problem(name);
        return reason is null;
    }
}
