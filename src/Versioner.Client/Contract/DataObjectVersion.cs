using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Versioner.Client;

/// <summary>
/// One change to one entity, as an application sends it to Versioner: the wire contract of the ingest service over
/// HTTP and SQS, published as JSON Schema in <c>docs/schema/v1.json</c>.
/// </summary>
/// <remarks>
/// Unknown members are refused, not dropped: a field the service does not know is an error, so a typo never loses
/// data silently. The version id names the change for idempotency: the same id sent again with the same content
/// changes nothing; with different content it is refused.
/// </remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class DataObjectVersion
{
    /// <summary>The schema version this type writes and the ingest service reads by default (when the field is absent).</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Longest entity type name, author and source accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Longest message accepted.</summary>
    public const int MaxMessageLength = 10_000;

    /// <summary>The pattern an entity type name must match, as a whole (in JSON Schema's ECMA-262 dialect <c>$</c> ends the input: no final newline).</summary>
    public const string EntityTypePattern = "^[A-Za-z_][A-Za-z0-9_.-]*$";

    /// <summary>The contract version. Absent or null means the current version (see <see cref="EffectiveSchemaVersion"/>).</summary>
    [Description("The contract version. Absent or null means the current version, 1.")]
    public int? SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The schema version the message is read as: <see cref="SchemaVersion"/>, or the current one when absent.</summary>
    [JsonIgnore]
    public int EffectiveSchemaVersion => SchemaVersion ?? CurrentSchemaVersion;

    /// <summary>The entity type's name, like <c>Invoice</c>.</summary>
    [Description("The entity type's name, like Invoice: a letter or underscore, then letters, digits, '_', '.' or '-'.")]
    [MinLength(1)]
    [MaxLength(MaxNameLength)]
    [RegularExpression(EntityTypePattern)]
    public required string EntityType { get; init; }

    /// <summary>The entity's id across all of its versions (assigned by the application, never empty).</summary>
    [Description("The entity's id across all of its versions: a UUID the application assigns, never all zeros.")]
    public required Guid EternalId { get; init; }

    /// <summary>
    /// This version's id: the idempotency key. Required by <c>PUT /versions/{versionId}</c> (in the URL) and for SQS
    /// redelivery to be harmless; optional on <c>POST /versions</c>, where the service assigns one when absent.
    /// </summary>
    [Description("This version's id and idempotency key: the same id with the same content is stored once; with different content it is refused. Optional on POST /versions (the service assigns one).")]
    public Guid? VersionId { get; init; }

    /// <summary>What the version does to the entity.</summary>
    [Description("upsert stores data as the entity's new state; delete removes the entity.")]
    [JsonConverter(typeof(VersionOperationConverter))]
    public required VersionOperation Operation { get; init; }

    /// <summary>The entity's fields as a JSON object. Required for <see cref="VersionOperation.Upsert"/>; absent or null for a delete.</summary>
    [Description("The entity's fields as a JSON object: required for upsert, absent or null for delete.")]
    public JsonElement? Data { get; init; }

    /// <summary>Who made the change (a user or a system account).</summary>
    [Description("Who made the change: a user or a system account.")]
    [MinLength(1)]
    [MaxLength(MaxNameLength)]
    public required string Author { get; init; }

    /// <summary>When the change was made in the application (RFC 3339: date, time with seconds, and an offset).</summary>
    [Description("When the change was made in the application: an RFC 3339 date and time with seconds and an offset (Z or +01:00), such as 2025-01-31T09:30:00Z.")]
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Why the change was made (becomes the commit message when the version is committed on its own).</summary>
    [Description("Why the change was made; the commit message when the version is committed on its own.")]
    [MaxLength(MaxMessageLength)]
    public string? Message { get; init; }

    /// <summary>The application or system that sent the version (the commit author when versions are grouped).</summary>
    [Description("The application or system that sent the version; the commit author when versions are grouped.")]
    [MinLength(1)]
    [MaxLength(MaxNameLength)]
    public string? Source { get; init; }

    /// <summary>A copy of this version with <paramref name="versionId"/> as its id.</summary>
    internal DataObjectVersion WithVersionId(Guid versionId) => new()
    {
        SchemaVersion = SchemaVersion,
        EntityType = EntityType,
        EternalId = EternalId,
        VersionId = versionId,
        Operation = Operation,
        Data = Data?.Clone(),
        Author = Author,
        Timestamp = Timestamp,
        Message = Message,
        Source = Source,
    };
}
