namespace Versioner;

/// <summary>
/// Names a commit: a branch or tag name, a commit id, a checksum or a unique prefix of one (4+ hex digits), each
/// optionally followed by <c>@{time}</c> (the newest commit of its first-parent history made at or before that time,
/// ISO 8601, UTC unless an offset is given) and then by steps to an ancestor, as git reads them: <c>~N</c> goes N
/// first parents back (<c>~</c> is <c>~1</c>), <c>^N</c> to the N-th parent of a merge (<c>^</c> is <c>^1</c>, the first
/// parent; <c>^0</c> the commit itself), in any order and number (<c>main~2^2~1</c>). Or a <see cref="Commit"/>,
/// <see cref="CommitId"/> or <see cref="Branch"/> directly. Converts implicitly from each, so every API taking a
/// revision takes any of them. A range <c>a..b</c> is no revision: <see cref="RevisionRange"/> reads it.
/// </summary>
/// <remarks>
/// A branch or tag made before names refused <c>^</c> (<c>release^2</c>) is still named by its exact name: the whole
/// text is looked up as a name first, and read as steps only when no ref has it.
/// </remarks>
/// <example><code>
/// await repo.DiffAsync("main~1", "main");
/// await repo.DiffAsync("main^2", "main");                            // what a merge brought in from its second parent
/// await repo.SnapshotAsync("main@{2026-11-01T12:00:00Z}");            // main as it stood at that time
/// await repo.SnapshotAsync(Revision.At("main", DateTimeOffset.UtcNow.AddDays(-7)));
/// </code></example>
public readonly struct Revision : IEquatable<Revision>
{
    private readonly string? _text;
    private readonly CommitId _id;

    private Revision(string? text, CommitId id)
    {
        _text = text;
        _id = id;
    }

    /// <summary>The commit id, when the revision was given as one.</summary>
    public CommitId? CommitId => _text is null && !_id.IsEmpty ? _id : null;

    /// <summary>The revision text, when given as text.</summary>
    public string? Text => _text;

    /// <summary>
    /// A revision from text (branch, tag, id, checksum or prefix, optional <c>@{time}</c>, then <c>~N</c> and <c>^N</c>
    /// steps). The syntax is checked here, at once; whether it names a commit is known when it is resolved.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidRevisionException">The text is empty, blank, a range (<c>a..b</c>) or not revision syntax; the message says why.</exception>
    public static Revision Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            // Revision text is what a user typed (a command line, an address, a form): refused as such, not as a parameter.
            throw new InvalidRevisionException(text, text.Length == 0 ? "it is empty" : "it is only spaces");
        }

        var trimmed = text.Trim();
        if (Problem(trimmed) is { } problem)
        {
            throw new InvalidRevisionException(trimmed, problem);
        }

        return new Revision(trimmed, default);
    }

    /// <summary>What makes <paramref name="text"/> malformed, or null (the grammar the resolver reads).</summary>
    internal static string? Problem(string text)
    {
        if (text.Contains("..", StringComparison.Ordinal))
        {
            return RevisionRange.Problem(text) ?? "it is a range (a..b: the commits b has and a lacks), not one commit; name one commit here";
        }

        var start = StepsStart(text);
        var name = text[..start];
        if (name.Length == 0)
        {
            return $"nothing comes before '{text[0]}'";
        }

        // A '~' the steps did not take has no count: in "main~x", '~x'.
        var tilde = name.IndexOf('~', name.LastIndexOf('}') + 1);
        if (tilde == 0)
        {
            return "nothing comes before '~'";
        }

        if (tilde > 0)
        {
            return $"'{name[tilde..]}' is not a number of commits to go back";
        }

        var open = name.IndexOf("@{", StringComparison.Ordinal);
        if (open == 0)
        {
            return "nothing comes before '@{'";
        }

        if (open > 0)
        {
            var close = name.LastIndexOf('}');
            if (close > open && name.IndexOf('^', close) is var caret and > 0)
            {
                // No branch or tag holds braces, so this '^' is no old name's: a step that is none.
                return $"'{name[caret..]}' is not a parent step (^ is the first parent, ^N the N-th)";
            }

            if (!name.EndsWith('}'))
            {
                return "'@{' is not closed by '}' at the end";
            }

            var when = name[(open + 2)..^1];
            if (!DateTimeOffset.TryParse(when, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _))
            {
                return $"'{when}' is not a date and time (write ISO 8601)";
            }

            return Problem(name[..open]);
        }

        if (name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "a name has no spaces or control characters (only an @{time} may hold spaces)";
        }

        // A '^' left in the name may be part of a branch or tag made before names refused it ("release^x"): the
        // resolver looks that name up, and refuses the text only when no ref has it (ParentStepProblem).
        return name.IndexOfAny(['{', '}']) >= 0 ? "braces belong only in '@{time}'" : null;
    }

    /// <summary>
    /// Where the steps at the end of <paramref name="text"/> begin (<c>~</c>, <c>~N</c>, <c>^</c>, <c>^N</c>, any
    /// number of them, as in <c>main~2^2~1</c>); the text's length when it has none. The text before is the name, or a
    /// revision with <c>@{time}</c>. Read from the end, so a name that holds a <c>^</c> keeps it (<c>a^b~2</c>: the
    /// name <c>a^b</c>, then <c>~2</c>).
    /// </summary>
    internal static int StepsStart(string text)
    {
        var start = text.Length;
        var end = text.Length;
        while (end > 0)
        {
            var digits = end;
            while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
            {
                digits--;
            }

            if (digits == 0 || text[digits - 1] is not ('~' or '^')
                || (digits < end && !long.TryParse(text.AsSpan(digits, end - digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
            {
                break;
            }

            start = end = digits - 1;
        }

        return start;
    }

    /// <summary>The steps of <paramref name="text"/> from <paramref name="start"/> (<see cref="StepsStart"/>), in order.</summary>
    internal static List<RevisionStep> Steps(string text, int start)
    {
        var steps = new List<RevisionStep>();
        for (var at = start; at < text.Length;)
        {
            var end = at + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            var count = end == at + 1 ? 1 : long.Parse(text.AsSpan(at + 1, end - at - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            steps.Add(new RevisionStep(text[at] == '^', count, end));
            at = end;
        }

        return steps;
    }

    /// <summary>
    /// Why <paramref name="name"/>, a name holding a <c>^</c> that no branch or tag has, is no revision: its
    /// <c>^</c> is not a parent step. Null when it holds none.
    /// </summary>
    internal static string? ParentStepProblem(string name)
    {
        var caret = name.IndexOf('^', StringComparison.Ordinal);
        return caret < 0 ? null
            : caret == 0 ? "nothing comes before '^' (to leave a revision's history out, write a range: a..b)"
            : $"'{name[caret..]}' is not a parent step (^ is the first parent, ^N the N-th), and no branch or tag is named '{name}'";
    }

    /// <summary>Text to revision.</summary>
    public static implicit operator Revision(string text) => Parse(text);

    /// <summary>A commit id to revision.</summary>
    public static implicit operator Revision(CommitId id) => new(null, id);

    /// <summary>A commit to revision.</summary>
    public static implicit operator Revision(Commit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return new Revision(null, commit.Id);
    }

    /// <summary>A branch to revision (its name, so it follows the branch).</summary>
    public static implicit operator Revision(Branch branch)
    {
        ArgumentNullException.ThrowIfNull(branch);
        return Parse(branch.Name);
    }

    /// <summary>
    /// The newest commit of <paramref name="revision"/>'s first-parent history whose timestamp is at or before
    /// <paramref name="time"/> (<c>rev@{time}</c>): what a branch showed at that moment, like a temporal table's
    /// <c>AS OF</c>. Commit timestamps are the time each commit was finalized (or the time given to it).
    /// </summary>
    public static Revision At(Revision revision, DateTimeOffset time) =>
        Parse($"{revision}@{{{time.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture)}}}");

    /// <summary>Named alternative to the implicit conversion from text.</summary>
    public static Revision FromString(string text) => Parse(text);

    /// <summary>Named alternative to the implicit conversion from a commit id.</summary>
    public static Revision FromCommitId(CommitId id) => id;

    /// <inheritdoc/>
    public bool Equals(Revision other) => _text == other._text && _id == other._id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Revision other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_text, _id);

    /// <summary>The revision as text.</summary>
    public override string ToString() => _text ?? _id.ToString();

    /// <summary>Equality.</summary>
    public static bool operator ==(Revision left, Revision right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Revision left, Revision right) => !left.Equals(right);
}

/// <summary>
/// One step of a revision to an ancestor: <c>~N</c> (<paramref name="ToParent"/> false: N first parents back) or
/// <c>^N</c> (true: the N-th parent), ending at <paramref name="End"/> in the revision's text.
/// </summary>
internal readonly record struct RevisionStep(bool ToParent, long Count, int End);
