using System.Diagnostics.CodeAnalysis;

namespace Versioner.Ingest.Contract;

/// <summary>A value read from a message, or the precise reason it could not be: parsing never throws for bad input.</summary>
internal sealed class ParseResult<T>
{
    private ParseResult(T? value, ParseFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public ParseFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Success => Failure is null;

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(ParseFailure failure) => new(default, failure);
}
