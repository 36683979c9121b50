namespace Versioner.Ingest.Pipeline;

/// <summary>Why storage refused a valid message; each maps to one HTTP status. None of them is worth retrying.</summary>
internal enum IngestRefusalKind
{
    /// <summary>The version id was stored with other content, or the eternal id is another entity type (409).</summary>
    Conflict,

    /// <summary>A delete of an entity that is not in the current state (404).</summary>
    NotFound,

    /// <summary>A value Versioner cannot store faithfully (422).</summary>
    Invalid,
}
