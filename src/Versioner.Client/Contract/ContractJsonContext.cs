using System.Text.Json.Serialization;

namespace Versioner.Client;

/// <summary>
/// Source-generated JSON for the contract: camelCase, strict (no duplicate members; <see cref="DataObjectVersion"/>
/// refuses unknown ones), nullable annotations respected.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(DataObjectVersion))]
[JsonSerializable(typeof(List<DataObjectVersion>))]
[JsonSerializable(typeof(VersionReceipt))]
[JsonSerializable(typeof(VersionBatchReceipt))]
[JsonSerializable(typeof(IngestProblem))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
