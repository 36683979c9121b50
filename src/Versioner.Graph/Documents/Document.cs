using System.Text.Json;

namespace Versioner;

/// <summary>
/// A version of a dynamic document: an entity known only by its type name and a JSON object of fields (what the
/// ingest service receives). Checksums, diffs and as-of reads treat documents exactly like CLR entities.
/// </summary>
public sealed class Document
{
    internal Document(string entityType, EternalId eternalId, VersionId versionId, CommitId commitId, string data)
    {
        EntityType = entityType;
        EternalId = eternalId;
        VersionId = versionId;
        CommitId = commitId;
        Json = data;
    }

    /// <summary>The entity type's name.</summary>
    public string EntityType { get; }

    /// <summary>The entity's id across versions.</summary>
    public EternalId EternalId { get; }

    /// <summary>This version's id.</summary>
    public VersionId VersionId { get; }

    /// <summary>The commit that added this version.</summary>
    public CommitId CommitId { get; }

    /// <summary>The fields as JSON object text (members in canonical order).</summary>
    public string Json { get; }

    /// <summary>The fields as a parsed JSON object.</summary>
    public JsonElement Data => JsonDocument.Parse(Json).RootElement;

    /// <summary>One field's value, or <see cref="FieldValue.Null"/> when absent.</summary>
    public FieldValue this[string field] => Data.TryGetProperty(field, out var value) ? FieldValue.FromJson(value, field) : FieldValue.Null;
}
