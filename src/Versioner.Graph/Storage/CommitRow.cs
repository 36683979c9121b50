using Versioner.Internal;

namespace Versioner.Storage;

/// <summary>A commit, working or finalized. (<c>segment</c>, <c>depth</c>) place it in the first-parent tree.</summary>
internal sealed class CommitRow
{
    public CommitId Id { get; set; }
    public CommitState State { get; set; }
    public byte[]? Checksum { get; set; }
    public string Author { get; set; } = "";
    public string Message { get; set; } = "";
    public long TimestampMicros { get; set; }

    /// <summary>First-parent segment this commit belongs to (local index data, not covered by checksums).</summary>
    public long Segment { get; set; }

    /// <summary>Distance from the root along first parents: strictly decreasing along any first-parent chain.</summary>
    public long Depth { get; set; }

    /// <summary>Longest distance from a root over all parents (git's generation number).</summary>
    public long Generation { get; set; }

    /// <summary>Order of finalization in this database (local; lets in-process graph caches load only what is new).</summary>
    public long? Seq { get; set; }

    /// <summary>For a working commit: the branch it was checked out from.</summary>
    public string? Branch { get; set; }

    /// <summary>
    /// A commit from a raw query whose first nine columns are <c>id, state, checksum, author, message, timestamp_us,
    /// segment, depth, generation</c>, in that order (<see cref="Seq"/> and <see cref="Branch"/> left for the caller).
    /// </summary>
    public static CommitRow Read(System.Data.Common.DbDataReader reader) => new()
    {
        Id = new CommitId(GuidColumn.Read(reader, 0)),
        State = (CommitState)Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
        Checksum = reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2),
        Author = reader.GetString(3),
        Message = reader.GetString(4),
        TimestampMicros = reader.GetInt64(5),
        Segment = reader.GetInt64(6),
        Depth = reader.GetInt64(7),
        Generation = reader.GetInt64(8),
    };
}
