using System.Text.Json.Serialization;

namespace Versioner.Client;

/// <summary>Reads and writes <see cref="VersionOperation"/> as its lower-case name only: a number is refused.</summary>
internal sealed class VersionOperationConverter() : JsonStringEnumConverter<VersionOperation>(namingPolicy: null, allowIntegerValues: false);
