using System.Diagnostics.CodeAnalysis;

namespace Versioner.Ingest.Reading;

/// <summary>
/// What a read found, or why nothing: a missing thing, or a request that names nothing (a revision that does not
/// parse), is an expected outcome, not an exception.
/// </summary>
internal sealed class ReadResult<T>
    where T : class
{
    private ReadResult(T? value, string? notFound, bool invalid = false)
    {
        Value = value;
        NotFound = notFound;
        Invalid = invalid;
    }

    public T? Value { get; }

    /// <summary>Why nothing was found, and what to check.</summary>
    public string? NotFound { get; }

    /// <summary>Whether the request itself is wrong (a 400): <see cref="NotFound"/> then says what to send instead.</summary>
    public bool Invalid { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(NotFound))]
    public bool Found => Value is not null;

    public static ReadResult<T> Of(T value) => new(value, null);

    public static ReadResult<T> Missing(string why) => new(null, why);

    /// <summary>The request names nothing that could be found: <paramref name="why"/> says what is wrong with it.</summary>
    public static ReadResult<T> Malformed(string why) => new(null, why, invalid: true);

    /// <summary>This result's refusal as one of another type.</summary>
    public ReadResult<TOther> Refusal<TOther>()
        where TOther : class => new(null, NotFound ?? throw new InvalidOperationException("The read found its value."), Invalid);

    public static implicit operator ReadResult<T>(T value) => Of(value);
}
