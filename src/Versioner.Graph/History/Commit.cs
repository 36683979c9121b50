using System.Diagnostics;
using Versioner.Storage;

namespace Versioner;

/// <summary>
/// A commit: a set of changes with parents, author, message, timestamp and (once finalized) a content checksum.
/// Immutable snapshot of the row as it was read.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Commit : IEquatable<Commit>
{
    internal Commit(CommitRow row, IReadOnlyList<CommitId> parents)
    {
        Id = row.Id;
        IsFinalized = row.State == CommitState.Finalized;
        Checksum = row.Checksum switch
        {
            null => default,
            { Length: Checksum.Length } bytes => new Checksum(bytes),
            // Only finalize writes a checksum, always 32 bytes: another length was written outside Versioner.
            var bytes => throw new HistoryDamagedException($"Commit {row.Id} stores a checksum of {bytes.Length} bytes instead of {Checksum.Length}; the row was changed outside Versioner. Run repository.VerifyAsync() (or `versioner verify`) to list every damaged row."),
        };
        Author = row.Author;
        Message = row.Message;
        Timestamp = Timestamps.FromUnixMicroseconds(row.TimestampMicros);
        Parents = parents;
        Depth = row.Depth;
    }

    /// <summary>The commit's id (portable; not part of its checksum).</summary>
    public CommitId Id { get; }

    /// <summary>Parents in order; the first is the branch it was made on. Empty for a root commit.</summary>
    public IReadOnlyList<CommitId> Parents { get; }

    /// <summary>True once finalized: checksummed and immutable.</summary>
    public bool IsFinalized { get; }

    /// <summary>The content checksum; empty while the commit is a working commit.</summary>
    public Checksum Checksum { get; }

    /// <summary>Who finalized it.</summary>
    public string Author { get; }

    /// <summary>Why.</summary>
    public string Message { get; }

    /// <summary>When it was finalized (UTC, microseconds).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The number of first-parent steps from the root commit (0 for the root).</summary>
    public long Depth { get; }

    /// <summary>The first line of the message.</summary>
    public string Subject => Message.Split('\n', 2)[0];

    /// <summary>Equality by id.</summary>
    public bool Equals(Commit? other) => other is not null && other.Id == Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Commit);

    /// <inheritdoc/>
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>
    /// The short form Versioner prints for this commit, and a revision that names it: the first seven hex digits of
    /// the checksum (git's abbreviated hash) once finalized, the full id for a working commit (it has no checksum yet).
    /// Identical sibling commits share a checksum; name those by <see cref="Id"/>.
    /// </summary>
    public string ShortForm => IsFinalized ? Checksum.ToString(ShortLength) : Id.ToString();

    /// <summary>Like git's one-line log: <c>3f2a9c1 Add revenue for 2024</c> (<see cref="ShortForm"/>, then <see cref="Subject"/>).</summary>
    public override string ToString() => IsFinalized ? $"{ShortForm} {Subject}" : $"(working {ShortForm})";

    /// <summary>Hex digits of a finalized commit's <see cref="ShortForm"/>.</summary>
    internal const int ShortLength = 7;
}
