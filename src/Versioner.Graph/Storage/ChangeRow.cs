namespace Versioner.Storage;

/// <summary>
/// What a commit changed relative to its first parent, per entity: the version now current (<see cref="VersionId"/>),
/// or removal (null). As-of reads use only these rows and the commit's segment path.
/// </summary>
internal sealed class ChangeRow
{
    public CommitId CommitId { get; set; }
    public EternalId EternalId { get; set; }
    public string EntityType { get; set; } = "";
    public VersionId? VersionId { get; set; }

    /// <summary>True when the version was made by another commit and taken over (merge, revert, cherry-pick).</summary>
    public bool Adopted { get; set; }

    /// <summary>The version's checksum, set when the commit is finalized.</summary>
    public byte[]? VersionChecksum { get; set; }

    public long Segment { get; set; }
    public long Depth { get; set; }

    /// <summary>
    /// The depth of the entity's next change in the same segment (null while this is the newest there): the end of the
    /// row's validity on its segment, so "current as of depth d" on one segment is a range condition
    /// (<c>depth &lt;= d AND (until_depth IS NULL OR until_depth &gt; d)</c>) instead of a search for a later row. Set when
    /// that next change's commit is finalized (<see cref="Internal.CommitWriter.CloseIntervalsAsync"/>); local index data
    /// like <see cref="Segment"/> and <see cref="Depth"/>, never hashed, checked by Verify. Storage format 2.
    /// </summary>
    public long? UntilDepth { get; set; }

    /// <summary>
    /// The columns <see cref="Read"/> reads, in its order, each prefixed with <paramref name="alias"/> (and a dot) when
    /// given: for raw statements over a row source of <see cref="Internal.ChangeReads"/>.
    /// </summary>
    public static string Columns(string alias = "")
    {
        var prefix = alias.Length == 0 ? "" : alias + ".";
        return string.Join(", ", ReadColumns.Select(c => prefix + c));
    }

    private static readonly string[] ReadColumns = ["commit_id", "eternal_id", "entity_type", "version_id", "version_checksum", "adopted", "segment", "depth", "until_depth"];

    /// <summary>A change row from a raw statement's current row, its columns in <see cref="Columns"/>' order.</summary>
    public static ChangeRow Read(System.Data.Common.DbDataReader reader) => new()
    {
        CommitId = new CommitId(Internal.GuidColumn.Read(reader, 0)),
        EternalId = new EternalId(Internal.GuidColumn.Read(reader, 1)),
        EntityType = reader.GetString(2),
        VersionId = reader.IsDBNull(3) ? null : new VersionId(Internal.GuidColumn.Read(reader, 3)),
        VersionChecksum = reader.IsDBNull(4) ? null : (byte[])reader.GetValue(4),
        Adopted = reader.GetBoolean(5),
        Segment = reader.GetInt64(6),
        Depth = reader.GetInt64(7),
        UntilDepth = reader.IsDBNull(8) ? null : reader.GetInt64(8),
    };
}
