namespace Versioner;

/// <summary>
/// Names a commit: a branch or tag name, a commit id, a checksum or a unique prefix of one (4+ hex digits), each
/// optionally followed by <c>@{time}</c> (the newest commit of its first-parent history made at or before that time,
/// ISO 8601, UTC unless an offset is given) and then by <c>~N</c> (N first-parent steps back); or a
/// <see cref="Commit"/>, <see cref="CommitId"/> or <see cref="Branch"/> directly. Converts implicitly from each, so
/// every API taking a revision takes any of them.
/// </summary>
/// <example><code>
/// await repo.DiffAsync("main~1", "main");
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
    /// A revision from text (branch, tag, id, checksum or prefix, optional <c>@{time}</c> and <c>~N</c>). The syntax is
    /// checked here, at once; whether it names a commit is known when it is resolved.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidRevisionException">The text is empty, blank or not revision syntax; the message says why.</exception>
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
    private static string? Problem(string text)
    {
        var tilde = text.IndexOf('~', text.LastIndexOf('}') + 1);
        if (tilde == 0)
        {
            return "nothing comes before '~'";
        }

        if (tilde > 0)
        {
            var count = text[(tilde + 1)..];
            if (count.Length > 0 && !long.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return $"'~{count}' is not a number of commits to go back";
            }

            text = text[..tilde];
        }

        var open = text.IndexOf("@{", StringComparison.Ordinal);
        if (open == 0)
        {
            return "nothing comes before '@{'";
        }

        if (open > 0)
        {
            if (!text.EndsWith('}'))
            {
                return "'@{' is not closed by '}' at the end";
            }

            var when = text[(open + 2)..^1];
            if (!DateTimeOffset.TryParse(when, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _))
            {
                return $"'{when}' is not a date and time (write ISO 8601)";
            }

            return Problem(text[..open]);
        }

        if (text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "a name has no spaces or control characters (only an @{time} may hold spaces)";
        }

        return text.IndexOfAny(['{', '}']) >= 0 ? "braces belong only in '@{time}'" : null;
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
