using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// The change rows' table (<see cref="SystemTables.Changes"/>: one <see cref="ChangeRow"/> per entity a commit changes)
/// and every statement that writes it, each named for what it does. Readers go through <see cref="ChangeReads"/>, by
/// shape; the writes are here, in one place, so that how a change is stored (and the storage format that decides it)
/// is changed here and there rather than at each caller. Parameters are numbered as each statement says.
/// </summary>
internal static class ChangeTable
{
    /// <summary>The columns a new change row is written with, in the order of <see cref="InsertMappings"/> and <see cref="Row"/>.</summary>
    public static readonly string[] InsertColumns = ["commit_id", "eternal_id", "entity_type", "version_id", "version_checksum", "segment", "depth", "adopted"];

    /// <summary>The parameter mappings of <see cref="InsertColumns"/>.</summary>
    public static RelationalTypeMapping[] InsertMappings(Mappings map) =>
        [map.CommitId, map.EternalId, map.Text, map.VersionId, map.Bytes, map.Long, map.Long, map.Bool];

    /// <summary>
    /// A new change row's values in <see cref="InsertColumns"/> order: <paramref name="version"/> null for a removal,
    /// <paramref name="adopted"/> when the version was made by another commit.
    /// </summary>
    public static object?[] Row(CommitId commit, EternalId eternalId, string entityType, VersionId? version, byte[]? checksum, long segment, long depth, bool adopted) =>
        [commit, eternalId, entityType, version, checksum, segment, depth, adopted];

    /// <summary>Index of the checksum in a <see cref="Row"/>, for a buffered row edited before it is written.</summary>
    public const int ChecksumAt = 4;

    /// <summary>One new change row, its values as <see cref="Row"/> gives them (<c>@p0</c>..<c>@p7</c>).</summary>
    public static string InsertSql { get; } =
        $"INSERT INTO {SystemTables.Changes} ({string.Join(", ", InsertColumns)}) VALUES ({string.Join(", ", InsertColumns.Select((_, i) => $"@p{i}"))})";

    /// <summary>A working commit's change of one entity dropped: <c>@p0</c> the commit, <c>@p1</c> the entity.</summary>
    public const string DeleteSql = $"DELETE FROM {SystemTables.Changes} WHERE commit_id = @p0 AND eternal_id = @p1";

    /// <summary>Every change row of a working commit dropped: <c>@p0</c> the commit.</summary>
    public const string DeleteOfCommitSql = $"DELETE FROM {SystemTables.Changes} WHERE commit_id = @p0";

    /// <summary>A working change row (<c>@p0</c> commit, <c>@p1</c> entity) that adopted a version removes the entity instead.</summary>
    public static string DropAdoptedSql(Dialect dialect) =>
        $"UPDATE {SystemTables.Changes} SET version_id = NULL, adopted = {dialect.Boolean(false)} WHERE commit_id = @p0 AND eternal_id = @p1";

    /// <summary>The change row removing entity <c>@p1</c> (type <c>@p2</c>) in working commit <c>@p0</c> at (<c>@p3</c>, <c>@p4</c>).</summary>
    public static string RemovalSql(Dialect dialect) =>
        $"INSERT INTO {SystemTables.Changes} ({string.Join(", ", InsertColumns)}) VALUES (@p0, @p1, @p2, NULL, NULL, @p3, @p4, {dialect.Boolean(false)})";

    /// <summary>The checksum of the version a commit's change row names: <c>@p0</c> the checksum, <c>@p1</c> the commit, <c>@p2</c> the entity.</summary>
    public const string SetChecksumSql = $"UPDATE {SystemTables.Changes} SET version_checksum = @p0 WHERE commit_id = @p1 AND eternal_id = @p2";

    /// <summary>The checksum of a version on every change row naming it (a redacted version re-hashed): <c>@p0</c> the checksum, <c>@p1</c> the version.</summary>
    public const string SetChecksumOfVersionSql = $"UPDATE {SystemTables.Changes} SET version_checksum = @p0 WHERE version_id = @p1";

    /// <summary>
    /// The change rows of type <c>@p0</c> take their versions' checksums from <paramref name="rehashed"/> (a table of
    /// <c>version_id</c>, <c>checksum</c>; a checksum migration).
    /// </summary>
    public static string SetChecksumsFromSql(string rehashed) =>
        $"UPDATE {SystemTables.Changes} SET version_checksum = (SELECT r.checksum FROM {rehashed} r WHERE r.version_id = {SystemTables.Changes}.version_id) "
        + $"WHERE entity_type = @p0 AND EXISTS (SELECT 1 FROM {rehashed} r WHERE r.version_id = {SystemTables.Changes}.version_id)";

    /// <summary>An entity's change handed from one working commit to another (staging): <c>@p0</c> the new commit, <c>@p1</c> the old, <c>@p2</c> the entity.</summary>
    public const string MoveToCommitSql = $"UPDATE {SystemTables.Changes} SET commit_id = @p0 WHERE commit_id = @p1 AND eternal_id = @p2";

    /// <summary>A commit's change rows at a new depth in their segment (a working commit moved down by staging): <c>@p0</c> the depth, <c>@p1</c> the commit.</summary>
    public const string SetDepthSql = $"UPDATE {SystemTables.Changes} SET depth = @p0 WHERE commit_id = @p1";

    /// <summary>A commit's change rows at its place: <c>@p0</c> the segment, <c>@p1</c> the depth, <c>@p2</c> the commit.</summary>
    public const string PlaceSql = $"UPDATE {SystemTables.Changes} SET segment = @p0, depth = @p1 WHERE commit_id = @p2";

    /// <summary>
    /// The validity of the change table's rows (adoptions, removals, pruned versions' rows) that commit <c>@p2</c>'s
    /// changes supersede on its segment ends at its depth: <c>@p0</c> the commit's depth, <c>@p1</c> its segment
    /// (<see cref="ValidityClosing"/>, one seek per entity). The commit's entities are read from its change rows
    /// (<see cref="ChangeSource"/>: its version rows and the change table's); each table of versions closes its own rows
    /// (<see cref="VersionTable.CloseIntervalsSql"/>).
    /// </summary>
    public static string CloseIntervalsSql(GraphStore store) =>
        ValidityClosing.Sql(store.Dialect, SystemTables.Changes, "eternal_id", "segment", "depth", "until_depth", $"FROM {ChangeSource.Table(store)} c WHERE c.commit_id = @p2");

    /// <summary>Every finalized row with a later finalized change in its segment gets that change's depth (an upgrade).</summary>
    public static string CloseAllIntervalsSql
    {
        get
        {
            var later = $"FROM {SystemTables.Changes} n JOIN {SystemTables.Commits} k ON k.id = n.commit_id "
                + $"WHERE n.eternal_id = {SystemTables.Changes}.eternal_id AND n.segment = {SystemTables.Changes}.segment "
                + $"AND n.depth > {SystemTables.Changes}.depth AND k.state = {(int)CommitState.Finalized}";
            return $"UPDATE {SystemTables.Changes} SET until_depth = (SELECT MIN(n.depth) {later}) WHERE until_depth IS NULL AND EXISTS (SELECT 1 {later})";
        }
    }
}
