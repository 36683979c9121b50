namespace Versioner;

/// <summary>
/// The record of a redaction (<see cref="Repository.RedactAsync"/>): who removed content, when, why, and from which
/// versions. Its <see cref="Id"/> is the same in every database the redaction reached (through push or pull).
/// </summary>
public sealed class Redaction
{
    /// <summary>What a redacted commit message reads afterwards.</summary>
    public const string MessagePlaceholder = "[message redacted]";

    internal Redaction(Guid id, string author, string reason, DateTimeOffset timestamp, IReadOnlyList<RedactedVersion> versions, IReadOnlyList<CommitId> messages, long commitsRewritten)
    {
        Messages = messages;
        Id = id;
        Author = author;
        Reason = reason;
        Timestamp = timestamp;
        Versions = versions;
        CommitsRewritten = commitsRewritten;
    }

    /// <summary>The redaction's id (a UUIDv7), identical in every database that applied it.</summary>
    public Guid Id { get; }

    /// <summary>Who redacted.</summary>
    public string Author { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>When (from <see cref="RepositoryOptions.TimeProvider"/>, in UTC, to the microsecond).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The versions cleared and their fields, in version id order.</summary>
    public IReadOnlyList<RedactedVersion> Versions { get; }

    /// <summary>The commits whose message was replaced by <see cref="MessagePlaceholder"/>, in id order.</summary>
    public IReadOnlyList<CommitId> Messages { get; }

    /// <summary>
    /// How many commits' checksums the redaction rewrote in this database: those holding the versions, and all their
    /// descendants (list them with <see cref="Repository.RewrittenCommitsAsync"/>).
    /// </summary>
    public long CommitsRewritten { get; }

    /// <summary>Like <c>0193… by ada at 2026-01-02T03:04:05Z: 2 version(s), 0 message(s), 5 commit(s) rewritten</c>.</summary>
    public override string ToString() =>
        $"{Id} by {Author} at {Timestamp:yyyy-MM-ddTHH:mm:ssZ}: {Versions.Count} version(s), {Messages.Count} message(s), {CommitsRewritten} commit(s) rewritten";
}
