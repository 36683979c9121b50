namespace Versioner.Ingest.Contract;

/// <summary>Why a message could not be read; each maps to one HTTP status and one problem type.</summary>
internal enum ParseFailureKind
{
    /// <summary>Not JSON at all (400).</summary>
    Malformed,

    /// <summary>JSON, but not a version of the contract: unknown, missing or mistyped fields, values outside its rules (422).</summary>
    SchemaMismatch,

    /// <summary>A version of the contract holding text or numbers no store can hold faithfully, and nothing else wrong (422).</summary>
    InvalidValue,

    /// <summary>A <c>schemaVersion</c> this service does not read (422).</summary>
    UnsupportedSchemaVersion,

    /// <summary>More versions in one batch than the service accepts (413).</summary>
    TooLarge,
}
