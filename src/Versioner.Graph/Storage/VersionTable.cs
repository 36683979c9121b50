using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;
using Versioner.Storage;
using Versioner.Storage.Dialects;

namespace Versioner.Internal;

/// <summary>
/// Where versions of one entity type are stored (a typed table, or the shared documents table) and every statement
/// that writes them. Since storage format 4 a version's row also carries its place, validity and checksum
/// (<see cref="PlaceColumns"/>): each statement here that sets them mirrors the <see cref="ChangeTable"/> statement that
/// sets the same values on the version's own change row, so the two stay alike. Parameters are numbered as each
/// statement says.
/// </summary>
internal sealed class VersionTable
{
    private VersionTable(string entityType, VersionedType? type, string name, string versionColumn, string eternalColumn, string commitColumn, string[] rowColumns, string updateSql, RelationalTypeMapping[] rowMappings, Mappings map)
    {
        EntityType = entityType;
        Type = type;
        Name = name;
        VersionColumn = versionColumn;
        EternalColumn = eternalColumn;
        CommitColumn = commitColumn;
        Columns = [.. rowColumns, .. PlaceColumns.All];
        Mappings = [.. rowMappings, map.Long, map.Long, map.NullableLong, map.Bytes];
        UpdateMappings = [.. rowMappings, map.VersionId];
        InsertSql = $"INSERT INTO {name} ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})";
        UpdateSql = updateSql;
    }

    public string EntityType { get; }

    /// <summary>The CLR type's metadata, or null for documents.</summary>
    public VersionedType? Type { get; }

    /// <summary>The table, delimited as the provider needs.</summary>
    public string Name { get; }

    public string VersionColumn { get; }

    public string EternalColumn { get; }

    public string CommitColumn { get; }

    /// <summary>The insert's columns, delimited, in parameter order: the version's own, then <see cref="PlaceColumns.All"/>.</summary>
    public string[] Columns { get; }

    /// <summary>A new row: the version's columns, then its place, validity (none yet) and checksum (<see cref="Columns"/> order).</summary>
    public static object?[] Row(object?[] columns, long segment, long depth, byte[]? checksum) => [.. columns, segment, depth, null, checksum];

    /// <summary>Mappings of the insert's parameters.</summary>
    public RelationalTypeMapping[] Mappings { get; }

    /// <summary>Mappings of <see cref="UpdateSql"/>'s parameters.</summary>
    public RelationalTypeMapping[] UpdateMappings { get; }

    /// <summary>One new row, its values as <see cref="Row"/> gives them.</summary>
    public string InsertSql { get; }

    /// <summary>A working version's own columns rewritten (its place stays): the columns, then its version id.</summary>
    public string UpdateSql { get; }

    /// <summary>A working version deleted: <c>@p0</c> the version.</summary>
    public string DeleteSql => $"DELETE FROM {Name} WHERE {VersionColumn} = @p0";

    /// <summary>A working commit's own version of an entity deleted: <c>@p0</c> the commit, <c>@p1</c> the entity.</summary>
    public string DeleteOfEntitySql => $"DELETE FROM {Name} WHERE {CommitColumn} = @p0 AND {EternalColumn} = @p1";

    /// <summary>A working version handed to another working commit (staging): <c>@p0</c> the commit, <c>@p1</c> the version.</summary>
    public string MoveSql => $"UPDATE {Name} SET {CommitColumn} = @p0 WHERE {VersionColumn} = @p1";

    /// <summary>A version's checksum (<see cref="ChangeTable.SetChecksumSql"/>, <see cref="ChangeTable.SetChecksumOfVersionSql"/>): <c>@p0</c> the checksum, <c>@p1</c> the version.</summary>
    public string SetChecksumSql => $"UPDATE {Name} SET {PlaceColumns.Checksum} = @p0 WHERE {VersionColumn} = @p1";

    /// <summary>The versions a commit made, at its place (<see cref="ChangeTable.PlaceSql"/>): <c>@p0</c> the segment, <c>@p1</c> the depth, <c>@p2</c> the commit.</summary>
    public string PlaceSql => $"UPDATE {Name} SET {PlaceColumns.Segment} = @p0, {PlaceColumns.Depth} = @p1 WHERE {CommitColumn} = @p2";

    /// <summary>The versions a commit made, at a new depth (<see cref="ChangeTable.SetDepthSql"/>): <c>@p0</c> the depth, <c>@p1</c> the commit.</summary>
    public string SetDepthSql => $"UPDATE {Name} SET {PlaceColumns.Depth} = @p0 WHERE {CommitColumn} = @p1";

    /// <summary>
    /// The validity of this table's versions that commit <c>@p2</c>'s changes supersede on its segment ends at its depth
    /// (<see cref="ValidityClosing"/>, one seek per entity on the (eternal id, segment, depth) index): <c>@p0</c> the
    /// commit's depth, <c>@p1</c> its segment. The commit's entities are those its change-table rows name (adoptions,
    /// removals) and those of this table's rows it made.
    /// </summary>
    public string CloseIntervalsSql(Dialect dialect) =>
        ValidityClosing.Sql(dialect, Name, EternalColumn, PlaceColumns.Segment, PlaceColumns.Depth, PlaceColumns.Until,
            $"FROM (SELECT x.eternal_id FROM {SystemTables.Changes} x WHERE x.commit_id = @p2 "
            + $"UNION ALL SELECT m.{EternalColumn} AS eternal_id FROM {Name} m WHERE m.{CommitColumn} = @p2) c");

    /// <summary>
    /// The versions in <paramref name="rehashed"/> (a table of <c>version_id</c>, <c>checksum</c>: a checksum migration)
    /// take their new checksums (<see cref="ChangeTable.SetChecksumsFromSql"/>).
    /// </summary>
    public string SetChecksumsFromSql(string rehashed) =>
        $"UPDATE {Name} SET {PlaceColumns.Checksum} = (SELECT r.checksum FROM {rehashed} r WHERE r.version_id = {Name}.{VersionColumn}) "
        + $"WHERE EXISTS (SELECT 1 FROM {rehashed} r WHERE r.version_id = {Name}.{VersionColumn})";

    /// <summary>Each version's place, validity and checksum copied from its own change row (the upgrade to format 4).</summary>
    public string FillFromChangesSql(Dialect dialect) =>
        $"UPDATE {Name} SET {PlaceColumns.Segment} = c.segment, {PlaceColumns.Depth} = c.depth, {PlaceColumns.Until} = c.until_depth, {PlaceColumns.Checksum} = c.version_checksum "
        + $"FROM {SystemTables.Changes} c WHERE c.commit_id = {Name}.{CommitColumn} AND c.eternal_id = {Name}.{EternalColumn} "
        + $"AND c.version_id = {Name}.{VersionColumn} AND c.adopted = {dialect.Boolean(false)}";

    /// <summary>
    /// Deletes the change rows this table's version rows hold every fact of (the upgrade to format 7): a version's own
    /// change row (not an adoption) whose version row names the same version, entity, commit and type and carries the
    /// same place, validity and checksum. Adoptions, removals and the rows of pruned versions (no version row) stay, and so
    /// does a change row that differs from its version row in any fact: Verify names it.
    /// </summary>
    public string DeleteOwnChangeRowsSql(Dialect dialect)
    {
        var c = SystemTables.Changes;
        var type = Type is null ? $"v.entity_type = {c}.entity_type" : $"{c}.entity_type = {Dialect.Literal(EntityType)}";
        return $"DELETE FROM {c} WHERE {c}.adopted = {dialect.Boolean(false)} AND EXISTS (SELECT 1 FROM {Name} v "
            + $"WHERE v.{VersionColumn} = {c}.version_id AND v.{EternalColumn} = {c}.eternal_id AND v.{CommitColumn} = {c}.commit_id AND {type} "
            + $"AND v.{PlaceColumns.Segment} = {c}.segment AND v.{PlaceColumns.Depth} = {c}.depth AND v.{PlaceColumns.Checksum} = {c}.version_checksum "
            + $"AND (v.{PlaceColumns.Until} = {c}.until_depth OR (v.{PlaceColumns.Until} IS NULL AND {c}.until_depth IS NULL)))";
    }

    public static VersionTable For(VersionedType type, Mappings map) =>
        new(type.Name, type, type.Table, type.VersionColumn, type.EternalColumn, type.CommitColumn, type.ColumnNames, type.UpdateSql, type.ColumnMappings, map);

    public static VersionTable ForDocuments(string entityType, Mappings map) => new(
        entityType,
        null,
        SystemTables.Documents,
        "version_id",
        "eternal_id",
        "commit_id",
        ["version_id", "eternal_id", "commit_id", "entity_type", "data"],
        $"UPDATE {SystemTables.Documents} SET version_id = @p0, eternal_id = @p1, commit_id = @p2, entity_type = @p3, data = @p4 WHERE version_id = @p5",
        [map.VersionId, map.EternalId, map.CommitId, map.Text, map.Text],
        map);

    public static VersionTable For(GraphStore store, string entityType) =>
        store.Model.Find(entityType) is { } type ? For(type, store.Map) : ForDocuments(entityType, store.Map);

    /// <summary>Every table versions can live in: each versioned type's, then the documents table.</summary>
    public static IEnumerable<VersionTable> All(GraphStore store) =>
        store.Model.Types.Select(t => For(t, store.Map)).Append(ForDocuments("", store.Map));

    /// <summary>
    /// The tables holding a row of an entity that <paramref name="commit"/>'s change rows name (each once; documents'
    /// types share one table): <paramref name="own"/>, only the versions it made itself.
    /// </summary>
    public static async Task<List<VersionTable>> OfCommitAsync(GraphStore store, CommitId commit, bool own, CancellationToken cancellationToken)
    {
        var filter = own ? $" AND version_id IS NOT NULL AND adopted = {store.Dialect.Boolean(false)}" : "";
        var types = await store.QueryAsync(
            $"SELECT DISTINCT entity_type FROM {ChangeReads.ChangeSetRows(store, "")} WHERE commit_id = @p0{filter}",
            [store.Map.CommitId], [commit], reader => reader.GetString(0), cancellationToken).ConfigureAwait(false);
        return types.Select(t => For(store, t)).DistinctBy(t => t.Name, StringComparer.Ordinal).ToList();
    }
}
