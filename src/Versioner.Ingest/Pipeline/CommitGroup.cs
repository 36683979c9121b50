using System.Globalization;
using System.Text;
using Versioner.Client;
using Versioner.Ingest.Configuration;

namespace Versioner.Ingest.Pipeline;

/// <summary>
/// The versions waiting in the working commit, to be finalized together. Only the single writer changes it, and only
/// by adding: a failed write puts it back as it was with <see cref="Save"/> and <see cref="Mark.Restore"/>. (It was an
/// immutable list and set: each version then cost the single writer about a microsecond and a kilobyte of tree nodes.)
/// </summary>
internal sealed class CommitGroup
{
    private const int DescribedEntries = 50;
    private readonly List<Entry> _entries = [];
    private readonly HashSet<Guid> _eternalIds = [];

    public DateTimeOffset OpenedAt { get; private set; }

    public bool IsEmpty => _entries.Count == 0;

    public int Count => _entries.Count;

    /// <summary>Under the grouped policy, the group's author: the source of its versions (or their author when they name no source).</summary>
    public string? Key => IsEmpty ? null : _entries[0].Key;

    /// <summary>Adds <paramref name="entry"/> (check <see cref="MustCloseBefore"/> first: an entity is in a group once).</summary>
    public void Add(Entry entry, DateTimeOffset now)
    {
        if (IsEmpty)
        {
            OpenedAt = now;
        }

        _entries.Add(entry);
        _eternalIds.Add(entry.EternalId);
    }

    /// <summary>The group as it is now, to restore if what follows fails.</summary>
    public Mark Save() => new(this, Count, OpenedAt);

    /// <summary>A group as it was; whatever was added to it since is dropped by <see cref="Restore"/>.</summary>
    internal readonly record struct Mark(CommitGroup Group, int Count, DateTimeOffset OpenedAt)
    {
        public CommitGroup Restore()
        {
            var entries = Group._entries;
            for (var i = Count; i < entries.Count; i++)
            {
                Group._eternalIds.Remove(entries[i].EternalId);
            }

            entries.RemoveRange(Count, entries.Count - Count);
            Group.OpenedAt = OpenedAt;
            return Group;
        }
    }

    /// <summary>
    /// True when <paramref name="entry"/> cannot join the group: its entity is already in it (a second version
    /// would overwrite the first in the working commit, losing it from history), or, grouped, its source differs.
    /// </summary>
    public bool MustCloseBefore(Entry entry, CommitMode mode) =>
        !IsEmpty && (_eternalIds.Contains(entry.EternalId) || (mode == CommitMode.Grouped && !string.Equals(Key, entry.Key, StringComparison.Ordinal)));

    /// <summary>The commit's author and message.</summary>
    public (string Author, string Message) Describe(CommitMode mode, string fallbackAuthor)
    {
        if (_entries.Count == 1 && mode == CommitMode.PerRequest)
        {
            var only = _entries[0];
            return (only.Author, only.Message ?? $"{only.Operation} {only.EntityType} {only.EternalId}");
        }

        string author;
        if (mode == CommitMode.Grouped)
        {
            author = Key!;
        }
        else if (_entries[0].Author is var first && _entries.TrueForAll(e => string.Equals(e.Author, first, StringComparison.Ordinal)))
        {
            author = first;
        }
        else if (_entries[0].Source is { } source && _entries.TrueForAll(e => e.Source == source))
        {
            author = source;
        }
        else
        {
            author = fallbackAuthor;
        }

        var message = new StringBuilder();
        message.Append(mode == CommitMode.Grouped ? $"Ingest {Count} version(s) from {Key}" : $"Ingest {Count} versions").Append("\n\n");
        foreach (var entry in _entries.Take(DescribedEntries))
        {
            message.Append(CultureInfo.InvariantCulture, $"- {entry.Operation} {entry.EntityType} {entry.EternalId} by {entry.Author}");
            if (entry.Message is { } text)
            {
                message.Append(": ").Append(text.Split('\n', 2)[0]);
            }

            message.Append('\n');
        }

        if (Count > DescribedEntries)
        {
            message.Append(CultureInfo.InvariantCulture, $"- and {Count - DescribedEntries} more\n");
        }

        return (author, message.ToString().TrimEnd('\n'));
    }

    /// <summary>What the group remembers of one version.</summary>
    internal sealed record Entry(string EntityType, Guid EternalId, string Operation, string Author, string? Source, string? Message)
    {
        public string Key => Source ?? Author;

        public static Entry Of(DataObjectVersion message) => new(
            message.EntityType, message.EternalId, message.Operation == VersionOperation.Upsert ? "upsert" : "delete", message.Author, message.Source, message.Message);
    }
}
