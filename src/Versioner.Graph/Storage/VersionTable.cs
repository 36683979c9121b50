using Microsoft.EntityFrameworkCore.Storage;
using Versioner.Model;

namespace Versioner.Internal;

/// <summary>Where versions of one entity type are stored: a typed table, or the shared documents table.</summary>
internal sealed class VersionTable
{
    private VersionTable(string entityType, VersionedType? type, string name, string[] columns, string insertSql, string updateSql, string deleteSql, string moveSql, RelationalTypeMapping[] mappings)
    {
        EntityType = entityType;
        Name = name;
        Columns = columns;
        Type = type;
        InsertSql = insertSql;
        UpdateSql = updateSql;
        DeleteSql = deleteSql;
        MoveSql = moveSql;
        Mappings = mappings;
    }

    public string EntityType { get; }

    /// <summary>The CLR type's metadata, or null for documents.</summary>
    public VersionedType? Type { get; }

    /// <summary>The table, delimited as the provider needs.</summary>
    public string Name { get; }

    /// <summary>The insert's columns, delimited, in parameter order.</summary>
    public string[] Columns { get; }

    public string InsertSql { get; }

    public string UpdateSql { get; }

    public string DeleteSql { get; }

    public string MoveSql { get; }

    /// <summary>Mappings of the insert's parameters (update adds the version id at the end).</summary>
    public RelationalTypeMapping[] Mappings { get; }

    public static VersionTable For(VersionedType type) =>
        new(type.Name, type, type.Table, type.ColumnNames, type.InsertSql, type.UpdateSql, type.DeleteSql, type.MoveSql, type.ColumnMappings);

    public static VersionTable ForDocuments(string entityType, Mappings map) => new(
        entityType,
        null,
        SystemTables.Documents,
        ["version_id", "eternal_id", "commit_id", "entity_type", "data"],
        $"INSERT INTO {SystemTables.Documents} (version_id, eternal_id, commit_id, entity_type, data) VALUES (@p0, @p1, @p2, @p3, @p4)",
        $"UPDATE {SystemTables.Documents} SET version_id = @p0, eternal_id = @p1, commit_id = @p2, entity_type = @p3, data = @p4 WHERE version_id = @p5",
        $"DELETE FROM {SystemTables.Documents} WHERE version_id = @p0",
        $"UPDATE {SystemTables.Documents} SET commit_id = @p0 WHERE version_id = @p1",
        [map.VersionId, map.EternalId, map.CommitId, map.Text, map.Text]);

    public static VersionTable For(GraphStore store, string entityType) =>
        store.Model.Find(entityType) is { } type ? For(type) : ForDocuments(entityType, store.Map);
}
