using Versioner.Client;

namespace Versioner.Ingest.Contract;

/// <summary>A refused message: the kind, a detail that says what to do, and one entry per refused field.</summary>
internal sealed record ParseFailure(ParseFailureKind Kind, string Detail, IReadOnlyList<IngestFieldError> Errors)
{
    public static ParseFailure Fields(IReadOnlyList<IngestFieldError> errors) => new(
        ParseFailureKind.SchemaMismatch,
        $"The message does not match the DataObjectVersion contract (docs/schema/v1.json): {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}",
        errors);

    /// <summary>Values no store can hold faithfully (a NUL, an unpaired surrogate, a NaN, a member name that cannot be stored).</summary>
    public static ParseFailure Values(IReadOnlyList<IngestFieldError> errors) => new(
        ParseFailureKind.InvalidValue,
        $"The message holds values Versioner cannot store faithfully: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}",
        errors);
}
