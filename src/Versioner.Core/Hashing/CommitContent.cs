namespace Versioner;

/// <summary>
/// What a commit's checksum covers: its parents' checksums in order, the checksums of the versions it adds, the
/// eternal ids it removes, author, message and timestamp. Never the commit's local id or the clock at hashing time.
/// </summary>
public sealed class CommitContent
{
    internal const string Domain = "versioner.commit.v1";

    /// <summary>Creates the content. Order of <paramref name="addedVersions"/> and <paramref name="removed"/> does not matter.</summary>
    /// <exception cref="ArgumentException">A parent or added checksum is empty, or an added version or removed id repeats.</exception>
    /// <exception cref="InvalidFieldValueException">The author or message has a NUL or an unpaired surrogate.</exception>
    public CommitContent(
        IEnumerable<Checksum> parents,
        IEnumerable<Checksum> addedVersions,
        IEnumerable<EternalId> removed,
        string author,
        string message,
        DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(parents);
        ArgumentNullException.ThrowIfNull(addedVersions);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(message);
        Parents = parents.ToArray();
        if (Parents.Any(p => p.IsEmpty))
        {
            throw new ArgumentException("A parent of a finalized commit must itself be finalized (have a checksum).", nameof(parents));
        }

        var versions = addedVersions.ToArray();
        Array.Sort(versions);
        for (var i = 0; i < versions.Length; i++)
        {
            if (versions[i].IsEmpty || (i > 0 && versions[i] == versions[i - 1]))
            {
                throw new ArgumentException($"Added version checksums must be non-empty and distinct; {(versions[i].IsEmpty ? "one is empty" : $"{versions[i]} appears twice")}.", nameof(addedVersions));
            }
        }

        AddedVersions = versions;
        var ids = removed.ToArray();
        Array.Sort(ids, static (x, y) => UuidOrder.Compare(x.Value, y.Value));
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i].IsEmpty || (i > 0 && ids[i] == ids[i - 1]))
            {
                throw new ArgumentException($"Removed eternal ids must be non-empty and distinct; {(ids[i].IsEmpty ? "one is empty" : $"{ids[i]} appears twice")}.", nameof(removed));
            }
        }

        Removed = ids;
        FieldValue.CheckText(author, nameof(author));
        FieldValue.CheckText(message, nameof(message));
        Author = author;
        Message = message;
        Timestamp = Timestamps.Normalize(timestamp);
    }

    /// <summary>Parents' checksums; the first parent is the branch the commit was made on.</summary>
    public IReadOnlyList<Checksum> Parents { get; }

    /// <summary>Checksums of the versions the commit adds, ascending by bytes.</summary>
    public IReadOnlyList<Checksum> AddedVersions { get; }

    /// <summary>Eternal ids the commit removes, ascending by their big-endian bytes.</summary>
    public IReadOnlyList<EternalId> Removed { get; }

    /// <summary>Who made the commit.</summary>
    public string Author { get; }

    /// <summary>Why.</summary>
    public string Message { get; }

    /// <summary>When, in UTC, truncated to microseconds.</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>SHA-256 of the canonical encoding (<c>docs/checksums.md</c>, "Commit").</summary>
    public Checksum ComputeChecksum()
    {
        var writer = CanonicalWriter.Rent();
        try
        {
            writer.WriteDomain(Domain);
            writer.WriteUInt32((uint)Parents.Count);
            foreach (var parent in Parents)
            {
                writer.WriteChecksum(parent);
            }

            writer.WriteUInt32((uint)AddedVersions.Count);
            foreach (var version in AddedVersions)
            {
                writer.WriteChecksum(version);
            }

            writer.WriteUInt32((uint)Removed.Count);
            foreach (var id in Removed)
            {
                writer.WriteGuid(id.Value);
            }

            writer.WriteString(Author);
            writer.WriteString(Message);
            writer.WriteInt64(Timestamps.ToUnixMicroseconds(Timestamp));
            return writer.Hash();
        }
        finally
        {
            CanonicalWriter.Return(writer);
        }
    }
}
