namespace Versioner.Ingest.Http;

/// <summary>The problem <c>type</c> URIs the service returns (RFC 9457), one per kind of refusal; docs/ingest.md lists them.</summary>
internal static class ProblemTypes
{
    public const string Malformed = "urn:versioner:problem:malformed";
    public const string Unauthorized = "urn:versioner:problem:unauthorized";
    public const string NotFound = "urn:versioner:problem:not-found";
    public const string MethodNotAllowed = "urn:versioner:problem:method-not-allowed";
    public const string Conflict = "urn:versioner:problem:conflict";
    public const string TooLarge = "urn:versioner:problem:too-large";
    public const string UnsupportedMediaType = "urn:versioner:problem:unsupported-media-type";
    public const string SchemaMismatch = "urn:versioner:problem:schema-mismatch";
    public const string UnsupportedSchemaVersion = "urn:versioner:problem:unsupported-schema-version";
    public const string InvalidValue = "urn:versioner:problem:invalid-value";
    public const string Unavailable = "urn:versioner:problem:unavailable";
}
