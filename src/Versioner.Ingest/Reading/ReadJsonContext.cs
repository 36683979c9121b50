using System.Text.Json.Serialization;

namespace Versioner.Ingest.Reading;

/// <summary>Source-generated JSON for the read endpoints' responses.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredVersion))]
[JsonSerializable(typeof(CommitDetails))]
[JsonSerializable(typeof(EntityState))]
[JsonSerializable(typeof(EntityHistory))]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class ReadJsonContext : JsonSerializerContext;
