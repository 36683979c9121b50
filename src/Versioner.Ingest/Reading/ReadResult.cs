using System.Diagnostics.CodeAnalysis;

namespace Versioner.Ingest.Reading;

/// <summary>What a read found, or why nothing: a missing thing is an expected outcome, not an exception.</summary>
internal sealed class ReadResult<T>
    where T : class
{
    private ReadResult(T? value, string? notFound)
    {
        Value = value;
        NotFound = notFound;
    }

    public T? Value { get; }

    /// <summary>Why nothing was found, and what to check.</summary>
    public string? NotFound { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(NotFound))]
    public bool Found => Value is not null;

    public static ReadResult<T> Of(T value) => new(value, null);

    public static ReadResult<T> Missing(string why) => new(null, why);

    public static implicit operator ReadResult<T>(T value) => Of(value);
}
