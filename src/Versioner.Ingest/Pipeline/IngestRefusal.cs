using Versioner.Client;

namespace Versioner.Ingest.Pipeline;

/// <summary>Storage refused a request: nothing of it was stored. The detail says why and what to do.</summary>
internal sealed record IngestRefusal(IngestRefusalKind Kind, string Detail, IReadOnlyList<IngestFieldError> Errors)
{
    public static IngestRefusal For(IngestRefusalKind kind, string field, string detail) => new(kind, detail, [new(field, detail)]);
}
