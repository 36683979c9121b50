using System.Diagnostics.CodeAnalysis;

namespace Versioner;

/// <summary>
/// A range of history, <c>a..b</c> as git writes it: the commits <see cref="To"/> has and <see cref="From"/> lacks
/// (<c>git log a..b</c>). A side left empty (<c>..topic</c>, <c>topic..</c>) is null and is read as
/// <see cref="RepositoryOptions.DefaultBranch"/>, as git reads it as HEAD. Three dots (<c>a...b</c>) and a second
/// <c>..</c> are refused: they are no range Versioner reads. <see cref="Repository.LogAsync(RevisionRange, LogOptions?, CancellationToken)"/>
/// lists a range. A diff over a range compares its two sides, as <c>git diff a..b</c> does: pass them to
/// <see cref="Repository.DiffAsync"/>, an empty one as the default branch. A range is a value: immutable, equal to
/// another with the same sides as written (an empty side is not equal to the default branch named).
/// </summary>
/// <example><code>
/// var range = RevisionRange.Parse("v1..main");
/// await repo.LogAsync(range);                          // the commits main has and v1 lacks
/// await repo.LogAsync("..topic");                      // text works too: main..topic
/// if (RevisionRange.TryParse(text, out var r)) { ... } // a range, or not one
/// </code></example>
public readonly struct RevisionRange : IEquatable<RevisionRange>
{
    private const string Dots = "..";

    /// <summary>A range from its sides; null is a side left empty (the default branch).</summary>
    /// <exception cref="ArgumentException">A side is <c>default(Revision)</c>, which names nothing (leave it null instead).</exception>
    public RevisionRange(Revision? from, Revision? to)
    {
        if (from == default(Revision) || to == default(Revision))
        {
            throw new ArgumentException("A side of a range is default(Revision), which names nothing: name a revision, or pass null for the default branch.", from == default(Revision) ? nameof(from) : nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>The side whose history is left out (<c>a</c> of <c>a..b</c>); null when left empty, meaning the default branch.</summary>
    public Revision? From { get; }

    /// <summary>The side whose history is listed (<c>b</c> of <c>a..b</c>); null when left empty, meaning the default branch.</summary>
    public Revision? To { get; }

    /// <summary>
    /// A range from text <c>a..b</c>, <c>..b</c> or <c>a..</c> (spaces around the text or a side are ignored). Each
    /// side is checked as <see cref="Revision.Parse"/> checks it, at once; whether it names a commit is known when it is
    /// resolved.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidRevisionException">
    /// The text is no range (no <c>..</c>), three dots (<c>a...b</c>) or more than one <c>..</c>, or a side is not
    /// revision syntax; the message says which.
    /// </exception>
    public static RevisionRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Problem(text) is { } problem)
        {
            throw InvalidRevisionException.Range(text.Trim(), problem);
        }

        var trimmed = text.Trim();
        var dots = trimmed.IndexOf(Dots, StringComparison.Ordinal);
        return new RevisionRange(Side(trimmed[..dots]), Side(trimmed[(dots + Dots.Length)..]));

        static Revision? Side(string side) => string.IsNullOrWhiteSpace(side) ? (Revision?)null : Revision.Parse(side.Trim());
    }

    /// <summary>
    /// Reads <paramref name="text"/> as a range, as <see cref="Parse"/> does; false, and <paramref name="range"/>
    /// default, when it is not one (null, one revision, three dots, a side that is not revision syntax).
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out RevisionRange range)
    {
        if (text is null || Problem(text) is not null)
        {
            range = default;
            return false;
        }

        range = Parse(text);
        return true;
    }

    /// <summary>What makes <paramref name="text"/> no range, or null: the rule for <c>..</c>, in one place.</summary>
    internal static string? Problem(string text)
    {
        var dots = text.IndexOf(Dots, StringComparison.Ordinal);
        if (dots < 0)
        {
            return "it has no '..'";
        }

        if (text.AsSpan(dots + Dots.Length).StartsWith(".") || text.IndexOf(Dots, dots + Dots.Length, StringComparison.Ordinal) >= 0)
        {
            return "a range is two revisions with '..' between them (a..b: what b has and a lacks); three dots (a...b) and a second '..' are not ranges Versioner reads";
        }

        foreach (var side in new[] { text[..dots], text[(dots + Dots.Length)..] })
        {
            if (!string.IsNullOrWhiteSpace(side) && Revision.Problem(side.Trim()) is { } problem)
            {
                return $"its side '{side.Trim()}' is not a revision: {problem}";
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(RevisionRange other) => From == other.From && To == other.To;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RevisionRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(From, To);

    /// <summary>
    /// The range as text, <c>a..b</c>, an empty side left empty: <see cref="Parse"/> reads it back to an equal range
    /// (a side given as a commit id comes back as its text, which names the same commit).
    /// </summary>
    public override string ToString() => $"{From}{Dots}{To}";

    /// <summary>Equality: the same sides, as written (an empty side is not equal to the default branch named).</summary>
    public static bool operator ==(RevisionRange left, RevisionRange right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(RevisionRange left, RevisionRange right) => !left.Equals(right);
}
