using System.Text.Json;

namespace Versioner.Internal;

/// <summary>Validation and canonical form of dynamic documents.</summary>
internal static class Documents
{
    /// <summary>Checks a document's fields and returns its canonical JSON (members sorted, values canonical).</summary>
    /// <exception cref="DocumentNotAnObjectException">The data is not a JSON object.</exception>
    /// <exception cref="InvalidFieldValueException">A field's value cannot be stored faithfully.</exception>
    public static string Canonical(JsonElement data) => CanonicalDocument.Read(data).Json;

    public static PendingVersion Pending(string entityType, EternalId eternalId, string canonicalData, Action<EternalId, VersionId, CommitId>? assign, VersionId? versionId = null) => new()
    {
        RequestedVersionId = versionId,
        EternalId = eternalId,
        Columns = (id, versionId, commitId) => [versionId, id, commitId, entityType, canonicalData],
        Content = (id, versionId) => VersionedType.DocumentContent(entityType, id, versionId, canonicalData),
        Assign = assign,
    };
}
