using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Versioner.Client;
using Versioner.Ingest.Configuration;

namespace Versioner.Ingest.Pipeline;

/// <summary>
/// The versions waiting in the working commit, to be finalized together. Immutable, so a failed write restores the
/// group as it was by keeping the old value.
/// </summary>
internal sealed record CommitGroup(ImmutableList<CommitGroup.Entry> Entries, ImmutableHashSet<Guid> EternalIds, DateTimeOffset OpenedAt)
{
    private const int DescribedEntries = 50;

    public static CommitGroup Empty { get; } = new([], [], default);

    public bool IsEmpty => Entries.IsEmpty;

    public int Count => Entries.Count;

    /// <summary>Under the grouped policy, the group's author: the source of its versions (or their author when they name no source).</summary>
    public string? Key => IsEmpty ? null : Entries[0].Key;

    public CommitGroup Add(Entry entry, DateTimeOffset now) => new(
        Entries.Add(entry), EternalIds.Add(entry.EternalId), IsEmpty ? now : OpenedAt);

    /// <summary>
    /// True when <paramref name="entry"/> cannot join the group: its entity is already in it (a second version
    /// would overwrite the first in the working commit, losing it from history), or, grouped, its source differs.
    /// </summary>
    public bool MustCloseBefore(Entry entry, CommitMode mode) =>
        !IsEmpty && (EternalIds.Contains(entry.EternalId) || (mode == CommitMode.Grouped && !string.Equals(Key, entry.Key, StringComparison.Ordinal)));

    /// <summary>The commit's author and message.</summary>
    public (string Author, string Message) Describe(CommitMode mode, string fallbackAuthor)
    {
        if (Entries.Count == 1 && mode == CommitMode.PerRequest)
        {
            var only = Entries[0];
            return (only.Author, only.Message ?? $"{only.Operation} {only.EntityType} {only.EternalId}");
        }

        string author;
        if (mode == CommitMode.Grouped)
        {
            author = Key!;
        }
        else if (Entries[0].Author is var first && Entries.All(e => string.Equals(e.Author, first, StringComparison.Ordinal)))
        {
            author = first;
        }
        else if (Entries[0].Source is { } source && Entries.All(e => e.Source == source))
        {
            author = source;
        }
        else
        {
            author = fallbackAuthor;
        }

        var message = new StringBuilder();
        message.Append(mode == CommitMode.Grouped ? $"Ingest {Count} version(s) from {Key}" : $"Ingest {Count} versions").Append("\n\n");
        foreach (var entry in Entries.Take(DescribedEntries))
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
